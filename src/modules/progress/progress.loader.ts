import type { Caller } from '../../common/auth/caller.js';
import type { Language } from '../../common/i18n/language.js';
import type { RequestLoaders } from '../../graphql/loaders.js';
import { type EntryEventModel, type ProgressEntryModel, toProgressEntryModel } from './models/progress.models.js';
import { maySeeEntry, seesEntryHistory, seesReportedLayer } from './progress.policy.js';
import { ENTRY_EVENTS, type ProgressEntryRow, REPORT_ENTRIES } from './progress.service.js';

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
  return (await loaders.get(ENTRY_EVENTS).load(entry.id)).map((e) => ({
    action: e.action,
    fromState: e.from_state,
    toState: e.to_state,
    comment: e.comment,
    changedFields: e.changed_fields,
    actedBy: e.acted_by,
    actedByRole: e.acted_by_role,
    actedAt: e.acted_at,
  }));
}
