import { ObjectType, Field } from '@nestjs/graphql';
import { EventCycleRelation } from '../event.enums.js';

@ObjectType('EventReviewCycle', { description: 'A review cycle an event is part of or prepares for.' })
export class EventReviewCycleModel {
  @Field(() => EventCycleRelation)
  relation: EventCycleRelation;

  cycleCode: string;
}
