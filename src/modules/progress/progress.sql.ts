import type { Caller } from '../../common/auth/caller.js';
import { Role } from '../../common/auth/role.js';
import type { SqlParams } from '../../common/pagination/keyset-page.js';
import { countryNameSql } from '../countries/countries.service.js';
import { takesPartSql } from '../review-cycles/review-cycles.service.js';
import { visibleEntrySql } from './progress.policy.js';

/** The columns of a `ProgressEntryRow`, over `ENTRY_FROM` (entry `e`, report `r`). */
export const ENTRY_SELECT = `e.id, e.report_id, r.country_iso3, r.cycle_code, e.objective_number, e.state, e.reported_level, e.narrative,
  e.measures_taken, e.challenges, e.evidence_links,
  ARRAY(SELECT l.pledge_id::text FROM progress_entry_pledge l WHERE l.entry_id = e.id ORDER BY 1) AS pledge_ids,
  ARRAY(SELECT l.practice_id::text FROM progress_entry_practice l WHERE l.entry_id = e.id ORDER BY 1) AS practice_ids,
  e.validated_level, e.validation_justification, e.validated_at, e.validated_snapshot, e.submitted_at, e.created_at, e.updated_at, e.version`;
export const ENTRY_FROM = 'progress_entry e JOIN progress_report r ON r.id = e.report_id';

/** Entries by id (`$1`: uuid[]), in no particular order. */
export const ENTRIES_BY_ID_SQL = `SELECT ${ENTRY_SELECT} FROM ${ENTRY_FROM} WHERE e.id = ANY($1::uuid[])`;

/** A report's entries (`$1`: report uuid[]), by objective number. */
export const REPORT_ENTRIES_SQL = `SELECT ${ENTRY_SELECT} FROM ${ENTRY_FROM} WHERE e.report_id = ANY($1::uuid[]) ORDER BY e.objective_number`;

/** Entries' history (`$1`: entry uuid[]), oldest first: `EntryEventRow`s. */
export const ENTRY_EVENTS_SQL = `SELECT id, entry_id, action, from_state, to_state, comment, changed_fields, acted_by, acted_by_role, acted_at
           FROM progress_entry_event WHERE entry_id = ANY($1::uuid[]) ORDER BY acted_at, id`;

/**
 * Reporting windows (`ReportingWindowRow`s) for pairs of cycle (`$1`: text[]) and country
 * (`$2`: text[], null for the cycle's own window); cycles that do not exist are left out.
 */
export const WINDOW_SQL = `
  SELECT rc.code AS cycle_code, k.country AS country_iso3,
         coalesce(w.opens_on, rc.reporting_opens_on)::text AS opens_on,
         coalesce(w.closes_on, rc.reporting_closes_on)::text AS closes_on,
         (w.cycle_code IS NOT NULL) AS set_by_secretariat,
         x.closes_on::text AS extended_to, x.reason AS extension_reason,
         greatest(coalesce(w.closes_on, rc.reporting_closes_on), x.closes_on)::text AS country_closes_on
    FROM unnest($1::text[], $2::text[]) AS k(cycle, country)
    JOIN review_cycle rc ON rc.code = k.cycle
    LEFT JOIN reporting_window w ON w.cycle_code = rc.code
    LEFT JOIN reporting_window_extension x ON x.cycle_code = rc.code AND x.country_iso3 = k.country`;

/** Reports (alias `rp`: `ProgressReportRow`s) with their entry counts and derived state over the entries the caller sees. */
export function reportSql(caller: Caller, params: SqlParams): string {
  const keeper =
    caller.kind !== 'account'
      ? 'false'
      : caller.role === Role.SECRETARIAT
        ? 'true'
        : caller.role === Role.FOCAL_POINT
          ? `r.country_iso3 = ${params.add(caller.countryIso3)}`
          : 'false';
  return `(SELECT r.id, r.country_iso3, r.cycle_code, ${countryNameSql('r.country_iso3')} AS country_name, r.created_at, r.updated_at,
          count(e.id) FILTER (WHERE e.state = 'DRAFT')::int AS draft_count,
          count(e.id) FILTER (WHERE e.state = 'SUBMITTED')::int AS submitted_count,
          count(e.id) FILTER (WHERE e.state = 'RETURNED')::int AS returned_count,
          count(e.id) FILTER (WHERE e.state = 'VALIDATED')::int AS validated_count,
          CASE WHEN count(e.id) FILTER (WHERE e.state = 'RETURNED') > 0 THEN 'RETURNED'
               WHEN count(e.id) FILTER (WHERE e.state = 'DRAFT') > 0 THEN 'DRAFT'
               WHEN count(e.id) FILTER (WHERE e.state = 'SUBMITTED') > 0 THEN 'SUBMITTED'
               WHEN count(e.id) > 0 THEN 'VALIDATED'
               ELSE 'EMPTY' END AS state
     FROM progress_report r
     LEFT JOIN progress_entry e ON e.report_id = r.id AND ${visibleEntrySql(caller, params)}
    GROUP BY r.id
   HAVING count(e.id) > 0 OR ${keeper}) rp`;
}

/**
 * Each (cycle, country) among `$1` (ISO3s) whose reporting window is open on `$2` (today) or
 * closed on or after `$3`, with what its report still lacks: entries in DRAFT or RETURNED, and
 * objectives with no entry at all (`$4` objectives in the GCM). Only those with work left.
 */
export const WORK_LEFT_SQL = `
  SELECT k.cycle_code, k.country_iso3, k.opens_on::text AS opens_on, k.closes_on::text AS closes_on,
         count(e.id) FILTER (WHERE e.state = 'DRAFT')::int AS draft_count,
         count(e.id) FILTER (WHERE e.state = 'RETURNED')::int AS returned_count,
         ($4::int - count(e.id))::int AS missing_count
    FROM (SELECT rc.code AS cycle_code, c.iso3 AS country_iso3,
                 coalesce(w.opens_on, rc.reporting_opens_on) AS opens_on,
                 greatest(coalesce(w.closes_on, rc.reporting_closes_on), x.closes_on) AS closes_on
            FROM review_cycle rc
            CROSS JOIN unnest($1::text[]) AS c(iso3)
            LEFT JOIN reporting_window w ON w.cycle_code = rc.code
            LEFT JOIN reporting_window_extension x ON x.cycle_code = rc.code AND x.country_iso3 = c.iso3
           WHERE ${takesPartSql('c.iso3')}) k
    LEFT JOIN progress_report r ON r.cycle_code = k.cycle_code AND r.country_iso3 = k.country_iso3
    LEFT JOIN progress_entry e ON e.report_id = r.id
   WHERE k.opens_on IS NOT NULL AND k.closes_on IS NOT NULL AND k.opens_on <= $2::date AND k.closes_on >= $3::date
   GROUP BY k.cycle_code, k.country_iso3, k.opens_on, k.closes_on
  HAVING count(e.id) FILTER (WHERE e.state IN ('DRAFT', 'RETURNED')) > 0 OR count(e.id) < $4::int
   ORDER BY k.cycle_code, k.country_iso3`;

/** Entries submitted before `$1` and still waiting for review, oldest first (at most `$2`). */
export const WAITING_FOR_REVIEW_SQL = `
  SELECT e.id, r.country_iso3, r.cycle_code, e.objective_number, e.submitted_at
    FROM progress_entry e JOIN progress_report r ON r.id = e.report_id
   WHERE e.state = 'SUBMITTED' AND e.submitted_at < $1
   ORDER BY e.submitted_at, e.id
   LIMIT $2`;
