import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MinLength, MaxLength } from 'class-validator';
import { PracticeStepArgs } from './practice-step.args.js';

@ArgsType()
export class PublishPracticeArgs extends PracticeStepArgs {
  @Field(() => String, { nullable: true, description: 'A note for the focal points.' })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  comment?: string;
}
