import { InputType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsCycleCode, IsRegionCode, IsIso3 } from '../../../common/validation/fields.js';

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
