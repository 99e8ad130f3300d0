import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ReviewCycleKind } from '../models/review-cycle.model.js';

@InputType()
export class ReviewCyclesFilter {
  @Field(() => ReviewCycleKind, { nullable: true })
  @IsOptional()
  @IsEnum(ReviewCycleKind)
  kind?: ReviewCycleKind;

  @Field(() => String, { nullable: true, description: 'Review region code (ECA, ECLAC, ESCAP, ESCWA, UNECE).' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z]{2,16}$/, { message: 'region must be a region code such as ECA' })
  region?: string;

  @Field(() => Int, { nullable: true, description: 'Year the review opens.' })
  @IsOptional()
  @IsInt()
  @Min(2018)
  @Max(2100)
  year?: number;
}

@ArgsType()
export class ReviewCyclesArgs {
  @Field(() => ReviewCyclesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewCyclesFilter)
  filter?: ReviewCyclesFilter;
}

@ArgsType()
export class ReviewCycleArgs {
  @Field(() => String, { description: 'Cycle code, e.g. IMRF-2022.' })
  @Matches(/^(IMRF-\d{4}|RR\d-[A-Z]+-\d{4})$/, { message: 'code must look like IMRF-2022 or RR2-ECA-2024' })
  code: string;
}
