import { describe, expect, it } from 'vitest';
import { clearDraft, type DraftStore, draftKey, loadDraft, saveDraft, type StoredDraft } from './draft-storage';
import { EMPTY_ENTRY } from './entry-fields';

const memoryStore = (): DraftStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

const draft: StoredDraft = {
  values: { ...EMPTY_ENTRY, reportedLevel: 'LIMITED', narrative: 'Typed but not saved' },
  base: { version: 3, values: { ...EMPTY_ENTRY, reportedLevel: 'NOT_STARTED', narrative: 'Stored' } },
  savedAt: '2026-12-02T10:00:00.000Z',
};

describe('draft storage', () => {
  it('keys a copy by account, cycle and objective', () => {
    expect(draftKey('acc-1', 'RR2-ECA-2024', 16)).toBe('gcm-tracker.entry-draft:acc-1:RR2-ECA-2024:16');
    expect(draftKey('acc-1', 'RR2-ECA-2024', 16)).not.toBe(draftKey('acc-2', 'RR2-ECA-2024', 16));
    expect(draftKey('acc-1', 'RR2-ECA-2024', 16)).not.toBe(draftKey('acc-1', 'RR2-ECA-2024', 1));
  });

  it('keeps a copy until it is cleared, with the version it started from', () => {
    const store = memoryStore();
    const key = draftKey('acc-1', 'RR2-ECA-2024', 16);
    expect(loadDraft(store, key)).toBeNull();
    expect(saveDraft(store, key, draft)).toBe(true);
    expect(loadDraft(store, key)).toEqual(draft);
    expect(loadDraft(store, draftKey('acc-2', 'RR2-ECA-2024', 16))).toBeNull();
    clearDraft(store, key);
    expect(loadDraft(store, key)).toBeNull();
  });

  it('keeps a copy of an entry not created yet (no base)', () => {
    const store = memoryStore();
    saveDraft(store, 'k', { ...draft, base: null });
    expect(loadDraft(store, 'k')).toEqual({ ...draft, base: null });
  });

  it('drops a copy it cannot read instead of failing', () => {
    const store = memoryStore();
    store.setItem('bad-json', '{');
    store.setItem('bad-shape', JSON.stringify({ values: { narrative: 3 }, base: null, savedAt: 'x' }));
    store.setItem('bad-level', JSON.stringify({ ...draft, values: { ...draft.values, reportedLevel: 'HUGE' } }));
    for (const k of ['bad-json', 'bad-shape', 'bad-level']) {
      expect(loadDraft(store, k)).toBeNull();
      expect(store.data.has(k)).toBe(false);
    }
  });

  it('says so when the browser refuses to keep it', () => {
    const full: DraftStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(saveDraft(full, 'k', draft)).toBe(false);
  });
});
