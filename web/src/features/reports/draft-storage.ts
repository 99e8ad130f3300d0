import {
  browserStore,
  clearKeptDraft as clearDraft,
  type DraftStore,
  type KeptDraft,
  loadKeptDraft,
  saveKeptDraft as saveDraft,
} from '../../lib/draft-storage';
import { ENTRY_FIELDS, type EntryFields, LEVELS } from './entry-fields';

/**
 * The unsaved copy of an entry the user is typing, kept in the browser (localStorage) until it
 * is saved, so that nothing typed is lost to a conflict, a closed tab or a reload. One copy per
 * account, cycle and objective: two accounts on one browser never see each other's copy.
 */
export type StoredDraft = KeptDraft<EntryFields>;

export { browserStore, clearDraft, type DraftStore, saveDraft };

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
export const loadDraft = (store: DraftStore, key: string): StoredDraft | null => loadKeptDraft(store, key, asFields);
