import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import { Language } from '../../../common/i18n/language.js';
import { PageArgs } from '../../../common/pagination/connection.js';
import { IsCycleCode, IsIso3, IsRegionCode } from '../../../common/validation/fields.js';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';
import { ReportState } from '../progress.enums.js';
import { LanguageField } from '../../../common/i18n/language.args.js';

@InputType()
export class ProgressReportsFilter {
  @Field(() => String, { nullable: true, description: 'Review cycle code, e.g. RR2-ECA-2024.' })
  @IsOptional()
  @IsCycleCode()
  cycle?: string;

  @Field(() => String, { nullable: true, description: 'Region code (e.g. ECA, AFRICA): reports of its regional members.' })
  @IsOptional()
  @IsString()
  @IsRegionCode()
  region?: string;

  @Field(() => RegionScheme, { nullable: true, description: 'The scheme `region` belongs to; checked when both are given.' })
  @IsOptional()
  @IsEnum(RegionScheme)
  scheme?: RegionScheme;

  @Field(() => Int, { nullable: true, description: 'Reports with an entry (that you may see) on this objective.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(23)
  objective?: number;

  @Field(() => ReportState, { nullable: true, description: 'The derived state, over the entries you may see.' })
  @IsOptional()
  @IsEnum(ReportState)
  state?: ReportState;

  @Field(() => String, { nullable: true, description: 'ISO3 code.' })
  @IsOptional()
  @IsIso3()
  country?: string;
}

@ArgsType()
export class ProgressReportsArgs extends PageArgs {
  @Field(() => ProgressReportsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgressReportsFilter)
  filter?: ProgressReportsFilter;

  @LanguageField('Language of nested reference texts (objectives, countries).')
  lang: Language = Language.EN;
}

@InputType()
export class PendingReviewsFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCycleCode()
  cycle?: string;

  @Field(() => String, { nullable: true, description: 'Region code: entries of its regional members.' })
  @IsOptional()
  @IsString()
  @IsRegionCode()
  region?: string;

  @Field(() => String, { nullable: true, description: 'ISO3 code.' })
  @IsOptional()
  @IsIso3()
  country?: string;

  @Field(() => Int, { nullable: true, description: 'Entries on this objective.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(23)
  objective?: number;
}

@ArgsType()
export class PendingReviewsArgs extends PageArgs {
  @Field(() => PendingReviewsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PendingReviewsFilter)
  filter?: PendingReviewsFilter;

  @LanguageField()
  lang: Language = Language.EN;
}
