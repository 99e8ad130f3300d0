import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { AreWebLinks, IsCycleCode } from '../../../common/validation/fields.js';
import { IsObjectiveNumber } from '../../objectives/dto/served-objectives.input.js';
import { ImplementationLevel } from '../progress.enums.js';

/** The texts and links of an entry, all optional while drafting (the narrative is needed to submit). */
@InputType({ isAbstract: true })
abstract class EntryContentFields {
  @Field(() => String, {
    nullable: true,
    description: 'How far the country has come on the objective (needed to submit, 20 to 10,000 characters).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  narrative?: string;

  @Field(() => String, { nullable: true, description: 'Laws, policies, programmes and other measures taken.' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  measuresTaken?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  challenges?: string | null;

  @Field(() => [String], { nullable: true, description: 'http(s) addresses of the evidence, at most 20.' })
  @IsOptional()
  @AreWebLinks(20)
  evidenceLinks?: string[];

  @Field(() => [ID], { nullable: true, description: 'Pledges of the country (made by it or implemented in it) this entry reports on.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  pledgeIds?: string[];

  @Field(() => [ID], { nullable: true, description: "The country's good practices this entry points to." })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  practiceIds?: string[];
}

@InputType()
export class CreateProgressEntryInput extends EntryContentFields {
  @Field(() => String, { description: "Review cycle code, e.g. RR2-ECA-2024. The country is the focal point's own." })
  @IsCycleCode()
  cycle: string;

  @Field(() => Int, { description: 'The objective reported on (1-23); one entry per objective and report.' })
  @IsObjectiveNumber()
  objective: number;

  @Field(() => ImplementationLevel)
  @IsEnum(ImplementationLevel)
  reportedLevel: ImplementationLevel;
}

@InputType()
export class UpdateProgressEntryInput extends EntryContentFields {
  @Field(() => ImplementationLevel, { nullable: true })
  @IsOptional()
  @IsEnum(ImplementationLevel)
  reportedLevel?: ImplementationLevel;
}

@InputType()
export class ValidateProgressEntryInput {
  @Field(() => ImplementationLevel, { nullable: true, description: 'The validated level; default: the reported level.' })
  @IsOptional()
  @IsEnum(ImplementationLevel)
  validatedLevel?: ImplementationLevel;

  @Field(() => String, {
    nullable: true,
    description: 'Why the validated level differs from the reported one (required then, 10 to 5,000 characters).',
  })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  justification?: string;

  @Field(() => String, { nullable: true, description: 'A note to the country, added to the thread.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comment?: string;
}
