import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Language, pickLanguage } from '../../../common/i18n/language.js';
import { CountedGroup, EventAttendance, EventKind } from '../event.enums.js';
import type { EventRow } from '../events.rows.js';
import { CountedParticipationModel } from './counted-participation.model.js';

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
