import { ObjectType, Field } from '@nestjs/graphql';
import { Language } from '../../../common/i18n/language.js';
import { ParticipationRole } from '../event.enums.js';

@ObjectType('EventParticipation', { description: 'A country that took part in an event, and how.' })
export class EventParticipationModel {
  @Field(() => ParticipationRole)
  role: ParticipationRole;

  @Field(() => Boolean, { description: 'True when the reference data list it (changed only there); false when recorded through the API.' })
  fromReferenceData: boolean;

  @Field(() => Date)
  recordedAt: Date;

  countryIso3: string;
  eventId: string;
  requestedLanguage: Language;
}
