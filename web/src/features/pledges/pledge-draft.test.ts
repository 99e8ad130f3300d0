import { describe, expect, it } from 'vitest';
import { clearPledgeDraft, loadPledgeDraft, pledgeDraftKey, savePledgeDraft } from './pledge-draft';
import { emptyPledge } from './pledge-fields';

const memory = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
};

describe('the kept copy of a pledge', () => {
  const key = pledgeDraftKey('account-1', null);
  const values = {
    ...emptyPledge('MAR'),
    title: 'Typed',
    participants: [{ name: 'Ghana', kind: 'MEMBER_STATE' as const, country: 'GHA' }],
  };

  it('is one per account and pledge', () => {
    expect(key).toBe('gcm-tracker.pledge-draft:account-1:new');
    expect(pledgeDraftKey('account-2', 'p1')).toBe('gcm-tracker.pledge-draft:account-2:p1');
  });

  it('comes back as it was kept, with the version it started from', () => {
    const store = memory();
    const draft = { values, base: { version: 3, values: emptyPledge('MAR') }, savedAt: '2026-12-03T06:00:00.000Z' };
    expect(savePledgeDraft(store, key, draft)).toBe(true);
    expect(loadPledgeDraft(store, key)).toEqual(draft);
    clearPledgeDraft(store, key);
    expect(loadPledgeDraft(store, key)).toBeNull();
  });

  it('drops a copy in another shape', () => {
    const store = memory();
    store.setItem(key, JSON.stringify({ values: { ...values, type: 'SOLO' }, base: null, savedAt: 'x' }));
    expect(loadPledgeDraft(store, key)).toBeNull();
    expect(store.items.has(key)).toBe(false);
    store.setItem(key, '{not json');
    expect(loadPledgeDraft(store, key)).toBeNull();
  });

  it('says when the browser refuses to keep it', () => {
    const full = {
      ...memory(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(savePledgeDraft(full, key, { values, base: null, savedAt: 'x' })).toBe(false);
  });
});
