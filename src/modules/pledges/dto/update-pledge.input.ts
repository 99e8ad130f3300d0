import { InputType, Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MinLength, MaxLength, IsEnum, IsBoolean, ArrayMaxSize, IsUUID, ValidateNested } from 'class-validator';
import { Language } from '../../../common/i18n/language.js';
import { IsIso3, IsCycleCode, IsCalendarDate } from '../../../common/validation/fields.js';
import { AreObjectiveNumbers, IsObjectiveNumber, ArePrincipleNumbers } from '../../objectives/dto/served-objectives.input.js';
import { PledgingEntityKind, PledgeNature, PledgeType } from '../pledge.enums.js';
import { PledgeParticipantInput } from './pledge-participant.input.js';

@InputType({ description: 'Fields to change; lists given replace the stored lists. The status changes only through recordPledgeUpdate.' })
export class UpdatePledgeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  description?: string;

  @Field(() => Language, { nullable: true })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @Field(() => PledgingEntityKind, { nullable: true })
  @IsOptional()
  @IsEnum(PledgingEntityKind)
  pledgingEntityKind?: PledgingEntityKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIso3()
  pledgingCountry?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  pledgingEntityName?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  isGlobal?: boolean;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(194)
  @IsIso3({ each: true })
  implementationCountries?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCycleCode()
  cycle?: string;

  @Field(() => PledgeNature, { nullable: true })
  @IsOptional()
  @IsEnum(PledgeNature)
  nature?: PledgeNature;

  @Field(() => PledgeType, { nullable: true })
  @IsOptional()
  @IsEnum(PledgeType)
  type?: PledgeType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  matchesPledge?: string;

  @Field(() => String, {
    nullable: true,
    description: 'A new reference in its source; an empty string removes it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  externalId?: string;

  @Field(() => [PledgeParticipantInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PledgeParticipantInput)
  participants?: PledgeParticipantInput[];

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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  target?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  targetDate?: string;
}
