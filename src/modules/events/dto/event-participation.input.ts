import { InputType, Field, ID } from '@nestjs/graphql';
import { IsUUID, IsEnum } from 'class-validator';
import { IsIso3 } from '../../../common/validation/fields.js';
import { ParticipationRole } from '../event.enums.js';

@InputType()
export class EventParticipationInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => String, { description: "ISO3 of the country (a focal point: its own country's)." })
  @IsIso3()
  country: string;

  @Field(() => ParticipationRole, { defaultValue: ParticipationRole.PARTICIPANT })
  @IsEnum(ParticipationRole)
  role: ParticipationRole = ParticipationRole.PARTICIPANT;
}
