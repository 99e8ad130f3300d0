import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { Language } from '../../../common/i18n/language.js';
import { PageArgs } from '../../../common/pagination/connection.js';
import { EventsFilter } from './events-filter.input.js';

export enum EventOrder {
  CHRONOLOGICAL = 'CHRONOLOGICAL',
  LATEST_FIRST = 'LATEST_FIRST',
}
registerEnumType(EventOrder, {
  name: 'EventOrder',
  description: 'CHRONOLOGICAL: earliest first (the default). LATEST_FIRST: most recent first.',
});

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
