import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';
import { EventKind } from '../../events/event.enums.js';
import { maxItems } from '../../../common/pagination/list-size.js';

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

@ObjectType('EntriesByState', { description: 'Entries of the cycle by workflow state. States your role may not see are null.' })
export class EntriesByStateModel {
  @Field(() => Int, { nullable: true, description: 'Secretariat only.' })
  draft: number | null;

  @Field(() => Int, { nullable: true, description: 'Secretariat and analysts.' })
  submitted: number | null;

  @Field(() => Int, { nullable: true, description: 'Secretariat only.' })
  returned: number | null;

  @Field(() => Int)
  validated: number;
}

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

@ObjectType('ObjectiveLevels', { description: 'Counted entries on one objective: how many, their mean level (0-3) and distribution.' })
export class ObjectiveLevelsModel {
  @Field(() => Int)
  objectiveNumber: number;

  @Field(() => Int)
  countedEntries: number;

  @Field(() => Float, { nullable: true, description: 'Mean level, 0 (NOT_STARTED) to 3 (COMPLETE), two decimals; null without entries.' })
  meanLevel: number | null;

  @Field(() => LevelDistributionModel)
  distribution: LevelDistributionModel;
}

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

@ObjectType('RegionalProgress')
export class RegionalProgressModel {
  cycleCode: string;

  @Field(() => RegionScheme)
  scheme: RegionScheme;

  @Field(() => Int, { nullable: true })
  objective: number | null;

  @Field(() => Boolean)
  championOnly: boolean;

  @Field(() => Boolean, { description: 'True when submitted-but-not-validated entries are counted at their reported level.' })
  includesSubmitted: boolean;

  @Field(() => String, { description: 'What the levels are: validated levels only, or with submitted entries.' })
  basis: string;

  @Field(() => [RegionProgressModel], { complexity: maxItems(10) })
  regions: RegionProgressModel[];

  @Field(() => RegionProgressModel, { description: 'All regions together, each country counted once (Morocco sits in ECA and ESCWA).' })
  world: RegionProgressModel;
}

@ObjectType('ObjectiveMatrixCell')
export class ObjectiveMatrixCellModel {
  @Field(() => Int)
  objectiveNumber: number;

  /** Null for the world column. */
  regionCode: string | null;

  @Field(() => Int, { description: 'Counted entries (validated, plus submitted with includeSubmitted).' })
  countedEntries: number;

  @Field(() => Int)
  reportingCountries: number;

  @Field(() => Float, { nullable: true })
  meanLevel: number | null;

  @Field(() => LevelDistributionModel)
  distribution: LevelDistributionModel;
}

@ObjectType('ObjectiveMatrixRow', { description: 'One objective across the regions, and the world.' })
export class ObjectiveMatrixRowModel {
  @Field(() => Int)
  objectiveNumber: number;

  @Field(() => [ObjectiveMatrixCellModel], { complexity: maxItems(10), description: 'One cell per region, by region code.' })
  cells: ObjectiveMatrixCellModel[];

  @Field(() => ObjectiveMatrixCellModel)
  world: ObjectiveMatrixCellModel;
}

@ObjectType('ObjectiveMatrix')
export class ObjectiveMatrixModel {
  cycleCode: string;

  @Field(() => RegionScheme)
  scheme: RegionScheme;

  @Field(() => Boolean)
  includesSubmitted: boolean;

  @Field(() => String)
  basis: string;

  @Field(() => [ObjectiveMatrixRowModel], { complexity: maxItems(23), description: 'Objectives 1 to 23.' })
  rows: ObjectiveMatrixRowModel[];
}

@ObjectType('CycleLevel')
export class CycleLevelModel {
  cycleCode: string;

  @Field(() => Int, { description: 'Level score, 0 to 3.' })
  level: number;

  @Field(() => Boolean, { description: 'False: a submitted entry at its reported level (only with includeSubmitted).' })
  validated: boolean;
}

@ObjectType('ScorecardObjective')
export class ScorecardObjectiveModel {
  @Field(() => Int)
  objectiveNumber: number;

  @Field(() => [CycleLevelModel], { complexity: maxItems(30), description: 'Oldest cycle first.' })
  cycles: CycleLevelModel[];
}

@ObjectType('CountryScorecard')
export class CountryScorecardModel {
  countryIso3: string;

  @Field(() => Boolean)
  includesSubmitted: boolean;

  @Field(() => String)
  basis: string;

  @Field(() => [ScorecardObjectiveModel], {
    complexity: maxItems(23),
    description: 'Objectives the country has counted entries on, by number.',
  })
  objectives: ScorecardObjectiveModel[];
}

@ObjectType('CycleChange', { description: 'One region (or the world) and objective, between two cycles.' })
export class CycleChangeModel {
  /** Null for the world. */
  regionCode: string | null;

  @Field(() => Int)
  objectiveNumber: number;

  @Field(() => Float, { nullable: true })
  meanLevelFrom: number | null;

  @Field(() => Float, { nullable: true })
  meanLevelTo: number | null;

  @Field(() => Float, { nullable: true, description: 'meanLevelTo - meanLevelFrom; null unless both exist.' })
  meanLevelChange: number | null;

  @Field(() => Int)
  reportingCountriesFrom: number;

  @Field(() => Int)
  reportingCountriesTo: number;

  @Field(() => Int)
  reportingCountriesChange: number;
}

@ObjectType('CycleComparison')
export class CycleComparisonModel {
  fromCycleCode: string;

  toCycleCode: string;

  @Field(() => RegionScheme)
  scheme: RegionScheme;

  @Field(() => Boolean)
  includesSubmitted: boolean;

  @Field(() => String)
  basis: string;

  @Field(() => [CycleChangeModel], {
    complexity: maxItems(253),
    description: 'Per region (by code, then the world) and objective reported on in either cycle.',
  })
  changes: CycleChangeModel[];
}

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

@ObjectType('CountryLevel', { description: "One country's counted entries in a cycle and their mean level." })
export class CountryLevelModel {
  @Field(() => String, { description: 'ISO3 code.' })
  iso3: string;

  @Field(() => Int)
  countedEntries: number;

  @Field(() => Int, { description: 'Of those, submitted entries counted at their reported level (0 unless includeSubmitted).' })
  unvalidatedEntries: number;

  @Field(() => Float, { nullable: true, description: 'Mean level over counted entries, 0 to 3, two decimals.' })
  meanLevel: number | null;
}

@ObjectType('CountryLevels', { description: 'Per country: the mean level of its counted entries in one cycle (the world map).' })
export class CountryLevelsModel {
  cycleCode: string;

  @Field(() => Boolean)
  includesSubmitted: boolean;

  @Field(() => String)
  basis: string;

  @Field(() => [CountryLevelModel], { complexity: maxItems(200), description: 'Countries with counted entries, by ISO3.' })
  countries: CountryLevelModel[];
}

@ObjectType('ReportedCycle', { description: 'A review cycle with counted entries.' })
export class ReportedCycleModel {
  cycleCode: string;

  @Field(() => Int)
  countedEntries: number;

  @Field(() => Int)
  reportingCountries: number;
}
