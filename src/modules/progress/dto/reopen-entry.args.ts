import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MinLength, MaxLength } from 'class-validator';
import { EntryStepArgs } from './entry-step.args.js';

@ArgsType()
export class ReopenEntryArgs extends EntryStepArgs {
  @Field(() => String, { description: 'Why the validated entry is reopened (required).' })
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  reason: string;
}
