import { describe, expect, it } from 'vitest';
import { previousCycle } from './defaults';

const CYCLES = [
  { code: 'RR1-ECA-2021', kind: 'REGIONAL', round: 1, year: 2021, region: { code: 'ECA' } },
  { code: 'RR1-UNECE-2020', kind: 'REGIONAL', round: 1, year: 2020, region: { code: 'UNECE' } },
  { code: 'IMRF-2022', kind: 'IMRF', round: null, year: 2022, region: null },
  { code: 'RR2-ECA-2024', kind: 'REGIONAL', round: 2, year: 2024, region: { code: 'ECA' } },
  { code: 'IMRF-2026', kind: 'IMRF', round: null, year: 2026, region: null },
];

describe('the cycle a comparison starts from', () => {
  it("is the same commission's previous round for a regional review", () => {
    expect(previousCycle(CYCLES[3], CYCLES)).toBe('RR1-ECA-2021');
  });
  it('is the previous IMRF for an IMRF', () => {
    expect(previousCycle(CYCLES[4], CYCLES)).toBe('IMRF-2022');
  });
  it('is none for a first round or the first IMRF', () => {
    expect(previousCycle(CYCLES[0], CYCLES)).toBeNull();
    expect(previousCycle(CYCLES[2], CYCLES)).toBeNull();
    expect(previousCycle(undefined, CYCLES)).toBeNull();
  });
});
