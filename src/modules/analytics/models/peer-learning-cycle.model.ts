import { ObjectType, Field, Int } from '@nestjs/graphql';
import { maxItems } from '../../../common/pagination/list-size.js';
import { PeerLearningObjectiveModel } from './peer-learning-objective.model.js';

@ObjectType('PeerLearningCycle', { description: 'All regions together for one cycle: each champion counted once, whatever its regions.' })
export class PeerLearningCycleModel {
  cycleCode: string | null;

  @Field(() => Int, { description: 'Distinct champions that took part (Morocco, in ECA and ESCWA, counts once).' })
  champions: number;

  @Field(() => Int)
  events: number;

  @Field(() => [PeerLearningObjectiveModel], { complexity: maxItems(23) })
  objectives: PeerLearningObjectiveModel[];

  @Field(() => Int, {
    description:
      'Champions reported only as a count at events of this cycle (e.g. 16 of the then 33), summed over those events: not attributable to regions, not deduplicated, not in `champions`.',
  })
  championsCountedOnly: number;
}
