import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { LanguageArgs } from '../../../common/i18n/language.args.js';
import { Language } from '../../../common/i18n/language.js';
import { PageArgs } from '../../../common/pagination/connection.js';
import { IsCalendarDate, IsCycleCode, IsIso3, IsRegionCode } from '../../../common/validation/fields.js';
import { IsObjectiveNumber } from '../../objectives/dto/served-objectives.input.js';
import { EventKind } from '../event.enums.js';

export enum EventOrder {
  CHRONOLOGICAL = 'CHRONOLOGICAL',
  LATEST_FIRST = 'LATEST_FIRST',
}
registerEnumType(EventOrder, {
  name: 'EventOrder',
  description: 'CHRONOLOGICAL: earliest first (the default). LATEST_FIRST: most recent first.',
});

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

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventsFilter)
  filter?: EventsFilter;

  @Field(() => EventOrder, { defaultValue: EventOrder.CHRONOLOGICAL })
  @IsEnum(EventOrder)
  orderBy: EventOrder = EventOrder.CHRONOLOGICAL;

  @Field(() => Language, { defaultValue: Language.EN, description: 'Language of titles and nested reference texts.' })
  @IsEnum(Language)
  lang: Language = Language.EN;
}

@ArgsType()
export class EventArgs extends LanguageArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class EventCountryArgs {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => String, { description: 'ISO3 of the country.' })
  @IsIso3()
  country: string;
}

@ArgsType()
export class EventPracticeArgs {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => ID)
  @IsUUID()
  practiceId: string;
}
