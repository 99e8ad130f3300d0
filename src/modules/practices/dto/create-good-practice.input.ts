import { InputType, Field, Int } from '@nestjs/graphql';
import { IsString, MinLength, MaxLength, IsEnum, IsOptional, ArrayMaxSize, ArrayUnique, IsInt, Min, Max } from 'class-validator';
import { Language } from '../../../common/i18n/language.js';
import { IsIso3, IsRegionCode, AreWebLinks } from '../../../common/validation/fields.js';
import { AreObjectiveNumbers, IsObjectiveNumber, ArePrincipleNumbers } from '../../objectives/dto/served-objectives.input.js';
import { PracticeScope, PracticeType } from '../practice.enums.js';

@InputType()
export class CreateGoodPracticeInput {
  @Field(() => String)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title: string;

  @Field(() => String, { description: 'What the practice is and does.' })
  @IsString()
  @MinLength(20)
  @MaxLength(10000)
  summary: string;

  @Field(() => Language, {
    defaultValue: Language.EN,
    description: 'The language it is written in; its text is searched with that dictionary.',
  })
  @IsEnum(Language)
  language: Language = Language.EN;

  @Field(() => PracticeScope, { defaultValue: PracticeScope.NATIONAL })
  @IsEnum(PracticeScope)
  scope: PracticeScope = PracticeScope.NATIONAL;

  @Field(() => [String], {
    nullable: true,
    description: 'ISO3 codes of the countries where it is implemented (NATIONAL: at least one; default for a focal point: its country).',
  })
  @IsOptional()
  @ArrayMaxSize(194)
  @ArrayUnique()
  @IsIso3({ each: true })
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'Region codes it covers (REGIONAL: at least one), e.g. ECA.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsRegionCode({ each: true, message: 'each region must be a region code such as ECA' })
  regions?: string[];

  @Field(() => String, {
    nullable: true,
    description: "The country whose focal points keep it (secretariat only; a focal point's practices are its country's).",
  })
  @IsOptional()
  @IsIso3()
  ownerCountry?: string;

  @Field(() => [String], { nullable: true, description: 'Implementing entities and partners.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(300, { each: true })
  implementingPartners?: string[];

  @Field(() => PracticeType)
  @IsEnum(PracticeType)
  practiceType: PracticeType;

  @Field(() => [Int], { description: 'Objective numbers (1-23), at least one.' })
  @AreObjectiveNumbers()
  objectives: number[];

  @Field(() => Int, { nullable: true, description: 'The main objective, one of `objectives` (default: the first listed).' })
  @IsOptional()
  @IsObjectiveNumber()
  mainObjective?: number;

  @Field(() => [Int], { nullable: true, description: 'Guiding principles it particularly exemplifies (1-10).' })
  @IsOptional()
  @ArePrincipleNumbers()
  guidingPrinciples?: number[];

  @Field(() => [Int], { nullable: true, description: 'Sustainable Development Goals it contributes to (1-17).' })
  @IsOptional()
  @ArrayMaxSize(17)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(17, { each: true })
  sdgs?: number[];

  @Field(() => Int)
  @IsInt()
  @Min(1900)
  @Max(2100)
  startYear: number;

  @Field(() => Int, { nullable: true, description: 'Null while ongoing.' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  endYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Results achieved (required to submit).' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  results?: string;

  @Field(() => String, { nullable: true, description: 'Lessons learned (required to submit).' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  lessonsLearned?: string;

  @Field(() => [String], { nullable: true, description: "Web addresses: documents, evaluations, the practice's site." })
  @IsOptional()
  @AreWebLinks()
  links?: string[];
}
