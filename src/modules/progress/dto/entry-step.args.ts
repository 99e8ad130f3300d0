import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsUUID, IsInt, Min } from 'class-validator';

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
