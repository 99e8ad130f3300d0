import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { EntryStepArgs } from './entry-step.args.js';
import { ValidateProgressEntryInput } from './validate-progress-entry.input.js';

@ArgsType()
export class ValidateEntryArgs extends EntryStepArgs {
  @Field(() => ValidateProgressEntryInput, { nullable: true, description: 'Default: validated at the reported level.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ValidateProgressEntryInput)
  input?: ValidateProgressEntryInput;
}
