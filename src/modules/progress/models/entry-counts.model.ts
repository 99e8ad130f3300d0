import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EntryCounts')
export class EntryCountsModel {
  @Field(() => Int)
  draft: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  returned: number;

  @Field(() => Int)
  validated: number;
}
