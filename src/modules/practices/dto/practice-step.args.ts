import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsUUID, IsInt, Min } from 'class-validator';

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
