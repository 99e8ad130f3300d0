import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildReferenceRows, ReferenceDataError, type ReferenceInputs, type ReferenceRows } from './reference-data.js';
import { loadReferenceInputs } from './reference-sync.js';

type Row = Record<string, unknown>;
const by = (rows: Row[], key: string, value: unknown): Row | undefined => rows.find((r) => r[key] === value);
const copy = (inputs: ReferenceInputs): ReferenceInputs => ({ ...inputs, gcm: structuredClone(inputs.gcm) });

describe('reference rows built from the project\'s reference files', () => {
  let inputs: ReferenceInputs;
  let rows: ReferenceRows;
  beforeAll(async () => {
    inputs = await loadReferenceInputs();
    rows = buildReferenceRows(inputs);
  });

  it('keeps only verified translations of objective titles', () => {
    expect(rows.objective).toHaveLength(23);
    const o16 = by(rows.objective, 'number', 16);
    expect(o16).toMatchObject({
      title_en: 'Empower migrants and societies to realize full inclusion and social cohesion',
      title_fr_confirmed: true,
      title_es_confirmed: false,
      compact_paragraph: 32,
      imrf_round_table_number: 3,
    });
    expect(by(rows.objective, 'number', 18)).toMatchObject({ title_fr_confirmed: false, title_es_confirmed: true });
  });

  it('has 193 member states plus the State of Palestine, with UN names', () => {
    expect(rows.country.filter((c) => c.un_status === 'MEMBER_STATE')).toHaveLength(193);
    expect(rows.country.filter((c) => c.un_status === 'OBSERVER_STATE').map((c) => c.iso3)).toEqual(['PSE']);
    expect(by(rows.country, 'iso3', 'VAT')).toBeUndefined();
    expect(by(rows.country, 'iso3', 'TUR')?.name_en).toBe('Türkiye');
    expect(by(rows.country, 'iso3', 'SWZ')?.name_fr).toBe('Eswatini');
  });

  it('puts every country in exactly one M49 continent and counts only regional members in review regions', () => {
    const geographic = new Set(['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA']);
    const continents = new Map<unknown, number>();
    for (const m of rows.region_membership) if (geographic.has(m.region_code as string)) continents.set(m.country_iso3, (continents.get(m.country_iso3) ?? 0) + 1);
    expect(continents.size).toBe(194);
    expect([...continents.values()].every((n) => n === 1)).toBe(true);
    const regional = (code: string): unknown[] => rows.region_membership.filter((m) => m.region_code === code && m.kind === 'REGIONAL').map((m) => m.country_iso3);
    expect(Object.fromEntries(['ECA', 'ECLAC', 'ESCAP', 'ESCWA', 'UNECE'].map((c) => [c, regional(c).length]))).toEqual({ ECA: 54, ECLAC: 33, ESCAP: 49, ESCWA: 20, UNECE: 56 });
    for (const iso3 of ['MAR', 'EGY']) expect([regional('ECA').includes(iso3), regional('ESCWA').includes(iso3)]).toEqual([true, true]);
    expect(rows.region_membership.filter((m) => m.country_iso3 === 'USA' && m.kind === 'NON_REGIONAL').map((m) => m.region_code).sort()).toEqual(['ECLAC', 'ESCAP']);
    expect(regional('ESCWA')).not.toContain('DJI');
    expect(by(rows.region, 'code', 'ESCWA')).toMatchObject({ membership_complete: false });
    expect(String(by(rows.region, 'code', 'ESCWA')?.note)).toContain('Djibouti');
  });

  it('loads the 35 confirmed champions, with a join year only where sourced', () => {
    expect(rows.champion_country).toHaveLength(35);
    expect(by(rows.champion_country, 'country_iso3', 'BGD')).toMatchObject({ joined_year: 2020, joined_note: null });
    expect(by(rows.champion_country, 'country_iso3', 'PHL')).toMatchObject({ joined_year: null, joined_note: 'by Dec 2021 (exact date unknown)' });
  });

  it('turns review events into coded cycles with a default reporting window, undated ones without', () => {
    expect(rows.review_cycle).toHaveLength(13);
    expect(by(rows.review_cycle, 'code', 'IMRF-2022')).toMatchObject({
      start_date: '2022-05-17',
      end_date: '2022-05-20',
      reporting_opens_on: '2021-11-18',
      reporting_closes_on: '2022-05-16',
    });
    expect(by(rows.review_cycle, 'code', 'RR2-ECA-2024')).toMatchObject({ kind: 'REGIONAL', round: 2, region_code: 'ECA' });
    expect(by(rows.review_cycle, 'code', 'IMRF-2030')).toMatchObject({ confirmed: false, start_date: null, reporting_opens_on: null });
  });

  it('refuses inconsistent reference files instead of loading them', () => {
    const noEnglish = copy(inputs);
    noEnglish.gcm.objectives[0].titleConfirmed.en = false;
    expect(() => buildReferenceRows(noEnglish)).toThrow(ReferenceDataError);

    const unknownChampion = copy(inputs);
    unknownChampion.gcm.championCountries[0].iso3 = 'XXX';
    expect(() => buildReferenceRows(unknownChampion)).toThrow(/champion XXX/);

    const unknownRegion = copy(inputs);
    const review = unknownRegion.gcm.reviewEvents.find((e) => e.kind === 'REGIONAL');
    if (review) review.region = 'NOWHERE';
    expect(() => buildReferenceRows(unknownRegion)).toThrow(/known region/);

    const missingMember = copy(inputs);
    for (const rc of missingMember.gcm.regionalCommissions) {
      rc.memberIso3 = rc.memberIso3.filter((iso3) => iso3 !== 'FRA');
      rc.nonRegionalIso3 = (rc.nonRegionalIso3 ?? []).filter((iso3) => iso3 !== 'FRA');
    }
    expect(() => buildReferenceRows(missingMember)).toThrow(/193 UN member states/);
  });
});
