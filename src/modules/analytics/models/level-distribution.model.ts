import { ObjectType, Field, Int } from '@nestjs/graphql';

@ObjectType('LevelDistribution', { description: 'Counted entries per implementation level.' })
export class LevelDistributionModel {
  @Field(() => Int)
  notStarted: number;

  @Field(() => Int)
  limited: number;

  @Field(() => Int)
  substantial: number;

  @Field(() => Int)
  complete: number;
}
