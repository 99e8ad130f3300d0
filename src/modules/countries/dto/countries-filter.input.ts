import { InputType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, IsEnum, IsBoolean, MinLength, MaxLength } from 'class-validator';
import { IsRegionCode } from '../../../common/validation/fields.js';
import { RegionScheme } from '../models/region-scheme.enum.js';

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
