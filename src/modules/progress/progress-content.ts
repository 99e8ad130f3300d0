import type { FieldError } from '../../common/errors/domain-error.js';
import type { UpdateProgressEntryInput } from './dto/update-progress-entry.input.js';
import type { CreateProgressEntryInput } from './dto/create-progress-entry.input.js';
import type { ValidatedSnapshot } from './progress-entry.entity.js';
import { levelOfScore, levelScore } from './progress.enums.js';
import type { ProgressEntryRow } from './progress.rows.js';

/** What the country says in an entry: the first layer, which only its focal points write. */
export interface EntryContent {
  reportedLevel: number;
  narrative: string;
  measuresTaken: string | null;
  challenges: string | null;
  evidenceLinks: string[];
  pledgeIds: string[];
  practiceIds: string[];
}

/** The country's layer of an entry, as stored. */
export function entryContentOf(row: ProgressEntryRow): EntryContent {
  return {
    reportedLevel: row.reported_level,
    narrative: row.narrative,
    measuresTaken: row.measures_taken,
    challenges: row.challenges,
    evidenceLinks: row.evidence_links,
    pledgeIds: row.pledge_ids,
    practiceIds: row.practice_ids,
  };
}

export const ENTRY_CONTENT_FIELDS = [
  'reportedLevel',
  'narrative',
  'measuresTaken',
  'challenges',
  'evidenceLinks',
  'pledgeIds',
  'practiceIds',
] as const;
export const MIN_NARRATIVE_TO_SUBMIT = 20;

const text = (value: string | null | undefined): string | null => {
  const t = value?.trim();
  return t ? t : null;
};

const sorted = (ids: readonly string[]): string[] => [...ids].map((id) => id.toLowerCase()).sort();

export function contentFromCreate(input: CreateProgressEntryInput): EntryContent {
  return {
    reportedLevel: levelScore(input.reportedLevel),
    narrative: input.narrative?.trim() ?? '',
    measuresTaken: text(input.measuresTaken),
    challenges: text(input.challenges),
    evidenceLinks: input.evidenceLinks ?? [],
    pledgeIds: sorted(input.pledgeIds ?? []),
    practiceIds: sorted(input.practiceIds ?? []),
  };
}

/** The stored content with the fields the input gives replaced (an explicit null clears a text). */
export function contentWithChanges(before: EntryContent, input: UpdateProgressEntryInput): EntryContent {
  return {
    reportedLevel:
      input.reportedLevel !== undefined && input.reportedLevel !== null ? levelScore(input.reportedLevel) : before.reportedLevel,
    narrative: input.narrative !== undefined && input.narrative !== null ? input.narrative.trim() : before.narrative,
    measuresTaken: input.measuresTaken !== undefined ? text(input.measuresTaken) : before.measuresTaken,
    challenges: input.challenges !== undefined ? text(input.challenges) : before.challenges,
    evidenceLinks: input.evidenceLinks ?? before.evidenceLinks,
    pledgeIds: input.pledgeIds ? sorted(input.pledgeIds) : before.pledgeIds,
    practiceIds: input.practiceIds ? sorted(input.practiceIds) : before.practiceIds,
  };
}

/** What an entry needs before the secretariat can review it. */
export function checkReadyToSubmit(c: EntryContent, prefix: string): FieldError[] {
  if (c.narrative.length >= MIN_NARRATIVE_TO_SUBMIT) return [];
  return [{ field: `${prefix}narrative`, messages: [`a narrative of at least ${MIN_NARRATIVE_TO_SUBMIT} characters is needed to submit`] }];
}

/** A field whose value differs from what was validated. Levels are given by name. */
export interface EntryChange {
  field: string;
  validated: unknown;
  current: unknown;
}

const shown = (field: string, value: unknown): unknown => (field === 'reportedLevel' ? levelOfScore(value as number) : value);

/** What changed in the country's layer since the entry was last validated. */
export function changesSinceValidation(snapshot: ValidatedSnapshot, current: EntryContent): EntryChange[] {
  return ENTRY_CONTENT_FIELDS.filter((f) => JSON.stringify(snapshot[f]) !== JSON.stringify(current[f])).map((f) => ({
    field: f,
    validated: shown(f, snapshot[f]),
    current: shown(f, current[f]),
  }));
}

/** Which content fields differ between two versions (for the history). */
export function changedFields(before: EntryContent, after: EntryContent): string[] {
  return ENTRY_CONTENT_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}
