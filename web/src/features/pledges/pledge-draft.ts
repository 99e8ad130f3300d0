import { browserStore, type DraftStore } from '../reports/draft-storage';
import { emptyPledge, ENTITY_KINDS, NATURES, PLEDGE_FIELDS, PLEDGE_TYPES, type PledgeFields, WRITING_LANGUAGES } from './pledge-fields';

export { browserStore };

/**
 * The unsaved copy of a pledge the user is typing, kept in the browser (localStorage) until it
 * is saved, as the entries' editor does (reports/draft-storage.ts): one copy per account and
 * pledge (or per account for a new one), with the version it started from.
 */
export interface PledgeDraft {
  values: PledgeFields;
  base: { version: number; values: PledgeFields } | null;
  savedAt: string;
}

const PREFIX = 'gcm-tracker.pledge-draft';

export const pledgeDraftKey = (accountId: string, pledgeId: string | null): string => `${PREFIX}:${accountId}:${pledgeId ?? 'new'}`;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');
const oneOf = (list: readonly string[], v: unknown): boolean => typeof v === 'string' && list.includes(v);

/** The fields of a kept copy, or null when it is not in the shape of the form (a copy of another version of the app). */
export function asPledgeFields(v: unknown): PledgeFields | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const template = emptyPledge(null);
  for (const f of ['title', 'description', 'pledgingEntityName', 'matchesPledge', 'externalId', 'target', 'targetDate'] as const)
    if (typeof o[f] !== 'string') return null;
  for (const f of ['pledgingCountry', 'cycle'] as const) if (o[f] !== null && typeof o[f] !== 'string') return null;
  if (typeof o.isGlobal !== 'boolean') return null;
  if (!oneOf(WRITING_LANGUAGES, o.language) || !oneOf(ENTITY_KINDS, o.pledgingEntityKind) || !oneOf(PLEDGE_TYPES, o.type)) return null;
  if (o.nature !== null && !oneOf(NATURES, o.nature)) return null;
  if (!isStrings(o.implementationCountries) || !isNumbers(o.objectives) || !isNumbers(o.guidingPrinciples)) return null;
  if (o.mainObjective !== null && typeof o.mainObjective !== 'number') return null;
  const participants = o.participants;
  if (
    !Array.isArray(participants) ||
    !participants.every(
      (p: unknown) =>
        !!p &&
        typeof (p as Record<string, unknown>).name === 'string' &&
        oneOf(ENTITY_KINDS, (p as Record<string, unknown>).kind) &&
        ((p as Record<string, unknown>).country === null || typeof (p as Record<string, unknown>).country === 'string'),
    )
  )
    return null;
  return Object.fromEntries(PLEDGE_FIELDS.map((f) => [f, o[f] ?? template[f]])) as unknown as PledgeFields;
}

export function loadPledgeDraft(store: DraftStore, key: string): PledgeDraft | null {
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const values = asPledgeFields(parsed.values);
    const b = parsed.base as { version?: unknown; values?: unknown } | null | undefined;
    const baseValues = b ? asPledgeFields(b.values) : null;
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
export function savePledgeDraft(store: DraftStore, key: string, draft: PledgeDraft): boolean {
  try {
    store.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearPledgeDraft(store: DraftStore, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // Nothing kept, nothing to clear.
  }
}
