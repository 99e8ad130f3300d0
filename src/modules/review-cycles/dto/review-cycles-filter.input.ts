import { InputType, Field, Int } from '@nestjs/graphql';
import { IsOptional, IsEnum, IsString, Matches, IsInt, Min, Max } from 'class-validator';
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
