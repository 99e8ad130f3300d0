import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildReferenceRows, ReferenceDataError, type ReferenceInputs, type ReferenceRows } from './reference-data.js';
import { loadReferenceInputs } from './reference-sync.js';

type Row = Record<string, unknown>;

const GEOGRAPHIC_CODES = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'];
const REVIEW_CODES = ['ECA', 'ECLAC', 'ESCAP', 'ESCWA', 'UNECE'];

/** The one row whose `key` is `value`; fails the test when there is none or several. */
function only(rows: Row[], key: string, value: unknown): Row {
  const found = rows.filter((r) => r[key] === value);
  if (found.length !== 1) throw new Error(`expected one row with ${key}=${String(value)}, found ${found.length}`);
  return found[0];
}

/** The error thrown by `fn`, so that both its class and its message can be checked. */
function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

describe("buildReferenceRows with the project's reference files", () => {
  let inputs: ReferenceInputs;
  let rows: ReferenceRows;
  /** A fresh deep copy of the real inputs, to alter in one error case. */
  const altered = (): ReferenceInputs => structuredClone(inputs);

  const memberships = (filter: (m: Row) => boolean): Row[] => rows.region_membership.filter(filter);
  const regionalMembersOf = (code: string): unknown[] =>
    memberships((m) => m.region_code === code && m.kind === 'REGIONAL').map((m) => m.country_iso3);

  beforeAll(async () => {
    inputs = await loadReferenceInputs();
    rows = buildReferenceRows(inputs);
  });

  describe('objectives, guiding principles and round tables', () => {
    it('has the 23 objectives, numbered 1 to 23', () => {
      expect(rows.objective).toHaveLength(23);
      expect(rows.objective.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    });

    it('gives objective 16 its English title and flags its unconfirmed Spanish title', () => {
      const o16 = only(rows.objective, 'number', 16);
      expect(o16.title_en).toBe('Empower migrants and societies to realize full inclusion and social cohesion');
      expect(o16.title_es_confirmed).toBe(false);
      expect(o16.title_fr_confirmed).toBe(true);
      expect(o16.short_title_en).toBe('Inclusion and social cohesion');
    });

    it('copies the confirmation flags of every translated title from the reference file', () => {
      for (const source of inputs.gcm.objectives) {
        const row = only(rows.objective, 'number', source.number);
        expect([source.number, row.title_fr_confirmed, row.title_es_confirmed]).toEqual([
          source.number,
          Boolean(source.title.fr) && source.titleConfirmed.fr,
          Boolean(source.title.es) && source.titleConfirmed.es,
        ]);
      }
      expect(only(rows.objective, 'number', 18)).toMatchObject({ title_fr_confirmed: false, title_es_confirmed: true });
    });

    it('has the 10 guiding principles, lettered a to j', () => {
      expect(rows.guiding_principle).toHaveLength(10);
      expect(rows.guiding_principle.map((g) => [g.number, g.letter])).toEqual('abcdefghij'.split('').map((letter, i) => [i + 1, letter]));
      expect(only(rows.guiding_principle, 'number', 1)).toMatchObject({ name_en: 'People-centred', compact_paragraph: '15(a)' });
    });

    it('has 4 IMRF 2022 round tables, round table 3 covering objectives 14, 15, 16, 19, 20, 22', () => {
      expect(rows.imrf_round_table.map((rt) => rt.number)).toEqual([1, 2, 3, 4]);
      const objectivesOf = (n: number): unknown[] => rows.objective.filter((o) => o.imrf_round_table_number === n).map((o) => o.number);
      expect(objectivesOf(3)).toEqual([14, 15, 16, 19, 20, 22]);
      expect(objectivesOf(1)).toEqual([2, 5, 6, 12, 18]);
      expect(rows.objective.every((o) => [1, 2, 3, 4].includes(o.imrf_round_table_number as number))).toBe(true);
    });

    it('flags round-table thematic labels that are not confirmed', () => {
      expect(only(rows.imrf_round_table, 'number', 1).thematic_label_confirmed).toBe(true);
      expect(only(rows.imrf_round_table, 'number', 3)).toMatchObject({ label: 'Round table three', thematic_label_confirmed: false });
    });
  });

  describe('countries', () => {
    it('has exactly the 193 UN member states plus the State of Palestine as an observer', () => {
      expect(rows.country.filter((c) => c.un_status === 'MEMBER_STATE')).toHaveLength(193);
      expect(rows.country.filter((c) => c.un_status === 'OBSERVER_STATE').map((c) => c.iso3)).toEqual(['PSE']);
      expect(rows.country).toHaveLength(194);
      expect(new Set(rows.country.map((c) => c.iso3)).size).toBe(194);
    });

    it('leaves out the Holy See, which is in no regional commission', () => {
      expect(rows.country.find((c) => c.iso3 === 'VAT')).toBeUndefined();
    });

    it('uses the UN M49 English names', () => {
      // M49 writes Côte d’Ivoire with a right single quotation mark (U+2019), not an ASCII apostrophe.
      expect(only(rows.country, 'iso3', 'CIV').name_en).toBe('C\u00f4te d\u2019Ivoire');
      expect(only(rows.country, 'iso3', 'TUR').name_en).toBe('Türkiye');
      expect(only(rows.country, 'iso3', 'PSE')).toMatchObject({ name_en: 'State of Palestine', m49_code: '275' });
    });

    it('prefers the override file to world-countries for French and Spanish names', () => {
      expect(only(rows.country, 'iso3', 'SWZ')).toMatchObject({ name_fr: 'Eswatini', name_es: 'Eswatini' });
      expect(only(rows.country, 'iso3', 'CPV').name_fr).toBe('Cabo Verde');
      expect(only(rows.country, 'iso3', 'MAR')).toMatchObject({ name_fr: 'Maroc', name_es: 'Marruecos' });
    });

    it('does not leak the internal continent field into the country rows', () => {
      expect(Object.keys(only(rows.country, 'iso3', 'USA')).sort()).toEqual(
        ['iso3', 'm49_code', 'name_en', 'name_es', 'name_fr', 'official_name_en', 'un_status', 'search_names'].sort(),
      );
    });

    it('folds every name a country may be searched by: no accents, lower case, other usual names', () => {
      const names = (iso3: string): string[] => String(only(rows.country, 'iso3', iso3).search_names).split(' | ');
      expect(names('TUR')).toEqual(expect.arrayContaining(['turkiye', 'turquie', 'turquia', 'republic of turkey']));
      expect(names('CIV')).toEqual(expect.arrayContaining(["cote d'ivoire", 'ivory coast']));
      expect(names('EGY')).toEqual(expect.arrayContaining(['egypt', 'egypte', 'egipto']));
      expect(
        rows.country.every((c) => c.search_names === String(c.search_names).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()),
      ).toBe(true);
    });
  });

  describe('regions and memberships', () => {
    it('has the five review regions and the five M49 continents', () => {
      expect(rows.region.filter((r) => r.scheme === 'REVIEW').map((r) => r.code)).toEqual(REVIEW_CODES);
      expect(rows.region.filter((r) => r.scheme === 'GEOGRAPHIC').map((r) => r.code)).toEqual(GEOGRAPHIC_CODES);
    });

    it('puts every country in exactly one geographic region, the one M49 gives', () => {
      const geographic = new Set(rows.region.filter((r) => r.scheme === 'GEOGRAPHIC').map((r) => r.code));
      const continentsOf = new Map<unknown, unknown[]>();
      for (const m of memberships((m) => geographic.has(m.region_code))) {
        continentsOf.set(m.country_iso3, [...(continentsOf.get(m.country_iso3) ?? []), m.region_code]);
      }
      expect([...continentsOf.keys()].sort()).toEqual(rows.country.map((c) => c.iso3).sort());
      expect([...continentsOf.values()].filter((list) => list.length !== 1)).toEqual([]);
      expect(Object.fromEntries(['MAR', 'USA', 'TUR', 'FRA', 'AUS', 'PSE'].map((iso3) => [iso3, continentsOf.get(iso3)]))).toEqual({
        MAR: ['AFRICA'],
        USA: ['AMERICAS'],
        TUR: ['ASIA'],
        FRA: ['EUROPE'],
        AUS: ['OCEANIA'],
        PSE: ['ASIA'],
      });
    });

    it('counts the regional members of each review region', () => {
      expect(Object.fromEntries(REVIEW_CODES.map((code) => [code, regionalMembersOf(code).length]))).toEqual({
        ECA: 54,
        ECLAC: 33,
        ESCAP: 49,
        ESCWA: 20,
        UNECE: 56,
      });
    });

    it('makes Morocco and Egypt regional members of both ECA and ESCWA, and of Africa', () => {
      for (const iso3 of ['MAR', 'EGY']) {
        const regional = memberships((m) => m.country_iso3 === iso3 && m.kind === 'REGIONAL').map((m) => m.region_code);
        expect([iso3, [...regional].sort()]).toEqual([iso3, ['AFRICA', 'ECA', 'ESCWA']]);
      }
    });

    it('makes the United States a non-regional member of ECLAC and ESCAP', () => {
      expect(
        memberships((m) => m.country_iso3 === 'USA' && m.kind === 'NON_REGIONAL')
          .map((m) => m.region_code)
          .sort(),
      ).toEqual(['ECLAC', 'ESCAP']);
      expect(
        memberships((m) => m.country_iso3 === 'USA' && m.kind === 'REGIONAL')
          .map((m) => m.region_code)
          .sort(),
      ).toEqual(['AMERICAS', 'UNECE']);
    });

    it('does not list Djibouti in ESCWA and says why the membership is incomplete', () => {
      expect(regionalMembersOf('ESCWA')).not.toContain('DJI');
      expect(memberships((m) => m.region_code === 'ESCWA' && m.country_iso3 === 'DJI')).toEqual([]);
      const escwa = only(rows.region, 'code', 'ESCWA');
      expect(escwa.membership_complete).toBe(false);
      expect(escwa.note).toEqual(expect.stringContaining('Djibouti'));
      expect(only(rows.region, 'code', 'ECA').membership_complete).toBe(true);
    });

    it("writes each (region, country) pair once, as the table's primary key requires", () => {
      const pairs = rows.region_membership.map((m) => `${String(m.region_code)}/${String(m.country_iso3)}`);
      expect(new Set(pairs).size).toBe(pairs.length);
    });

    it('only refers to known regions and countries', () => {
      const regions = new Set(rows.region.map((r) => r.code));
      const countries = new Set(rows.country.map((c) => c.iso3));
      expect(rows.region_membership.filter((m) => !regions.has(m.region_code) || !countries.has(m.country_iso3))).toEqual([]);
    });
  });

  describe('champion countries', () => {
    it('has the 35 confirmed champions', () => {
      expect(rows.champion_country).toHaveLength(35);
      const countries = new Set(rows.country.map((c) => c.iso3));
      expect(rows.champion_country.filter((c) => !countries.has(c.country_iso3))).toEqual([]);
    });

    it('keeps a join year only where it is a year, and the text otherwise', () => {
      expect(only(rows.champion_country, 'country_iso3', 'BGD')).toMatchObject({ joined_year: 2020, joined_note: null });
      const phl = only(rows.champion_country, 'country_iso3', 'PHL');
      expect(phl.joined_year).toBeNull();
      expect(phl.joined_note).toEqual(expect.stringMatching(/\S/));
      expect(only(rows.champion_country, 'country_iso3', 'AZE')).toMatchObject({ joined_year: null, joined_note: null });
    });
  });

  describe('review cycles', () => {
    it('codes the 13 review events', () => {
      expect(rows.review_cycle).toHaveLength(13);
      const codes = rows.review_cycle.map((c) => c.code);
      expect(codes).toEqual(expect.arrayContaining(['IMRF-2022', 'IMRF-2026', 'IMRF-2030', 'RR1-UNECE-2020', 'RR2-ECA-2024']));
      expect(new Set(codes).size).toBe(13);
    });

    it('dates IMRF 2022 and opens its reporting window 180 days before, closing it the day before', () => {
      expect(only(rows.review_cycle, 'code', 'IMRF-2022')).toMatchObject({
        kind: 'IMRF',
        round: null,
        region_code: null,
        year: 2022,
        start_date: '2022-05-17',
        end_date: '2022-05-20',
        reporting_opens_on: '2021-11-18',
        reporting_closes_on: '2022-05-16',
      });
    });

    it('gives regional reviews their region and round', () => {
      expect(only(rows.review_cycle, 'code', 'RR2-ECA-2024')).toMatchObject({ kind: 'REGIONAL', region_code: 'ECA', round: 2, year: 2024 });
      expect(only(rows.review_cycle, 'code', 'RR1-UNECE-2020')).toMatchObject({
        kind: 'REGIONAL',
        region_code: 'UNECE',
        round: 1,
        start_date: '2020-11-12',
      });
    });

    it('leaves the unconfirmed IMRF 2030 without dates and without a reporting window', () => {
      expect(only(rows.review_cycle, 'code', 'IMRF-2030')).toMatchObject({
        confirmed: false,
        year: 2030,
        start_date: null,
        end_date: null,
        reporting_opens_on: null,
        reporting_closes_on: null,
      });
    });
  });

  describe('refuses inconsistent inputs', () => {
    it('throws when an objective has no confirmed English title', () => {
      const unconfirmed = altered();
      unconfirmed.gcm.objectives[4].titleConfirmed.en = false;
      const err = errorOf(() => buildReferenceRows(unconfirmed));
      expect(err).toBeInstanceOf(ReferenceDataError);
      expect((err as Error).message).toContain('objective 5');

      const missing = altered();
      missing.gcm.objectives[0].title.en = null;
      expect(() => buildReferenceRows(missing)).toThrow(ReferenceDataError);
    });

    it('throws when a champion is not a known country', () => {
      const input = altered();
      input.gcm.championCountries[0].iso3 = 'VAT';
      const err = errorOf(() => buildReferenceRows(input));
      expect(err).toBeInstanceOf(ReferenceDataError);
      expect((err as Error).message).toContain('champion VAT');
    });

    it('throws when a regional review names an unknown region', () => {
      const input = altered();
      const review = input.gcm.reviewEvents.find((e) => e.kind === 'REGIONAL');
      if (!review) throw new Error('the reference file has no regional review');
      review.region = 'NOWHERE';
      const err = errorOf(() => buildReferenceRows(input));
      expect(err).toBeInstanceOf(ReferenceDataError);
      expect((err as Error).message).toContain(review.name);

      const noRound = altered();
      const other = noRound.gcm.reviewEvents.find((e) => e.kind === 'REGIONAL');
      if (!other) throw new Error('the reference file has no regional review');
      delete other.round;
      expect(() => buildReferenceRows(noRound)).toThrow(ReferenceDataError);
    });

    it('throws when a UN member state is in no regional commission', () => {
      const input = altered();
      for (const rc of input.gcm.regionalCommissions) {
        rc.memberIso3 = rc.memberIso3.filter((iso3) => iso3 !== 'FRA');
        rc.nonRegionalIso3 = (rc.nonRegionalIso3 ?? []).filter((iso3) => iso3 !== 'FRA');
      }
      const err = errorOf(() => buildReferenceRows(input));
      expect(err).toBeInstanceOf(ReferenceDataError);
      expect((err as Error).message).toContain('expected 193 UN member states in the regional commissions, found 192');
    });

    it('does not alter the inputs it reads', () => {
      const input = altered();
      const before = JSON.stringify(input.gcm);
      buildReferenceRows(input);
      expect(JSON.stringify(input.gcm)).toBe(before);
    });
  });
});
