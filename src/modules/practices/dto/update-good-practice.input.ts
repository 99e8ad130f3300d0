import { InputType, Field, Int } from '@nestjs/graphql';
import { IsOptional, IsString, MinLength, MaxLength, IsEnum, ArrayMaxSize, ArrayUnique, IsInt, Min, Max } from 'class-validator';
import { Language } from '../../../common/i18n/language.js';
import { IsIso3, IsRegionCode, AreWebLinks } from '../../../common/validation/fields.js';
import { AreObjectiveNumbers, IsObjectiveNumber, ArePrincipleNumbers } from '../../objectives/dto/served-objectives.input.js';
import { PracticeScope, PracticeType } from '../practice.enums.js';

@InputType({ description: 'Fields to change; lists given replace the stored lists; endYear: null marks the practice ongoing.' })
export class UpdateGoodPracticeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(20)
  @MaxLength(10000)
  summary?: string;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @Field(() => PracticeScope, { nullable: true })
  @IsOptional()
  @IsEnum(PracticeScope)
  scope?: PracticeScope;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(194)
  @ArrayUnique()
  @IsIso3({ each: true })
  countries?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsRegionCode({ each: true, message: 'each region must be a region code such as ECA' })
  regions?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(300, { each: true })
  implementingPartners?: string[];

  @Field(() => PracticeType, { nullable: true })
  @IsOptional()
  @IsEnum(PracticeType)
  practiceType?: PracticeType;

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @AreObjectiveNumbers()
  objectives?: number[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsObjectiveNumber()
  mainObjective?: number;

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArePrincipleNumbers()
  guidingPrinciples?: number[];

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(17)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(17, { each: true })
  sdgs?: number[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  startYear?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  endYear?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  results?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  lessonsLearned?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @AreWebLinks()
  links?: string[];
}
