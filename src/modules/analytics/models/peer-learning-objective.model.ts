import { ObjectType, Field, Int } from '@nestjs/graphql';

@ObjectType('PeerLearningObjective', {
  description: 'An objective in focus at the peer-learning events of a region (or all regions) and cycle.',
})
export class PeerLearningObjectiveModel {
  @Field(() => Int)
  objectiveNumber: number;

  @Field(() => Int, { description: 'Champions (counted once each) at events with this objective in focus.' })
  champions: number;

  @Field(() => Int)
  events: number;
}
