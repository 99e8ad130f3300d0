import {
  browserStore,
  clearKeptDraft as clearPledgeDraft,
  type DraftStore,
  type KeptDraft,
  loadKeptDraft,
  saveKeptDraft as savePledgeDraft,
} from '../../lib/draft-storage';
import { emptyPledge, ENTITY_KINDS, NATURES, PLEDGE_FIELDS, PLEDGE_TYPES, type PledgeFields, WRITING_LANGUAGES } from './pledge-fields';

export { browserStore, clearPledgeDraft, savePledgeDraft };

/**
 * The unsaved copy of a pledge the user is typing, kept in the browser (localStorage) until it
 * is saved, as the entries' editor does (lib/draft-storage.ts): one copy per account and
 * pledge (or per account for a new one), with the version it started from.
 */
export type PledgeDraft = KeptDraft<PledgeFields>;

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

export const loadPledgeDraft = (store: DraftStore, key: string): PledgeDraft | null => loadKeptDraft(store, key, asPledgeFields);
