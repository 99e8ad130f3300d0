import { describe, expect, it } from 'vitest';
import { activeEntry, type NavEntry } from './nav';

const ENTRIES: NavEntry[] = [
  { to: '/', key: 'dashboard', end: true },
  { to: '/pledges', key: 'pledges' },
  { to: '/practices', key: 'practices' },
  { to: '/reports', key: 'reports' },
  { to: '/my-pledges', key: 'myPledges', claims: /^\/pledges\/(new|[^/]+\/(edit|update))$/ },
  { to: '/my-practices', key: 'myPractices', claims: /^\/practices\/(new|[^/]+\/edit)$/ },
];

describe('the active navigation entry', () => {
  it('is the entry the address is, or is under', () => {
    expect(activeEntry('/', ENTRIES)).toBe('dashboard');
    expect(activeEntry('/pledges', ENTRIES)).toBe('pledges');
    expect(activeEntry('/pledges/3f2a', ENTRIES)).toBe('pledges');
    expect(activeEntry('/reports/RR2-ECA-2024/16', ENTRIES)).toBe('reports');
    expect(activeEntry('/my-pledges', ENTRIES)).toBe('myPledges');
    expect(activeEntry('/pledges-elsewhere', ENTRIES)).toBeNull();
    expect(activeEntry('/sign-in', ENTRIES)).toBeNull();
  });

  it("gives a focal point's editors to their own workspace, not to the public lists", () => {
    expect(activeEntry('/pledges/new', ENTRIES)).toBe('myPledges');
    expect(activeEntry('/pledges/3f2a/edit', ENTRIES)).toBe('myPledges');
    expect(activeEntry('/pledges/3f2a/update', ENTRIES)).toBe('myPledges');
    expect(activeEntry('/practices/new', ENTRIES)).toBe('myPractices');
    expect(activeEntry('/practices/9c1b/edit', ENTRIES)).toBe('myPractices');
    // Without those entries (another role), the public list keeps them.
    expect(activeEntry('/pledges/new', ENTRIES.slice(0, 4))).toBe('pledges');
  });
});
