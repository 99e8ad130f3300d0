import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MinLength, MaxLength } from 'class-validator';
import { EntryStepArgs } from './entry-step.args.js';

@ArgsType()
export class ReturnEntryArgs extends EntryStepArgs {
  @Field(() => String, { description: 'What the country should change (required).' })
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  comment: string;
}
