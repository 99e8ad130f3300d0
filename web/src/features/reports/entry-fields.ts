/**
 * What a focal point edits in an entry, as the form holds it, and the comparison of three
 * versions of it after a CONFLICT: the one the user started from (base), the user's (mine)
 * and the one now stored (theirs, saved by someone else meanwhile).
 */
export const LEVELS = ['NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE'] as const;
export type Level = (typeof LEVELS)[number];

/** The API's minimum for submitting (progress-content.ts MIN_NARRATIVE_TO_SUBMIT) and its maximum. */
export const MIN_NARRATIVE_TO_SUBMIT = 20;
export const MAX_TEXT = 10_000;

export interface EntryFields {
  reportedLevel: Level | null;
  narrative: string;
  measuresTaken: string;
  challenges: string;
  evidenceLinks: string[];
  pledgeIds: string[];
  practiceIds: string[];
}

export const ENTRY_FIELDS = [
  'reportedLevel',
  'narrative',
  'measuresTaken',
  'challenges',
  'evidenceLinks',
  'pledgeIds',
  'practiceIds',
] as const satisfies readonly (keyof EntryFields)[];
export type EntryField = (typeof ENTRY_FIELDS)[number];

export const EMPTY_ENTRY: EntryFields = {
  reportedLevel: null,
  narrative: '',
  measuresTaken: '',
  challenges: '',
  evidenceLinks: [],
  pledgeIds: [],
  practiceIds: [],
};

/** An entry as the API returns it, as form fields (ids sorted: the API keeps links unordered). */
export function fieldsOfEntry(e: {
  reportedLevel: Level | null;
  narrative: string;
  measuresTaken: string | null;
  challenges: string | null;
  evidenceLinks: readonly string[];
  pledges: readonly { id: string }[];
  goodPractices: readonly { id: string }[];
}): EntryFields {
  return {
    reportedLevel: e.reportedLevel,
    narrative: e.narrative,
    measuresTaken: e.measuresTaken ?? '',
    challenges: e.challenges ?? '',
    evidenceLinks: [...e.evidenceLinks],
    pledgeIds: e.pledges.map((p) => p.id.toLowerCase()).sort(),
    practiceIds: e.goodPractices.map((p) => p.id.toLowerCase()).sort(),
  };
}

const normal = (field: EntryField, value: EntryFields[EntryField]): unknown => {
  if (Array.isArray(value)) return field === 'evidenceLinks' ? value : [...value].map((v) => v.toLowerCase()).sort();
  if (typeof value === 'string') return value.trim();
  return value;
};

/** Whether two versions hold the same value for a field (texts compared trimmed, as the API stores them). */
export const sameValue = (field: EntryField, a: EntryFields, b: EntryFields): boolean =>
  JSON.stringify(normal(field, a[field])) === JSON.stringify(normal(field, b[field]));

export const changedFields = (a: EntryFields, b: EntryFields): EntryField[] => ENTRY_FIELDS.filter((f) => !sameValue(f, a, b));

export type Choice = 'mine' | 'theirs';

/** A field that differs between mine and theirs, and which one to keep unless the user says otherwise. */
export interface FieldConflict {
  field: EntryField;
  mine: EntryFields[EntryField];
  theirs: EntryFields[EntryField];
  /** Whether the user changed it from the version they started from. */
  changedByMe: boolean;
  /** Whether the other person changed it from that version. */
  changedByThem: boolean;
  proposed: Choice;
}

/**
 * The fields where mine and theirs differ. A field only I changed proposes mine; one only
 * they changed proposes theirs; one both changed proposes mine (what the user typed is never
 * dropped without asking). Without a base (the entry was created elsewhere meanwhile),
 * every difference counts as changed by both.
 */
export function conflictsOf(base: EntryFields | null, mine: EntryFields, theirs: EntryFields): FieldConflict[] {
  return ENTRY_FIELDS.filter((f) => !sameValue(f, mine, theirs)).map((field) => {
    const changedByMe = base ? !sameValue(field, base, mine) : true;
    const changedByThem = base ? !sameValue(field, base, theirs) : true;
    return {
      field,
      mine: mine[field],
      theirs: theirs[field],
      changedByMe,
      changedByThem,
      proposed: changedByMe ? 'mine' : 'theirs',
    };
  });
}

/** Theirs, with mine kept in every field the choices say (a field not listed takes its proposal). */
export function mergeFields(
  mine: EntryFields,
  theirs: EntryFields,
  conflicts: readonly FieldConflict[],
  choices: Partial<Record<EntryField, Choice>>,
): EntryFields {
  const merged: EntryFields = { ...theirs };
  for (const c of conflicts) {
    if ((choices[c.field] ?? c.proposed) === 'mine') (merged as unknown as Record<string, unknown>)[c.field] = mine[c.field];
  }
  return merged;
}

/** What to send to updateProgressEntry: only the fields that differ from the stored version (empty texts clear). */
export function updateInput(stored: EntryFields, next: EntryFields): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of changedFields(stored, next)) {
    const v = next[f];
    input[f] = (f === 'measuresTaken' || f === 'challenges') && typeof v === 'string' && v.trim() === '' ? null : v;
  }
  return input;
}

/** What to send to createProgressEntry (empty optional texts left out). */
export function createInput(cycle: string, objective: number, f: EntryFields): Record<string, unknown> {
  return {
    cycle,
    objective,
    reportedLevel: f.reportedLevel,
    narrative: f.narrative,
    ...(f.measuresTaken.trim() ? { measuresTaken: f.measuresTaken } : {}),
    ...(f.challenges.trim() ? { challenges: f.challenges } : {}),
    evidenceLinks: f.evidenceLinks,
    pledgeIds: f.pledgeIds,
    practiceIds: f.practiceIds,
  };
}
