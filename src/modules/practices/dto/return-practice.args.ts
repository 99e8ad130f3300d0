import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MinLength, MaxLength } from 'class-validator';
import { PracticeStepArgs } from './practice-step.args.js';

@ArgsType()
export class ReturnPracticeArgs extends PracticeStepArgs {
  @Field(() => String, { description: 'What to change, for the focal points.' })
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  comment: string;
}
