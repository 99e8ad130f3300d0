import type { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/caller.js';
import { keepsRecordsOf } from '../../common/auth/country-scope.js';
import type { Language } from '../../common/i18n/language.js';
import { todayUtc } from '../../common/validation/fields.js';
import {
  type BatchLoad,
  bindLoader,
  groupByKeys,
  loadersProvider,
  LoaderToken,
  oneByKeys,
  type RequestLoaders,
} from '../../graphql/loaders.js';
import { type EntryEventModel, toEntryEventModel } from './models/entry-event.model.js';
import { type ProgressEntryModel, toProgressEntryModel } from './models/progress-entry.model.js';
import { type ReportingWindowModel, toReportingWindowModel } from './models/reporting-window.model.js';
import { maySeeEntry, seesEntryHistory, seesReportedLayer } from './progress.policy.js';
import type { EntryEventRow, ProgressEntryRow, ReportingWindowRow } from './progress.rows.js';
import { ENTRIES_BY_ID_SQL, ENTRY_EVENTS_SQL, REPORT_ENTRIES_SQL, WINDOW_SQL } from './progress.sql.js';

/*
 * The progress feature's batched lookups: each token beside its batch function, registered
 * at startup by ProgressLoaders; the load* functions below read through them and return what
 * the caller may see.
 */

/** Entries by id, as stored (the caller's view is applied by whoever reads them). */
export const ENTRY_BY_ID = new LoaderToken<string, ProgressEntryRow | null>('progressEntryById');
const entryById =
  (db: DataSource): BatchLoad<string, ProgressEntryRow | null> =>
  async (ids) =>
    oneByKeys(ids, await db.query<ProgressEntryRow[]>(ENTRIES_BY_ID_SQL, [[...ids]]), (r) => r.id);

/** A report's entries by objective number, by report id. */
export const REPORT_ENTRIES = new LoaderToken<string, ProgressEntryRow[]>('progressReportEntries');
const reportEntries =
  (db: DataSource): BatchLoad<string, ProgressEntryRow[]> =>
  async (reportIds) =>
    groupByKeys(reportIds, await db.query<ProgressEntryRow[]>(REPORT_ENTRIES_SQL, [[...reportIds]]), (r) => r.report_id);

/** An entry's history, oldest first, by entry id. */
export const ENTRY_EVENTS = new LoaderToken<string, EntryEventRow[]>('progressEntryEvents');
const entryEvents =
  (db: DataSource): BatchLoad<string, EntryEventRow[]> =>
  async (ids) =>
    groupByKeys(ids, await db.query<EntryEventRow[]>(ENTRY_EVENTS_SQL, [[...ids]]), (r) => r.entry_id);

/** Key: `CYCLE|ISO3`, or `CYCLE|` for the cycle's own window. */
export const REPORTING_WINDOW = new LoaderToken<string, ReportingWindowRow | null>('reportingWindow');
const reportingWindow =
  (db: DataSource): BatchLoad<string, ReportingWindowRow | null> =>
  async (keys) => {
    const pairs = keys.map((k) => k.split('|'));
    const rows = await db.query<ReportingWindowRow[]>(WINDOW_SQL, [pairs.map(([c]) => c ?? ''), pairs.map(([, x]) => x || null)]);
    return keys.map((k) => rows.find((r) => `${r.cycle_code}|${r.country_iso3 ?? ''}` === k) ?? null);
  };

/** Registers the feature's batch functions with the singleton registry at startup. */
export const progressLoaders = loadersProvider('progress', [
  bindLoader(ENTRY_BY_ID, entryById),
  bindLoader(REPORT_ENTRIES, reportEntries),
  bindLoader(ENTRY_EVENTS, entryEvents),
  bindLoader(REPORTING_WINDOW, reportingWindow),
]);

/** An entry as the caller may see it: the country's own layer redacted for those who may not see it. */
export const entryFor = (caller: Caller, row: ProgressEntryRow, lang: Language): ProgressEntryModel =>
  toProgressEntryModel(row, seesReportedLayer(caller, row.country_iso3), lang);

/** A report's entries that the caller may see, by objective number (one objective, or all). */
export async function loadVisibleEntries(
  loaders: RequestLoaders,
  caller: Caller,
  reportId: string,
  lang: Language,
  objective?: number | null,
): Promise<ProgressEntryModel[]> {
  const rows = await loaders.get(REPORT_ENTRIES).load(reportId);
  return rows
    .filter((r) => maySeeEntry(caller, r) && (objective === undefined || objective === null || r.objective_number === objective))
    .map((r) => entryFor(caller, r, lang));
}

/** An entry's history and comment thread, oldest first; null for callers who may not read it. */
export async function loadEntryHistory(
  loaders: RequestLoaders,
  caller: Caller,
  entry: { id: string; countryIso3: string },
): Promise<EntryEventModel[] | null> {
  if (!seesEntryHistory(caller, entry.countryIso3)) return null;
  return (await loaders.get(ENTRY_EVENTS).load(entry.id)).map(toEntryEventModel);
}

/**
 * A cycle's reporting window, as it applies to a country or (null) the cycle's own; null for a
 * cycle that does not exist. The reason for a country's extension: for those who keep its records.
 */
export async function loadReportingWindow(
  loaders: RequestLoaders,
  caller: Caller,
  cycle: string,
  country: string | null,
): Promise<ReportingWindowModel | null> {
  const w = await loaders.get(REPORTING_WINDOW).load(`${cycle}|${country ?? ''}`);
  return w ? toReportingWindowModel(w, todayUtc(), keepsRecordsOf(caller, country)) : null;
}
