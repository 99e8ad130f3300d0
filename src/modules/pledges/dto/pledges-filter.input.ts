import { InputType, Field, Int } from '@nestjs/graphql';
import { IsOptional, IsString, IsEnum, IsInt, Min, Max, IsBoolean, MinLength, MaxLength } from 'class-validator';
import { IsIso3, IsRegionCode, IsCycleCode } from '../../../common/validation/fields.js';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';
import { PledgeStatus, PledgeNature, PledgeType, PledgingEntityKind } from '../pledge.enums.js';

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
