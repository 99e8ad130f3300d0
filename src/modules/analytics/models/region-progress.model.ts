import { ObjectType, Field, Int, Float } from '@nestjs/graphql';
import { maxItems } from '../../../common/pagination/list-size.js';
import { EntriesByStateModel } from './entries-by-state.model.js';
import { LevelDistributionModel } from './level-distribution.model.js';
import { ObjectiveLevelsModel } from './objective-levels.model.js';
import { PledgesByStatusModel } from './pledges-by-status.model.js';

@ObjectType('RegionProgress', { description: "One region's (or the world's) figures for a cycle." })
export class RegionProgressModel {
  /** Null for the world total. */
  regionCode: string | null;

  @Field(() => Int, { description: 'Regional members (with championOnly: champion members).' })
  countries: number;

  @Field(() => Int)
  champions: number;

  @Field(() => Int, { description: 'Countries with at least one counted entry.' })
  reportingCountries: number;

  @Field(() => EntriesByStateModel)
  entriesByState: EntriesByStateModel;

  @Field(() => Int, { description: 'Entries counted in the levels below.' })
  countedEntries: number;

  @Field(() => Int, {
    description: 'Of those, entries counted at their reported level because they are submitted, not validated (0 unless includeSubmitted).',
  })
  unvalidatedEntries: number;

  @Field(() => LevelDistributionModel)
  distribution: LevelDistributionModel;

  @Field(() => Float, { nullable: true, description: 'Mean level over counted entries, 0 to 3; null without entries.' })
  meanLevel: number | null;

  @Field(() => [ObjectiveLevelsModel], {
    complexity: maxItems(23),
    description: 'Per objective with counted entries, by objective number.',
  })
  objectives: ObjectiveLevelsModel[];

  @Field(() => PledgesByStatusModel, { description: 'Pledges of its member states (any cycle), by current status.' })
  pledgesByStatus: PledgesByStatusModel;

  @Field(() => Int, {
    description: 'Published good practices implemented in a member country or covering the region (the world adds global ones).',
  })
  publishedGoodPractices: number;
}
