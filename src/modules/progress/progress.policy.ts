import { keepsRecordsOf } from '../../common/auth/country-scope.js';
import type { Caller } from '../../common/auth/caller.js';
import { Role } from '../../common/auth/role.js';
import type { SqlParams } from '../../common/pagination/keyset-page.js';
import { sqlList } from '../../common/sql.js';
import { todayUtc } from '../../common/validation/fields.js';
import { EntryState } from './progress.enums.js';
import type { ReportingWindowRow } from './progress.rows.js';

/**
 * Who sees which progress entries, and which of their layers: the one rule of the feature,
 * used by its service and loaders (in SQL for lists and counts, in code for single rows),
 * by its mappers (which redact) and by analytics (which counts).
 *
 * - Every caller sees validated entries; analysts also submitted ones; the secretariat all.
 * - A country's focal points also see every entry of their own country (they keep its records).
 * - The reported layer (reported level, justification, changes since validation) is seen by
 *   those who keep the country's records and by analysts; the history by the keepers only.
 * - Focal points act on entries only while their cycle's reporting window is open for their
 *   country (`isWindowOpen`); the secretariat is not bound by it.
 */
export function statesSeenBy(caller: Caller): readonly EntryState[] {
  if (caller.kind !== 'account') return [EntryState.VALIDATED];
  if (caller.role === Role.SECRETARIAT) return Object.values(EntryState);
  if (caller.role === Role.ANALYST) return [EntryState.SUBMITTED, EntryState.VALIDATED];
  return [EntryState.VALIDATED];
}

/** Whether the caller may count submitted entries in aggregates (the API's includeSubmitted). */
export const seesSubmittedEntries = (caller: Caller): boolean => statesSeenBy(caller).includes(EntryState.SUBMITTED);

/** The rule as a SQL condition on entry alias `e` and report alias `r`. */
export function visibleEntrySql(caller: Caller, params: SqlParams, e = 'e', r = 'r'): string {
  const states = statesSeenBy(caller);
  const byState = states.length === Object.values(EntryState).length ? 'true' : `${e}.state IN (${sqlList(states)})`;
  if (byState === 'true' || caller.kind !== 'account' || caller.role !== Role.FOCAL_POINT) return byState;
  return `(${byState} OR ${r}.country_iso3 = ${params.add(caller.countryIso3)})`;
}

export const maySeeEntry = (caller: Caller, entry: { state: EntryState; country_iso3: string }): boolean =>
  statesSeenBy(caller).includes(entry.state) || keepsRecordsOf(caller, entry.country_iso3);

/** The secretariat, analysts and the country's focal points see the country's own layer (reported levels, justifications). */
export const seesReportedLayer = (caller: Caller, countryIso3: string): boolean =>
  keepsRecordsOf(caller, countryIso3) || (caller.kind === 'account' && caller.role === Role.ANALYST);

/** An entry's history and comment thread: for the secretariat and the country's focal points. */
export const seesEntryHistory = (caller: Caller, countryIso3: string): boolean => keepsRecordsOf(caller, countryIso3);

/** Whether focal points may act on this day: opened, and not past the country's last day. */
export const isWindowOpen = (w: ReportingWindowRow, today = todayUtc()): boolean =>
  w.opens_on !== null && w.country_closes_on !== null && w.opens_on <= today && today <= w.country_closes_on;
