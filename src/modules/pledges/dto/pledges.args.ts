import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { LanguageArgs } from '../../../common/i18n/language.args.js';
import { Language } from '../../../common/i18n/language.js';
import { PageArgs } from '../../../common/pagination/connection.js';
import { IsCycleCode, IsIso3, IsRegionCode } from '../../../common/validation/fields.js';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';
import { PledgeNature, PledgeOrder, PledgeStatus, PledgeType, PledgingEntityKind } from '../pledge.enums.js';
import { LanguageField } from '../../../common/i18n/language.args.js';

@InputType()
export class PledgesFilter {
  @Field(() => String, { nullable: true, description: 'ISO3 of the pledging state (or where a stakeholder is based).' })
  @IsOptional()
  @IsIso3()
  country?: string;

  @Field(() => String, { nullable: true, description: 'ISO3 of a country of implementation.' })
  @IsOptional()
  @IsIso3()
  implementedIn?: string;

  @Field(() => String, { nullable: true, description: 'Region code (e.g. ECA, AFRICA): pledges of its regional members.' })
  @IsOptional()
  @IsString()
  @IsRegionCode()
  region?: string;

  @Field(() => RegionScheme, { nullable: true, description: 'The scheme `region` belongs to; checked when both are given.' })
  @IsOptional()
  @IsEnum(RegionScheme)
  scheme?: RegionScheme;

  @Field(() => Int, { nullable: true, description: 'Pledges serving this objective (main or not).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(23)
  objective?: number;

  @Field(() => String, { nullable: true, description: 'Review cycle code the pledge was made at, e.g. IMRF-2022.' })
  @IsOptional()
  @IsCycleCode()
  cycle?: string;

  @Field(() => PledgeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PledgeStatus)
  status?: PledgeStatus;

  @Field(() => PledgeNature, { nullable: true })
  @IsOptional()
  @IsEnum(PledgeNature)
  nature?: PledgeNature;

  @Field(() => PledgeType, { nullable: true })
  @IsOptional()
  @IsEnum(PledgeType)
  type?: PledgeType;

  @Field(() => PledgingEntityKind, { nullable: true })
  @IsOptional()
  @IsEnum(PledgingEntityKind)
  pledgingEntityKind?: PledgingEntityKind;

  @Field(() => Boolean, { nullable: true, description: 'Only pledges made by champion countries.' })
  @IsOptional()
  @IsBoolean()
  championOnly?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only pledges past their target date and neither fulfilled nor withdrawn.' })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in title, description and target, each pledge searched in its own language (web-search syntax: "quoted phrase", or, -word).',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class PledgesArgs extends PageArgs {
  @Field(() => PledgesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PledgesFilter)
  filter?: PledgesFilter;

  @Field(() => PledgeOrder, { nullable: true, description: 'Default: RELEVANCE with a search, else NEWEST.' })
  @IsOptional()
  @IsEnum(PledgeOrder)
  orderBy?: PledgeOrder;

  @LanguageField('Language of nested reference texts (objectives, countries).')
  lang: Language = Language.EN;
}

@ArgsType()
export class PledgeArgs extends LanguageArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
