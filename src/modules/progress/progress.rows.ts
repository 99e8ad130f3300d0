import type { ValidatedSnapshot } from './progress-entry.entity.js';
import type { EntryAction, EntryState, ReportState } from './progress.enums.js';

/**
 * What the progress feature's SQL returns, column for column (snake_case, as selected):
 * read by its service, loaders and workflow, mapped to GraphQL models in models/.
 */

/** An entry with its report's country and cycle and its linked ids (`ENTRY_SELECT` from `ENTRY_FROM`). */
export interface ProgressEntryRow {
  id: string;
  report_id: string;
  country_iso3: string;
  cycle_code: string;
  objective_number: number;
  state: EntryState;
  reported_level: number;
  narrative: string;
  measures_taken: string | null;
  challenges: string | null;
  evidence_links: string[];
  pledge_ids: string[];
  practice_ids: string[];
  validated_level: number | null;
  validation_justification: string | null;
  validated_at: Date | null;
  validated_snapshot: ValidatedSnapshot | null;
  submitted_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

/** A report with its entry counts and derived state over the entries the caller sees (`reportSql`). */
export interface ProgressReportRow {
  id: string;
  country_iso3: string;
  cycle_code: string;
  country_name: string;
  state: ReportState;
  draft_count: number;
  submitted_count: number;
  returned_count: number;
  validated_count: number;
  created_at: Date;
  updated_at: Date;
}

/** A step in an entry's history (progress_entry_event). */
export interface EntryEventRow {
  id: string;
  entry_id: string;
  action: EntryAction;
  from_state: EntryState | null;
  to_state: EntryState;
  comment: string | null;
  changed_fields: string[];
  acted_by: string;
  acted_by_role: string | null;
  acted_at: Date;
}

/** A cycle's reporting window as it applies to one country (or to all, without a country) (`WINDOW_SQL`). */
export interface ReportingWindowRow {
  cycle_code: string;
  country_iso3: string | null;
  /** The cycle's window: set by the secretariat, else the product default. */
  opens_on: string | null;
  closes_on: string | null;
  set_by_secretariat: boolean;
  /** The country's extension, if any. */
  extended_to: string | null;
  extension_reason: string | null;
  /** The last day for this country: the later of closes_on and extended_to. */
  country_closes_on: string | null;
}

/** A cycle a focal point's country reports in, with its report if one exists. */
export interface MyReportRow {
  cycle_code: string;
  report: ProgressReportRow | null;
  window: ReportingWindowRow;
  overdue: boolean;
}

/** A country's report in a cycle whose window is open (or just closed) with work left (`WORK_LEFT_SQL`). */
export interface WorkLeftRow {
  cycle_code: string;
  country_iso3: string;
  opens_on: string;
  /** The country's last day, its extension included (YYYY-MM-DD). */
  closes_on: string;
  draft_count: number;
  returned_count: number;
  /** Objectives with no entry yet. */
  missing_count: number;
}

/** A submitted entry waiting for review (`WAITING_FOR_REVIEW_SQL`). */
export interface WaitingEntryRow {
  id: string;
  country_iso3: string;
  cycle_code: string;
  objective_number: number;
  submitted_at: Date;
}
