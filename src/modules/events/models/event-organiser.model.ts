import { ObjectType, Field } from '@nestjs/graphql';
import { Language } from '../../../common/i18n/language.js';
import { OrganiserKind } from '../event.enums.js';

@ObjectType('EventOrganiser', { description: 'Who organised an event, in the order the sources give.' })
export class EventOrganiserModel {
  @Field(() => String, { description: 'As the sources name it, e.g. IOM, ECA.' })
  name: string;

  @Field(() => OrganiserKind)
  kind: OrganiserKind;

  /** The government's country (GOVERNMENT organisers), resolved through a loader. */
  countryIso3: string | null;
  requestedLanguage: Language;
}
