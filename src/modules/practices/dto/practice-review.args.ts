import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

@ArgsType()
export class PracticeStepArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class PublishPracticeArgs extends PracticeStepArgs {
  @Field(() => String, { nullable: true, description: 'A note for the focal points.' })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  comment?: string;
}

@ArgsType()
export class ReturnPracticeArgs extends PracticeStepArgs {
  @Field(() => String, { description: 'What to change, for the focal points.' })
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  comment: string;
}
