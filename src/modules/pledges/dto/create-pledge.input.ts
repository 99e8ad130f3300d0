import { InputType, Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsString, MinLength, MaxLength, IsEnum, IsOptional, IsBoolean, ArrayMaxSize, IsUUID, ValidateNested } from 'class-validator';
import { Language } from '../../../common/i18n/language.js';
import { IsIso3, IsCycleCode, IsCalendarDate } from '../../../common/validation/fields.js';
import { AreObjectiveNumbers, IsObjectiveNumber, ArePrincipleNumbers } from '../../objectives/dto/served-objectives.input.js';
import { PledgingEntityKind, PledgeNature, PledgeType } from '../pledge.enums.js';
import { PledgeParticipantInput } from './pledge-participant.input.js';
import { PledgeUpdateInput } from './pledge-update.input.js';

@InputType()
export class CreatePledgeInput {
  @Field(() => String)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title: string;

  @Field(() => String, { description: 'What is pledged (the pledge form asks for 300 to 3,000 characters; up to 5,000 are kept).' })
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  description: string;

  @Field(() => Language, {
    defaultValue: Language.EN,
    description: 'The language the pledge is written in; its text is searched with that dictionary.',
  })
  @IsEnum(Language)
  language: Language = Language.EN;

  @Field(() => PledgingEntityKind, { defaultValue: PledgingEntityKind.MEMBER_STATE })
  @IsEnum(PledgingEntityKind)
  pledgingEntityKind: PledgingEntityKind = PledgingEntityKind.MEMBER_STATE;

  @Field(() => String, {
    nullable: true,
    description: 'ISO3 of the pledging state (required for MEMBER_STATE), or where a stakeholder is based.',
  })
  @IsOptional()
  @IsIso3()
  pledgingCountry?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the pledging stakeholder (required for stakeholders, empty for a member state).',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  pledgingEntityName?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Implemented globally rather than in listed countries.' })
  @IsBoolean()
  isGlobal: boolean = false;

  @Field(() => [String], {
    nullable: true,
    description: 'ISO3 codes of the countries of implementation (default for a member state: itself). Empty when global.',
  })
  @IsOptional()
  @ArrayMaxSize(194)
  @IsIso3({ each: true })
  implementationCountries?: string[];

  @Field(() => String, { nullable: true, description: 'Code of the review cycle the pledge was made at, e.g. IMRF-2022.' })
  @IsOptional()
  @IsCycleCode()
  cycle?: string;

  @Field(() => PledgeNature)
  @IsEnum(PledgeNature)
  nature: PledgeNature;

  @Field(() => PledgeType, { defaultValue: PledgeType.INDIVIDUAL })
  @IsEnum(PledgeType)
  type: PledgeType = PledgeType.INDIVIDUAL;

  @Field(() => ID, { nullable: true, description: 'For a MATCHING pledge: the id of the pledge it matches.' })
  @IsOptional()
  @IsUUID()
  matchesPledge?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Its reference in the file or system it comes from (e.g. the id in a pledging dashboard or spreadsheet), unique per pledging entity; the import matches rows by it.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  externalId?: string;

  @Field(() => [PledgeParticipantInput], {
    nullable: true,
    description: 'For a COMMON or PARTNERSHIP pledge: its participants (at least one).',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PledgeParticipantInput)
  participants?: PledgeParticipantInput[];

  @Field(() => [Int], { description: 'Objective numbers (1-23), at least one.' })
  @AreObjectiveNumbers()
  objectives: number[];

  @Field(() => Int, { nullable: true, description: 'The main objective, one of `objectives` (default: the first listed).' })
  @IsOptional()
  @IsObjectiveNumber()
  mainObjective?: number;

  @Field(() => [Int], { nullable: true, description: 'Guiding principle numbers (1-10).' })
  @IsOptional()
  @ArePrincipleNumbers()
  guidingPrinciples?: number[];

  @Field(() => String, {
    description: 'The measurable target, e.g. "National GCM implementation plan adopted by the Council of Ministers".',
  })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  target: string;

  @Field(() => String, { nullable: true, description: 'When the target is to be met, YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  targetDate?: string;

  @Field(() => PledgeUpdateInput, {
    nullable: true,
    description: 'The first entry of the history (default: PLANNING today, "Pledge recorded.").',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PledgeUpdateInput)
  initialUpdate?: PledgeUpdateInput;
}
