/**
 * An unsaved copy of a form the user is typing, kept in the browser (localStorage) until it is
 * saved, so that nothing typed is lost to a conflict, a closed tab or a reload. Each feature
 * names its copies (its key) and says what shape its fields have (its reader).
 */
export interface KeptDraft<Fields> {
  /** What the user typed. */
  values: Fields;
  /** The stored version the user started from (null: the record did not exist yet). */
  base: { version: number; values: Fields } | null;
  /** When the copy was last written (ISO timestamp). */
  savedAt: string;
}

/** The part of the Web Storage API used here (localStorage in the page, a map in tests). */
export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Reads a kept copy's fields: null when they are not in the shape of the form (a copy of another version of the app). */
export type FieldsReader<Fields> = (v: unknown) => Fields | null;

/** The kept copy, or null when there is none or it cannot be read (a copy in another shape is dropped). */
export function loadKeptDraft<Fields>(store: DraftStore, key: string, asFields: FieldsReader<Fields>): KeptDraft<Fields> | null {
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
    const baseValues = b ? asFields(b.values) : null;
    if (!values || typeof parsed.savedAt !== 'string' || (b && (typeof b.version !== 'number' || !baseValues))) {
      store.removeItem(key);
      return null;
    }
    return { values, base: b && baseValues ? { version: b.version as number, values: baseValues } : null, savedAt: parsed.savedAt };
  } catch {
    store.removeItem(key);
    return null;
  }
}

/** Keeps the copy; false when the browser refused (storage full or disabled). */
export function saveKeptDraft<Fields>(store: DraftStore, key: string, draft: KeptDraft<Fields>): boolean {
  try {
    store.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearKeptDraft(store: DraftStore, key: string): void {
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
