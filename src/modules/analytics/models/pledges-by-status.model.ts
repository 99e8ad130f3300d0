import { ObjectType, Field, Int } from '@nestjs/graphql';

@ObjectType('PledgesByStatus')
export class PledgesByStatusModel {
  @Field(() => Int)
  planning: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int)
  fulfilled: number;

  @Field(() => Int)
  withdrawn: number;
}
