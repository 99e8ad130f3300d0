import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const OBJECTIVE_16_EN = 'Empower migrants and societies to realize full inclusion and social cohesion';

interface CountryNode {
  iso3: string;
  name: string;
  isChampion: boolean;
  regions: { code: string; scheme: string }[];
}

describe('GCM reference model over GraphQL (anonymous caller)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('objectives', () => {
    it('lists the 23 objectives with Objective 16 titled exactly as in the Compact', async () => {
      const res = await t.gql<{ objectives: { number: number; title: string }[] }>('{ objectives { number title } }');
      expect(res.errors).toBeUndefined();
      expect(res.data?.objectives.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
      expect(res.data?.objectives[15]).toEqual({ number: 16, title: OBJECTIVE_16_EN });
    });

    it('serves a verified French title, and falls back to English (saying so) where the Spanish one is unverified', async () => {
      const q = `query($lang: Language!) { objective(number: 16, lang: $lang) { title titleLanguage shortTitle shortTitleLanguage compactParagraph sources } }`;
      const fr = await t.gql<{ objective: Record<string, unknown> }>(q, { lang: 'FR' });
      expect(fr.data?.objective).toMatchObject({
        title: 'Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de la cohésion sociale',
        titleLanguage: 'FR',
        shortTitle: 'Intégration et cohésion sociale',
        compactParagraph: 32,
      });
      const es = await t.gql<{ objective: Record<string, unknown> }>(q, { lang: 'ES' });
      expect(es.data?.objective).toMatchObject({
        title: OBJECTIVE_16_EN,
        titleLanguage: 'EN',
        shortTitle: 'Inclusión y cohesión social',
        shortTitleLanguage: 'ES',
      });
      expect((es.data?.objective.sources as string[]).length).toBeGreaterThan(0);
    });

    it('serves the Spanish titles of Objectives 3, 20 and 23 as confirmed, with the UN Women policy guide as their source', async () => {
      const res = await t.gql<{ objectives: { number: number; title: string; titleLanguage: string; sources: string[] }[] }>(
        '{ objectives(lang: ES) { number title titleLanguage sources } }',
      );
      expect(res.errors).toBeUndefined();
      const byNumber = new Map(res.data?.objectives.map((o) => [o.number, o]));
      expect([3, 20, 23].map((n) => [n, byNumber.get(n)?.title, byNumber.get(n)?.titleLanguage])).toEqual([
        [3, 'Proporcionar información exacta y oportuna en todas las etapas de la migración', 'ES'],
        [
          20,
          'Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la inclusión financiera de los migrantes',
          'ES',
        ],
        [23, 'Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular', 'ES'],
      ]);
      for (const n of [3, 20, 23])
        expect(byNumber.get(n)?.sources).toEqual([
          expect.stringMatching(new RegExp(`^https://ppguide\\.unwomen\\.org/es/objective/${n} \\(UN Women`)),
        ]);
    });

    it('gives each objective its IMRF 2022 round table, and each round table its objectives', async () => {
      const res = await t.gql<{
        objective: { imrfRoundTable: { number: number } };
        roundTables: { number: number; thematicLabelConfirmed: boolean; objectives: { number: number }[] }[];
      }>('{ objective(number: 16) { imrfRoundTable { number } } roundTables { number thematicLabelConfirmed objectives { number } } }');
      expect(res.errors).toBeUndefined();
      expect(res.data?.objective.imrfRoundTable.number).toBe(3);
      const tables = res.data?.roundTables ?? [];
      expect(tables.map((rt) => rt.number)).toEqual([1, 2, 3, 4]);
      expect(tables[2].objectives.map((o) => o.number)).toEqual([14, 15, 16, 19, 20, 22]);
      expect(tables[2].thematicLabelConfirmed).toBe(false);
      expect(tables.flatMap((rt) => rt.objectives.map((o) => o.number)).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 23 }, (_, i) => i + 1),
      );
    });

    it('rejects an objective number outside 1-23 with BAD_USER_INPUT naming the field', async () => {
      const res = await t.gql('{ objective(number: 24) { title } }');
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'number', messages: ['number must not be greater than 23'] }]);
    });
  });

  it('lists the ten guiding principles in the order of paragraph 15, in French on request', async () => {
    const res = await t.gql<{ guidingPrinciples: { number: number; letter: string; name: string; nameLanguage: string }[] }>(
      '{ guidingPrinciples(lang: FR) { number letter name nameLanguage } }',
    );
    expect(res.data?.guidingPrinciples).toHaveLength(10);
    expect(res.data?.guidingPrinciples[0]).toEqual({ number: 1, letter: 'a', name: 'Priorité à la dimension humaine', nameLanguage: 'FR' });
    expect(res.data?.guidingPrinciples.map((p) => p.letter).join('')).toBe('abcdefghij');
  });

  describe('countries and regions', () => {
    it('lists the 35 confirmed champion countries', async () => {
      const res = await t.gql<{ countries: { totalCount: number; nodes: CountryNode[] } }>(
        '{ countries(filter: { championOnly: true }, first: 100) { totalCount nodes { iso3 name isChampion regions { code scheme } } } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.countries.totalCount).toBe(35);
      const nodes = res.data?.countries.nodes ?? [];
      expect(nodes).toHaveLength(35);
      expect(nodes.every((c) => c.isChampion)).toBe(true);
      expect(nodes.map((c) => c.iso3)).toEqual(expect.arrayContaining(['MAR', 'MEX', 'PHL', 'PRT', 'KEN', 'TUR', 'LKA']));
      expect(nodes.map((c) => c.iso3)).not.toContain('TUN');
    });

    it('pages through all 193 member states and the State of Palestine without gaps or repeats', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 10; page += 1) {
        const res: Awaited<ReturnType<TestApp['gql']>> = await t.gql(
          `query($after: String) { countries(first: 50, after: $after) { totalCount nodes { iso3 unStatus } pageInfo { hasNextPage endCursor } edges { cursor } } }`,
          { after },
        );
        const conn = (
          res.data as {
            countries: { totalCount: number; nodes: { iso3: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
          }
        ).countries;
        total = conn.totalCount;
        seen.push(...conn.nodes.map((n) => n.iso3));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(total).toBe(194);
      expect(seen).toHaveLength(194);
      expect(new Set(seen).size).toBe(194);
    });

    it('answers country(iso3) with regions in both schemes and the champion record', async () => {
      const res = await t.gql<{ country: Record<string, unknown> & { regions: { code: string; scheme: string }[] } }>(
        '{ country(iso3: "mar") { iso3 name officialName unStatus isChampion champion { joinedYear sources } regions { code scheme } } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.country).toMatchObject({
        iso3: 'MAR',
        name: 'Morocco',
        officialName: 'Kingdom of Morocco',
        unStatus: 'MEMBER_STATE',
        isChampion: true,
      });
      expect(res.data?.country.regions.map((r) => `${r.scheme}:${r.code}`).sort()).toEqual([
        'GEOGRAPHIC:AFRICA',
        'REVIEW:ECA',
        'REVIEW:ESCWA',
      ]);
    });

    it('uses UN names, with accents intact, in the three languages', async () => {
      const res = await t.gql<{ en: { name: string }; fr: { name: string }; tur: { name: string } }>(
        '{ en: country(iso3: "CIV") { name } fr: country(iso3: "CIV", lang: FR) { name } tur: country(iso3: "TUR") { name } }',
      );
      expect(res.data?.en.name).toBe('Côte d’Ivoire');
      expect(res.data?.fr.name).toBe("Côte d'Ivoire");
      expect(res.data?.tur.name).toBe('Türkiye');
    });

    it('filters countries by region and by search in any language', async () => {
      const res = await t.gql<{ eca: { totalCount: number }; escwa: { totalCount: number }; search: { nodes: { iso3: string }[] } }>(
        `{ eca: countries(filter: { region: "ECA", scheme: REVIEW }) { totalCount }
           escwa: countries(filter: { region: "ESCWA", championOnly: true }) { totalCount }
           search: countries(filter: { search: "maroc" }) { nodes { iso3 } } }`,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.eca.totalCount).toBe(54);
      // ESCWA champions: Egypt, Iraq, Morocco.
      expect(res.data?.escwa.totalCount).toBe(3);
      expect(res.data?.search.nodes).toEqual([{ iso3: 'MAR' }]);
    });

    it('lists regions of a scheme with their regional members only', async () => {
      const res = await t.gql<{ regions: { code: string; membershipComplete: boolean; countries: { iso3: string }[] }[] }>(
        '{ regions(scheme: REVIEW) { code membershipComplete countries { iso3 } } }',
      );
      const byCode = new Map((res.data?.regions ?? []).map((r) => [r.code, r]));
      expect([...byCode.keys()].sort()).toEqual(['ECA', 'ECLAC', 'ESCAP', 'ESCWA', 'UNECE']);
      expect(byCode.get('ECLAC')?.countries).toHaveLength(33);
      expect(byCode.get('ECLAC')?.countries.map((c) => c.iso3)).not.toContain('USA');
      expect(byCode.get('ESCWA')?.membershipComplete).toBe(false);
      for (const code of ['ECA', 'ESCWA']) expect(byCode.get(code)?.countries.map((c) => c.iso3)).toContain('MAR');
    });

    it('explains bad filters and unknown codes with a code and the field', async () => {
      const unknownRegion = await t.gql('{ countries(filter: { region: "ATLANTIS" }) { totalCount } }');
      expect(unknownRegion.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'filter.region', messages: ['unknown region ATLANTIS'] }],
      });
      const wrongScheme = await t.gql('{ countries(filter: { region: "ECA", scheme: GEOGRAPHIC }) { totalCount } }');
      expect(wrongScheme.errors?.[0].extensions?.fields?.[0].field).toBe('filter.scheme');
      const tooMany = await t.gql('{ countries(first: 500) { totalCount } }');
      expect(tooMany.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'first', messages: ['first must not be greater than 200'] }],
      });
      const badCursor = await t.gql('{ countries(after: "not-a-cursor") { totalCount } }');
      expect(badCursor.errors?.[0].extensions?.fields?.[0].field).toBe('after');
      const badIso = await t.gql('{ country(iso3: "MA") { name } }');
      expect(badIso.errors?.[0].extensions?.fields?.[0].field).toBe('iso3');
      const missing = await t.gql<{ country: unknown }>('{ country(iso3: "ZZZ") { name } }');
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(missing.data?.country).toBeNull();
    });
  });

  describe('review cycles', () => {
    it('answers reviewCycle(code: "IMRF-2022") with its dates, place and reporting window', async () => {
      const res = await t.gql<{ reviewCycle: Record<string, unknown> }>(
        '{ reviewCycle(code: "IMRF-2022") { code kind name startDate endDate location confirmed reportingOpensOn reportingClosesOn region { code } } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.reviewCycle).toEqual({
        code: 'IMRF-2022',
        kind: 'IMRF',
        name: 'First International Migration Review Forum (IMRF 2022)',
        startDate: '2022-05-17',
        endDate: '2022-05-20',
        location: 'UN Headquarters, New York',
        confirmed: true,
        reportingOpensOn: '2021-11-18',
        reportingClosesOn: '2022-05-16',
        region: null,
      });
    });

    it('filters cycles by kind, region and year, oldest first, unscheduled last', async () => {
      const res = await t.gql<{
        regional: { code: string; round: number; region: { code: string } }[];
        eca: { code: string }[];
        y2024: { code: string }[];
        imrf: { code: string; confirmed: boolean; startDate: string | null }[];
      }>(
        `{ regional: reviewCycles(filter: { kind: REGIONAL }) { code round region { code } }
           eca: reviewCycles(filter: { region: "ECA" }) { code }
           y2024: reviewCycles(filter: { year: 2024 }) { code }
           imrf: reviewCycles(filter: { kind: IMRF }) { code confirmed startDate } }`,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.regional).toHaveLength(10);
      expect(res.data?.regional.filter((c) => c.round === 1)).toHaveLength(5);
      expect(res.data?.eca.map((c) => c.code)).toEqual(['RR1-ECA-2021', 'RR2-ECA-2024']);
      expect(res.data?.y2024.map((c) => c.code)).toEqual(['RR2-UNECE-2024', 'RR2-ESCWA-2024', 'RR2-ECA-2024']);
      expect(res.data?.imrf).toEqual([
        { code: 'IMRF-2022', confirmed: true, startDate: '2022-05-17' },
        { code: 'IMRF-2026', confirmed: true, startDate: '2026-05-05' },
        { code: 'IMRF-2030', confirmed: false, startDate: null },
      ]);
    });

    it('rejects a malformed cycle code and reports an unknown one as NOT_FOUND', async () => {
      const bad = await t.gql('{ reviewCycle(code: "imrf 2022") { code } }');
      expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('code');
      const missing = await t.gql('{ reviewCycle(code: "IMRF-2018") { code } }');
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });
});
