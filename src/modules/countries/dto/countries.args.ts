import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { Language } from '../../../common/i18n/language.js';
import { PageArgs } from '../../../common/pagination/connection.js';
import { LanguageField } from '../../../common/i18n/language.args.js';
import { CountriesFilter } from './countries-filter.input.js';

export enum CountryOrder {
  NAME = 'NAME',
  ISO3 = 'ISO3',
}
registerEnumType(CountryOrder, { name: 'CountryOrder' });

@ArgsType()
export class CountriesArgs extends PageArgs {
  @Field(() => CountriesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CountriesFilter)
  filter?: CountriesFilter;

  @Field(() => CountryOrder, { defaultValue: CountryOrder.NAME, description: 'NAME sorts by the name in `lang`.' })
  @IsEnum(CountryOrder)
  orderBy: CountryOrder = CountryOrder.NAME;

  @LanguageField()
  lang: Language = Language.EN;
}
