import { describe, expect, it } from 'vitest';
import { readFilters, writeFilters } from './url-state';

const SPECS = {
  cycle: { kind: 'string' },
  status: { kind: 'string', allowed: ['PLANNING', 'FULFILLED'] },
  objective: { kind: 'int' },
  champions: { kind: 'boolean', default: false },
  scheme: { kind: 'string', default: 'REVIEW', allowed: ['REVIEW', 'GEOGRAPHIC'] },
} as const;

describe('filters in the URL', () => {
  it('reads values of each kind, with defaults for what is absent', () => {
    const values = readFilters(new URLSearchParams('cycle=RR2-ECA-2024&objective=16&champions=true'), SPECS);
    expect(values).toEqual({ cycle: 'RR2-ECA-2024', status: null, objective: 16, champions: true, scheme: 'REVIEW' });
  });

  it('reads malformed or unknown values as the default', () => {
    const values = readFilters(new URLSearchParams('objective=sixteen&champions=maybe&status=LOST&scheme=MOON'), SPECS);
    expect(values).toEqual({ cycle: null, status: null, objective: null, champions: false, scheme: 'REVIEW' });
  });

  it('writes changes, leaves defaults and empty values out, and keeps other parameters', () => {
    const next = writeFilters(new URLSearchParams('lang=fr&cycle=X'), SPECS, {
      cycle: 'RR2-ECA-2024',
      objective: 16,
      champions: false,
      scheme: 'GEOGRAPHIC',
      status: '',
    });
    expect(next.toString()).toBe('lang=fr&cycle=RR2-ECA-2024&objective=16&scheme=GEOGRAPHIC');
  });

  it('round-trips: what is written reads back the same', () => {
    const values = { cycle: 'IMRF-2022', status: 'FULFILLED', objective: 3, champions: true, scheme: 'GEOGRAPHIC' };
    expect(readFilters(writeFilters(new URLSearchParams(), SPECS, values), SPECS)).toEqual(values);
  });
});
