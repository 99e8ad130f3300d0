import { ObjectType, Field } from '@nestjs/graphql';
import { maxItems } from '../../../common/pagination/list-size.js';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';
import { EventKind } from '../../events/event.enums.js';
import { PeerLearningCycleModel } from './peer-learning-cycle.model.js';
import { PeerLearningRegionModel } from './peer-learning-region.model.js';

@ObjectType('PeerLearningParticipation', {
  description: 'How many champion countries took part in peer-learning events, per region and review cycle, and on which objectives.',
})
export class PeerLearningParticipationModel {
  @Field(() => RegionScheme)
  scheme: RegionScheme;

  @Field(() => [EventKind], { complexity: maxItems(5), description: 'The kinds of event counted as peer learning.' })
  kinds: EventKind[];

  @Field(() => String)
  basis: string;

  @Field(() => [PeerLearningRegionModel], {
    complexity: maxItems(200),
    description: 'Per region and cycle (cycles oldest first, events of no cycle last).',
  })
  regions: PeerLearningRegionModel[];

  @Field(() => [PeerLearningCycleModel], { complexity: maxItems(30), description: 'Per cycle, all regions together.' })
  cycles: PeerLearningCycleModel[];
}
