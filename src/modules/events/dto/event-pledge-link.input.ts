import { InputType, Field, ID } from '@nestjs/graphql';
import { IsUUID, IsEnum } from 'class-validator';
import { EventPledgeRelation } from '../event.enums.js';

@InputType()
export class EventPledgeLinkInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => ID)
  @IsUUID()
  pledgeId: string;

  @Field(() => EventPledgeRelation, { defaultValue: EventPledgeRelation.ANNOUNCED })
  @IsEnum(EventPledgeRelation)
  relation: EventPledgeRelation = EventPledgeRelation.ANNOUNCED;
}
