import { ObjectType, Field } from '@nestjs/graphql';
import { Language } from '../../../common/i18n/language.js';
import { EventPledgeRelation } from '../event.enums.js';

@ObjectType('EventPledge', { description: 'A pledge announced or reviewed at an event.' })
export class EventPledgeModel {
  @Field(() => EventPledgeRelation)
  relation: EventPledgeRelation;

  pledgeId: string;
  requestedLanguage: Language;
}
