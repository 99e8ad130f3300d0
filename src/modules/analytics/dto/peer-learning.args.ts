import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, ArrayMinSize, ArrayMaxSize, ArrayUnique } from 'class-validator';
import { IsCycleCode } from '../../../common/validation/fields.js';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';
import { EventKind, PEER_LEARNING_KINDS } from '../../events/event.enums.js';

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
