import { InputType, Field, Int } from '@nestjs/graphql';
import { IsOptional, IsString, IsEnum, IsInt, Min, Max } from 'class-validator';
import { IsCycleCode, IsRegionCode, IsIso3 } from '../../../common/validation/fields.js';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';
import { ReportState } from '../progress.enums.js';

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
