import { ObjectType, Field, Int } from '@nestjs/graphql';
import { maxItems } from '../../../common/pagination/list-size.js';
import { PeerLearningObjectiveModel } from './peer-learning-objective.model.js';

@ObjectType('PeerLearningRegion', { description: 'Champions of one region that took part in peer-learning events of one cycle.' })
export class PeerLearningRegionModel {
  regionCode: string;
  /** Null: events part of or preparing no review cycle. */
  cycleCode: string | null;

  @Field(() => Int, { description: 'Champions of the region that took part (named participants, hosts, government organisers).' })
  champions: number;

  @Field(() => Int, { description: 'Events they took part in.' })
  events: number;

  @Field(() => [PeerLearningObjectiveModel], { complexity: maxItems(23), description: 'Objectives in focus at those events, by number.' })
  objectives: PeerLearningObjectiveModel[];
}
