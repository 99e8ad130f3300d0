import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MinLength, MaxLength } from 'class-validator';
import { EntryStepArgs } from './entry-step.args.js';

@ArgsType()
export class SubmitEntryArgs extends EntryStepArgs {
  @Field(() => String, { nullable: true, description: 'A note to the secretariat (e.g. what was changed after a return).' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comment?: string;
}
