import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { EventKind, PEER_LEARNING_KINDS } from '../../events/event.enums.js';
import { IsCycleCode, IsIso3 } from '../../../common/validation/fields.js';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';

@ArgsType()
export class AggregateOptionsArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Secretariat and analysts: also count SUBMITTED entries, at their reported level (flagged in the answer). Public figures use validated levels only.',
  })
  @IsBoolean()
  includeSubmitted: boolean = false;
}

@ArgsType()
export class RegionalAggregateArgs extends AggregateOptionsArgs {
  @Field(() => RegionScheme, {
    defaultValue: RegionScheme.REVIEW,
    description: 'REVIEW: the five regional commissions; GEOGRAPHIC: the five M49 continents.',
  })
  @IsEnum(RegionScheme)
  scheme: RegionScheme = RegionScheme.REVIEW;

  @Field(() => Boolean, { defaultValue: false, description: 'Only champion countries.' })
  @IsBoolean()
  championOnly: boolean = false;
}

@ArgsType()
export class RegionalProgressArgs extends RegionalAggregateArgs {
  @Field(() => String, { description: 'Review cycle code, e.g. RR2-ECA-2024 or IMRF-2026.' })
  @IsCycleCode()
  cycle: string;

  @Field(() => Int, { nullable: true, description: 'Only this objective.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(23)
  objective?: number;
}

@ArgsType()
export class ObjectiveMatrixArgs extends RegionalAggregateArgs {
  @Field(() => String)
  @IsCycleCode()
  cycle: string;
}

@ArgsType()
export class CycleComparisonArgs extends RegionalAggregateArgs {
  @Field(() => String, { description: 'The earlier cycle, e.g. RR1-ECA-2021.' })
  @IsCycleCode()
  from: string;

  @Field(() => String, { description: 'The later cycle, e.g. RR2-ECA-2024.' })
  @IsCycleCode()
  to: string;
}

@ArgsType()
export class CountryScorecardArgs extends AggregateOptionsArgs {
  @Field(() => String, { description: 'ISO3 code.' })
  @IsIso3()
  iso3: string;
}

@ArgsType()
export class PeerLearningArgs {
  @Field(() => RegionScheme, {
    defaultValue: RegionScheme.REVIEW,
    description: 'REVIEW: the five regional commissions; GEOGRAPHIC: the M49 continents.',
  })
  @IsEnum(RegionScheme)
  scheme: RegionScheme = RegionScheme.REVIEW;

  @Field(() => String, { nullable: true, description: 'Only events part of or preparing this review cycle, e.g. IMRF-2022.' })
  @IsOptional()
  @IsCycleCode()
  cycle?: string;

  @Field(() => [EventKind], {
    defaultValue: [...PEER_LEARNING_KINDS],
    description: "The kinds of event counted as peer learning (default: champions' dialogues and IMRF side events).",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsEnum(EventKind, { each: true })
  kinds: EventKind[] = [...PEER_LEARNING_KINDS];
}

@ArgsType()
export class CountryLevelsArgs extends AggregateOptionsArgs {
  @Field(() => String, { description: 'Review cycle code, e.g. RR2-ECA-2024.' })
  @IsCycleCode()
  cycle: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Only champion countries.' })
  @IsBoolean()
  championOnly: boolean = false;
}
