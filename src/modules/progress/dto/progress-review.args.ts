import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { LanguageArgs } from '../../../common/i18n/language.args.js';
import { IsCycleCode, IsIso3 } from '../../../common/validation/fields.js';
import { ValidateProgressEntryInput } from './progress-entry.inputs.js';

/** Which entry, at which version (as read): a stale version is refused with CONFLICT. */
@ArgsType()
export class EntryStepArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class SubmitEntryArgs extends EntryStepArgs {
  @Field(() => String, { nullable: true, description: 'A note to the secretariat (e.g. what was changed after a return).' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comment?: string;
}

@ArgsType()
export class ValidateEntryArgs extends EntryStepArgs {
  @Field(() => ValidateProgressEntryInput, { nullable: true, description: 'Default: validated at the reported level.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ValidateProgressEntryInput)
  input?: ValidateProgressEntryInput;
}

@ArgsType()
export class ReturnEntryArgs extends EntryStepArgs {
  @Field(() => String, { description: 'What the country should change (required).' })
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  comment: string;
}

@ArgsType()
export class ReopenEntryArgs extends EntryStepArgs {
  @Field(() => String, { description: 'Why the validated entry is reopened (required).' })
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  reason: string;
}

@ArgsType()
export class CommentOnEntryArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String)
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comment: string;
}

@ArgsType()
export class SubmitReportArgs {
  @Field(() => String, { description: "Review cycle code; the report is the focal point's country's." })
  @IsCycleCode()
  cycle: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comment?: string;
}

@ArgsType()
export class ProgressReportArgs extends LanguageArgs {
  @Field(() => String, { description: 'ISO3 code.' })
  @IsIso3()
  country: string;

  @Field(() => String, { description: 'Review cycle code.' })
  @IsCycleCode()
  cycle: string;
}

@ArgsType()
export class ProgressEntryArgs extends LanguageArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
