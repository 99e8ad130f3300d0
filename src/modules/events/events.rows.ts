import type { EventCycleRelation, EventPledgeRelation, OrganiserKind, ParticipationRole } from './event.enums.js';

/**
 * What the events feature's SQL returns, column for column (snake_case, as selected):
 * read by its services and loaders, mapped to GraphQL models in models/.
 */

/** An event row as the service reads it (dates as text). */
export interface EventRow {
  id: string;
  reference_key: string | null;
  kind: string;
  title_en: string;
  title_fr: string | null;
  title_es: string | null;
  start_date: string;
  end_date: string;
  attendance: string | null;
  place: string | null;
  host_country_iso3: string | null;
  summary: string | null;
  note: string | null;
  outcome_links: string[];
  sources: string[];
  confirmed: boolean;
  counted_participants: number | null;
  counted_out_of: number | null;
  counted_group: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

/** An organiser of an event, in its order (event_organiser). */
export interface EventOrganiserRow {
  event_id: string;
  name: string;
  kind: OrganiserKind;
  country_iso3: string | null;
}

/** A country's participation in an event (event_participation). */
export interface EventParticipationRow {
  event_id: string;
  country_iso3: string;
  role: ParticipationRole;
  from_reference: boolean;
  recorded_at: Date;
}

/** A review cycle an event belongs to (event_review_cycle). */
export interface EventCycleRow {
  event_id: string;
  cycle_code: string;
  relation: EventCycleRelation;
}

/** A pledge announced or reviewed at an event (event_pledge). */
export interface EventPledgeRow {
  event_id: string;
  pledge_id: string;
  relation: EventPledgeRelation;
}
