import { ENTRY_FIELDS, type EntryFields, LEVELS } from './entry-fields';

/**
 * The unsaved copy of an entry the user is typing, kept in the browser (localStorage) until it
 * is saved, so that nothing typed is lost to a conflict, a closed tab or a reload. One copy per
 * account, cycle and objective: two accounts on one browser never see each other's copy.
 */
export interface StoredDraft {
  /** What the user typed. */
  values: EntryFields;
  /** The stored version the user started from (null: the entry did not exist yet). */
  base: { version: number; values: EntryFields } | null;
  /** When the copy was last written (ISO timestamp). */
  savedAt: string;
}

/** The part of the Web Storage API used here (localStorage in the page, a map in tests). */
export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'gcm-tracker.entry-draft';

export const draftKey = (accountId: string, cycle: string, objective: number): string => `${PREFIX}:${accountId}:${cycle}:${objective}`;

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function asFields(v: unknown): EntryFields | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const level = o.reportedLevel;
  if (level !== null && !(LEVELS as readonly unknown[]).includes(level)) return null;
  for (const f of ['narrative', 'measuresTaken', 'challenges'] as const) if (typeof o[f] !== 'string') return null;
  for (const f of ['evidenceLinks', 'pledgeIds', 'practiceIds'] as const) if (!isStringArray(o[f])) return null;
  return Object.fromEntries(ENTRY_FIELDS.map((f) => [f, o[f]])) as unknown as EntryFields;
}

/** The kept copy, or null when there is none or it cannot be read (a copy in another shape is dropped). */
export function loadDraft(store: DraftStore, key: string): StoredDraft | null {
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const values = asFields(parsed.values);
    const b = parsed.base as { version?: unknown; values?: unknown } | null | undefined;
    const base = b && typeof b.version === 'number' ? { version: b.version, values: asFields(b.values) } : null;
    if (!values || typeof parsed.savedAt !== 'string' || (b && (!base || !base.values))) {
      store.removeItem(key);
      return null;
    }
    return { values, base: base as StoredDraft['base'], savedAt: parsed.savedAt };
  } catch {
    store.removeItem(key);
    return null;
  }
}

/** Keeps the copy; false when the browser refused (storage full or disabled). */
export function saveDraft(store: DraftStore, key: string, draft: StoredDraft): boolean {
  try {
    store.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(store: DraftStore, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // Nothing kept, nothing to clear.
  }
}

/** localStorage where the page has one (null in a browser that refuses it). */
export function browserStore(): DraftStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
