import type { PledgeStatus } from './pledge.enums.js';

/**
 * What the pledges feature's SQL returns, column for column (snake_case, as selected):
 * read by its services and loaders, mapped to GraphQL models in models/.
 */

/** A pledge as the service reads it. */
export interface PledgeRow {
  id: string;
  title: string;
  description: string;
  language: string;
  pledging_entity_kind: string;
  pledging_country_iso3: string | null;
  pledging_entity_name: string | null;
  by_champion: boolean;
  is_global: boolean;
  cycle_code: string | null;
  nature: string;
  type: string;
  matches_pledge_id: string | null;
  external_id: string | null;
  target: string;
  target_date: string | null;
  status: string;
  status_date: string;
  is_overdue: boolean;
  created_at: Date;
  updated_at: Date;
  version: number;
}

/** One dated update of a pledge, with who recorded it (pledge_update). */
export interface PledgeUpdateRow {
  id: string;
  pledge_id: string;
  status: PledgeStatus;
  previous_status: PledgeStatus | null;
  occurred_on: string;
  narrative: string;
  evidence_links: string[];
  recorded_at: Date;
  recorded_by: string;
}

/** One dated step of a pledge's history, as stored. */
export interface PledgeStepRow {
  status: PledgeStatus;
  occurred_on: string;
  narrative: string;
  evidence_links: string[];
}
