import { InputType, Field, Int } from '@nestjs/graphql';
import { IsOptional, IsEnum, IsString, MinLength, MaxLength } from 'class-validator';
import { IsIso3, IsRegionCode, IsCycleCode, IsCalendarDate } from '../../../common/validation/fields.js';
import { IsObjectiveNumber } from '../../objectives/dto/served-objectives.input.js';
import { EventKind } from '../event.enums.js';

@InputType()
export class EventsFilter {
  @Field(() => EventKind, { nullable: true })
  @IsOptional()
  @IsEnum(EventKind)
  kind?: EventKind;

  @Field(() => String, { nullable: true, description: 'ISO3 of a country that took part (or organised, as a government).' })
  @IsOptional()
  @IsIso3()
  country?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Region code (e.g. ECA): events a regional member took part in, or part of or preparing a review of that region.',
  })
  @IsOptional()
  @IsString()
  @IsRegionCode()
  region?: string;

  @Field(() => Int, { nullable: true, description: 'Events with this objective in focus.' })
  @IsOptional()
  @IsObjectiveNumber()
  objective?: number;

  @Field(() => String, { nullable: true, description: 'Review cycle code (e.g. IMRF-2022): events part of it or preparing for it.' })
  @IsOptional()
  @IsCycleCode()
  cycle?: string;

  @Field(() => String, { nullable: true, description: 'Events ending on or after this day (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field(() => String, { nullable: true, description: 'Events starting on or before this day (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Words found in the title (any language), summary, place or organisers, ignoring case.',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  search?: string;
}
