import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class EventPracticeArgs {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => ID)
  @IsUUID()
  practiceId: string;
}
