import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReviewQueue', { description: "What waits for the secretariat's review." })
export class ReviewQueueModel {
  @Field(() => Int, { description: 'Submitted progress entries.' })
  entries: number;

  @Field(() => Int, { description: 'Submitted good practices.' })
  practices: number;
}
