import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Language, pickLanguage } from '../../../common/i18n/language.js';
import { ConnectionType } from '../../../common/pagination/connection.js';
import {
  CountedGroup,
  EventAttendance,
  EventCycleRelation,
  EventKind,
  EventPledgeRelation,
  OrganiserKind,
  ParticipationRole,
} from '../event.enums.js';
import type { EventRow } from '../events.rows.js';

@ObjectType('CountedParticipation', {
  description: 'Participation known only as a count, e.g. 16 of the then 33 champion countries; which countries is not known.',
})
export class CountedParticipationModel {
  @Field(() => Int, { description: 'How many took part.' })
  count: number;

  @Field(() => Int, { nullable: true, description: 'Out of how many at the time (null when not known).' })
  outOf: number | null;

  @Field(() => CountedGroup)
  group: CountedGroup;
}

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

@ObjectType('EventReviewCycle', { description: 'A review cycle an event is part of or prepares for.' })
export class EventReviewCycleModel {
  @Field(() => EventCycleRelation)
  relation: EventCycleRelation;

  cycleCode: string;
}

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

@ObjectType('EventPledge', { description: 'A pledge announced or reviewed at an event.' })
export class EventPledgeModel {
  @Field(() => EventPledgeRelation)
  relation: EventPledgeRelation;

  pledgeId: string;
  requestedLanguage: Language;
}

@ObjectType('Event', {
  description:
    "An event on the GCM calendar: an IMRF side event, a champions' dialogue, a ministerial meeting, a regional review session or another milestone.",
})
export class EventModel {
  @Field(() => ID)
  id: string;

  @Field(() => EventKind)
  kind: EventKind;

  @Field(() => String, { description: 'In the requested language where a title in it is known, else in English.' })
  title: string;

  @Field(() => Language, { description: 'Language of `title` (English when no title in the requested language is known).' })
  titleLanguage: Language;

  @Field(() => String, { description: 'First day (ISO 8601 date).' })
  startDate: string;

  @Field(() => String, { description: 'Last day (ISO 8601 date); the first day for a one-day event.' })
  endDate: string;

  @Field(() => EventAttendance, { nullable: true, description: 'Null where the sources do not say.' })
  attendance: EventAttendance | null;

  @Field(() => Boolean, { description: 'Held online only.' })
  virtual: boolean;

  @Field(() => String, { nullable: true, description: 'City or venue; null for a virtual event or where the sources give none.' })
  place: string | null;

  @Field(() => String, { nullable: true, description: 'What was discussed.' })
  summary: string | null;

  /** The host country, resolved through a loader. */
  hostCountryIso3: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => [String], { description: 'Outcome documents, declarations, recordings.' })
  outcomeLinks: string[];

  @Field(() => [String], { description: 'Where the facts about the event come from.' })
  sources: string[];

  @Field(() => Boolean, { description: 'False where the event or its details are not verified: show it as unconfirmed.' })
  confirmed: boolean;

  @Field(() => Boolean, { description: 'Loaded from the reference data: its own fields change only there.' })
  fromReferenceData: boolean;

  @Field(() => CountedParticipationModel, { nullable: true, description: 'Participation known only as a count, when so reported.' })
  countedParticipation: CountedParticipationModel | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back with a change: a stale version is refused with CONFLICT.' })
  version: number;

  requestedLanguage: Language;
}

@ObjectType()
export class EventConnection extends ConnectionType(EventModel, 'Event') {}

export function toEventModel(row: EventRow, lang: Language): EventModel {
  const title = pickLanguage(lang, { en: row.title_en, fr: row.title_fr, es: row.title_es });
  return {
    id: row.id,
    kind: row.kind as EventKind,
    title: title.text,
    titleLanguage: title.language,
    startDate: row.start_date,
    endDate: row.end_date,
    attendance: row.attendance as EventAttendance | null,
    virtual: row.attendance === EventAttendance.VIRTUAL,
    place: row.place,
    hostCountryIso3: row.host_country_iso3,
    summary: row.summary,
    note: row.note,
    outcomeLinks: row.outcome_links,
    sources: row.sources,
    confirmed: row.confirmed,
    fromReferenceData: row.reference_key !== null,
    countedParticipation:
      row.counted_participants === null
        ? null
        : { count: row.counted_participants, outOf: row.counted_out_of, group: row.counted_group as CountedGroup },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    requestedLanguage: lang,
  };
}
