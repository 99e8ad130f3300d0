import { ArgsType, Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { LanguageArgs } from '../../../common/i18n/language.args.js';
import { Language } from '../../../common/i18n/language.js';
import { PageArgs } from '../../../common/pagination/connection.js';
import { IsRegionCode } from '../../../common/validation/fields.js';
import { RegionScheme } from '../models/region-scheme.enum.js';
import { LanguageField } from '../../../common/i18n/language.args.js';

export enum CountryOrder {
  NAME = 'NAME',
  ISO3 = 'ISO3',
}
registerEnumType(CountryOrder, { name: 'CountryOrder' });

@InputType()
export class CountriesFilter {
  @Field(() => String, { nullable: true, description: 'Region code (e.g. ECA, EUROPE): its regional members only.' })
  @IsOptional()
  @IsString()
  @IsRegionCode()
  region?: string;

  @Field(() => RegionScheme, { nullable: true, description: 'The scheme `region` belongs to; checked when both are given.' })
  @IsOptional()
  @IsEnum(RegionScheme)
  scheme?: RegionScheme;

  @Field(() => Boolean, { nullable: true, description: 'Only confirmed GCM champion countries.' })
  @IsOptional()
  @IsBoolean()
  championOnly?: boolean;

  @Field(() => String, { nullable: true, description: 'Part of a name (English, French or Spanish) or an ISO3 code.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  search?: string;
}

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

@ArgsType()
export class CountryArgs extends LanguageArgs {
  @Field(() => String, { description: 'ISO 3166-1 alpha-3 code, e.g. MAR.' })
  @Matches(/^[A-Za-z]{3}$/, { message: 'iso3 must be a three-letter ISO 3166-1 alpha-3 code' })
  iso3: string;
}

@ArgsType()
export class RegionsArgs extends LanguageArgs {
  @Field(() => RegionScheme, { nullable: true, description: 'Only the regions of this scheme (default: both).' })
  @IsOptional()
  @IsEnum(RegionScheme)
  scheme?: RegionScheme;
}

@ArgsType()
export class CountryRegionsArgs {
  @Field(() => RegionScheme, { nullable: true, description: 'Only the regions of this scheme (default: both).' })
  @IsOptional()
  @IsEnum(RegionScheme)
  scheme?: RegionScheme;
}
