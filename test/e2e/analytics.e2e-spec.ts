import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/common/auth/role.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { seedEntries } from '../factories/analytics.factory.js';
import { createPledge } from '../factories/pledges.factory.js';
import { createPractice, practiceStep } from '../factories/practices.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Headers = Record<string, string>;

/**
 * A small dataset whose figures are worked out by hand below.
 *
 * Review regions (reference data): MAR and EGY are regional members of both ECA and ESCWA,
 * KEN of ECA, JOR of ESCWA, MEX of ECLAC. MAR, EGY, KEN and MEX are champions; JOR is not.
 *
 * IMRF-2026 (levels: 0 NOT_STARTED, 1 LIMITED, 2 SUBSTANTIAL, 3 COMPLETE):
 *   MAR  O16 VALIDATED 2 | O23 VALIDATED 0 (reported 1) | O5 SUBMITTED (reported 2)
 *   EGY  O16 VALIDATED 3 | O1 RETURNED (reported 1)
 *   KEN  O16 VALIDATED 1 | O4 DRAFT (reported 0)
 *   JOR  O16 VALIDATED 2
 *   MEX  O1 VALIDATED 1  | O16 SUBMITTED (reported 3)
 * IMRF-2022: MAR O16 VALIDATED 1, KEN O16 VALIDATED 1, MEX O1 VALIDATED 0.
 * IMRF-2030: nothing (the empty cycle).
 */
const C1 = 'IMRF-2026';
const C0 = 'IMRF-2022';
const EMPTY = 'IMRF-2030';

const REGION_FIELDS = `region { code } countries champions reportingCountries entriesByState { draft submitted returned validated }
  countedEntries unvalidatedEntries distribution { notStarted limited substantial complete } meanLevel
  objectives { objectiveNumber countedEntries meanLevel distribution { notStarted limited substantial complete } }
  pledgesByStatus { planning inProgress fulfilled withdrawn } publishedGoodPractices`;
const REGIONAL = `query($cycle: String!, $scheme: RegionScheme!, $objective: Int, $championOnly: Boolean!, $includeSubmitted: Boolean!) {
  regionalProgress(cycle: $cycle, scheme: $scheme, objective: $objective, championOnly: $championOnly, includeSubmitted: $includeSubmitted) {
    cycle { code } basis includesSubmitted regions { ${REGION_FIELDS} } world { ${REGION_FIELDS} } } }`;

interface RegionFigures {
  region: { code: string } | null;
  countries: number;
  champions: number;
  reportingCountries: number;
  entriesByState: Record<string, number | null>;
  countedEntries: number;
  unvalidatedEntries: number;
  distribution: Record<string, number>;
  meanLevel: number | null;
  objectives: { objectiveNumber: number; countedEntries: number; meanLevel: number | null; distribution: Record<string, number> }[];
  pledgesByStatus: Record<string, number>;
  publishedGoodPractices: number;
}
interface Regional {
  basis: string;
  includesSubmitted: boolean;
  regions: RegionFigures[];
  world: RegionFigures;
}

const dist = (notStarted: number, limited: number, substantial: number, complete: number) => ({
  notStarted,
  limited,
  substantial,
  complete,
});

describe('regional aggregates, checked against figures worked out by hand', () => {
  let t: TestApp;
  let secretariat: Headers;
  let analyst: Headers;
  let focal: Headers;

  const regional = async (vars: Record<string, unknown>, headers: Headers = {}): Promise<Regional> => {
    const res = await t.gql<{ regionalProgress: Regional }>(
      REGIONAL,
      { scheme: 'REVIEW', objective: null, championOnly: false, includeSubmitted: false, ...vars },
      headers,
    );
    expect(res.errors).toBeUndefined();
    return res.data?.regionalProgress as Regional;
  };
  const byCode = (r: Regional, code: string): RegionFigures => r.regions.find((x) => x.region?.code === code) as RegionFigures;

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await signIn(t, (await createTestAccount(t, Role.SECRETARIAT)).email);
    analyst = await signIn(t, (await createTestAccount(t, Role.ANALYST)).email);
    focal = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MAR')).email);

    const memberships = await t.dataSource.query<unknown[]>(
      `SELECT m.country_iso3 AS iso3, string_agg(m.region_code, ',' ORDER BY m.region_code) AS regions, bool_or(ch.country_iso3 IS NOT NULL) AS champion
         FROM region_membership m JOIN region r ON r.code = m.region_code AND r.scheme = 'REVIEW'
         LEFT JOIN champion_country ch ON ch.country_iso3 = m.country_iso3
        WHERE m.kind = 'REGIONAL' AND m.country_iso3 IN ('MAR', 'EGY', 'KEN', 'JOR', 'MEX') GROUP BY m.country_iso3 ORDER BY 1`,
    );
    // The premises of the hand computation.
    expect(memberships).toEqual([
      { iso3: 'EGY', regions: 'ECA,ESCWA', champion: true },
      { iso3: 'JOR', regions: 'ESCWA', champion: false },
      { iso3: 'KEN', regions: 'ECA', champion: true },
      { iso3: 'MAR', regions: 'ECA,ESCWA', champion: true },
      { iso3: 'MEX', regions: 'ECLAC', champion: true },
    ]);

    await seedEntries(t, [
      { country: 'MAR', cycle: C1, objective: 16, state: 'VALIDATED', reported: 2 },
      { country: 'MAR', cycle: C1, objective: 23, state: 'VALIDATED', reported: 1, validated: 0 },
      { country: 'MAR', cycle: C1, objective: 5, state: 'SUBMITTED', reported: 2 },
      { country: 'EGY', cycle: C1, objective: 16, state: 'VALIDATED', reported: 3 },
      { country: 'EGY', cycle: C1, objective: 1, state: 'RETURNED', reported: 1 },
      { country: 'KEN', cycle: C1, objective: 16, state: 'VALIDATED', reported: 1 },
      { country: 'KEN', cycle: C1, objective: 4, state: 'DRAFT', reported: 0 },
      { country: 'JOR', cycle: C1, objective: 16, state: 'VALIDATED', reported: 2 },
      { country: 'MEX', cycle: C1, objective: 1, state: 'VALIDATED', reported: 1 },
      { country: 'MEX', cycle: C1, objective: 16, state: 'SUBMITTED', reported: 3 },
      { country: 'MAR', cycle: C0, objective: 16, state: 'VALIDATED', reported: 1 },
      { country: 'KEN', cycle: C0, objective: 16, state: 'VALIDATED', reported: 1 },
      { country: 'MEX', cycle: C0, objective: 1, state: 'VALIDATED', reported: 0 },
    ]);

    // Pledges: MAR IN_PROGRESS (O16), KEN FULFILLED (O4), JOR WITHDRAWN (O16), MEX PLANNING (O1),
    // and a civil-society pledge based in MAR, which is not a member state's and is not counted.
    const pledge = (country: string, status: string, objectives: number[], extra: Record<string, unknown> = {}) =>
      createPledge(t, secretariat, {
        pledgingCountry: country,
        objectives,
        initialUpdate: { status, date: '2023-01-10', narrative: 'Seeded.' },
        ...extra,
      });
    await pledge('MAR', 'IN_PROGRESS', [16]);
    await pledge('KEN', 'FULFILLED', [4]);
    await pledge('JOR', 'WITHDRAWN', [16]);
    await pledge('MEX', 'PLANNING', [1]);
    await pledge('MAR', 'PLANNING', [16], {
      pledgingEntityKind: 'CIVIL_SOCIETY',
      pledgingEntityName: 'A Rabat association',
      implementationCountries: ['MAR'],
    });

    // Published practices: one in MAR (O16), one covering the ESCWA region (O16), one global (O23);
    // and a MEX draft, which is not counted.
    const publish = async (overrides: Record<string, unknown>) => {
      const p = await createPractice(t, secretariat, { results: 'Results.', lessonsLearned: 'Lessons.', ...overrides });
      await practiceStep(t, secretariat, 'publishGoodPractice', await practiceStep(t, secretariat, 'submitGoodPractice', p));
    };
    await publish({ ownerCountry: 'MAR', countries: ['MAR'], objectives: [16] });
    await publish({ scope: 'REGIONAL', regions: ['ESCWA'], countries: [], objectives: [16] });
    await publish({ scope: 'GLOBAL', countries: [], objectives: [23] });
    await createPractice(t, secretariat, { ownerCountry: 'MEX', countries: ['MEX'], objectives: [16] });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('regionalProgress: each region, and a world total that counts Morocco and Egypt once', async () => {
    const r = await regional({ cycle: C1 }, secretariat);
    expect(r.basis).toBe('Validated levels only');
    expect(r.regions.map((x) => x.region?.code)).toEqual(['ECA', 'ECLAC', 'ESCAP', 'ESCWA', 'UNECE']);

    // ECA: MAR, EGY, KEN. Validated: MAR16=2, MAR23=0, EGY16=3, KEN16=1 -> 4 entries, mean (2+0+3+1)/4 = 1.5.
    // O16: (2+3+1)/3 = 2; O23: 0. States also count MAR5 submitted, EGY1 returned, KEN4 draft.
    // 54 regional members, 14 champions (reference data).
    expect(byCode(r, 'ECA')).toEqual({
      region: { code: 'ECA' },
      countries: 54,
      champions: 14,
      reportingCountries: 3,
      entriesByState: { draft: 1, submitted: 1, returned: 1, validated: 4 },
      countedEntries: 4,
      unvalidatedEntries: 0,
      distribution: dist(1, 1, 1, 1),
      meanLevel: 1.5,
      objectives: [
        { objectiveNumber: 16, countedEntries: 3, meanLevel: 2, distribution: dist(0, 1, 1, 1) },
        { objectiveNumber: 23, countedEntries: 1, meanLevel: 0, distribution: dist(1, 0, 0, 0) },
      ],
      // MAR IN_PROGRESS, KEN FULFILLED; the MAR civil-society pledge is not a member state's.
      pledgesByStatus: { planning: 0, inProgress: 1, fulfilled: 1, withdrawn: 0 },
      // The MAR practice.
      publishedGoodPractices: 1,
    });

    // ESCWA: MAR, EGY, JOR. Validated: 2, 0, 3, 2 -> mean 7/4 = 1.75; O16: (2+3+2)/3 = 2.33.
    expect(byCode(r, 'ESCWA')).toMatchObject({
      countries: 20,
      champions: 3,
      reportingCountries: 3,
      entriesByState: { draft: 0, submitted: 1, returned: 1, validated: 4 },
      countedEntries: 4,
      distribution: dist(1, 0, 2, 1),
      meanLevel: 1.75,
      objectives: [
        { objectiveNumber: 16, countedEntries: 3, meanLevel: 2.33, distribution: dist(0, 0, 2, 1) },
        { objectiveNumber: 23, countedEntries: 1, meanLevel: 0, distribution: dist(1, 0, 0, 0) },
      ],
      pledgesByStatus: { planning: 0, inProgress: 1, fulfilled: 0, withdrawn: 1 },
      // The MAR practice and the ESCWA-wide one.
      publishedGoodPractices: 2,
    });

    // ECLAC: MEX1 = 1; MEX16 is only submitted.
    expect(byCode(r, 'ECLAC')).toMatchObject({
      reportingCountries: 1,
      countedEntries: 1,
      meanLevel: 1,
      entriesByState: { submitted: 1, validated: 1 },
      pledgesByStatus: { planning: 1 },
    });
    // ESCAP and UNECE: nothing reported; no mean.
    expect(byCode(r, 'ESCAP')).toMatchObject({
      reportingCountries: 0,
      countedEntries: 0,
      meanLevel: null,
      objectives: [],
      distribution: dist(0, 0, 0, 0),
    });

    // World: MAR, EGY, KEN, JOR, MEX once each. Validated: 2, 0, 3, 1, 2, 1 -> 6 entries (not 4+4+1 = 9), mean 9/6 = 1.5.
    // O16: MAR2, EGY3, KEN1, JOR2 -> 8/4 = 2; O1: MEX 1; O23: MAR 0.
    // 194 countries: every country is a regional member of at least one commission.
    expect(r.world).toEqual({
      region: null,
      countries: 194,
      champions: 35,
      reportingCountries: 5,
      entriesByState: { draft: 1, submitted: 2, returned: 1, validated: 6 },
      countedEntries: 6,
      unvalidatedEntries: 0,
      distribution: dist(1, 2, 2, 1),
      meanLevel: 1.5,
      objectives: [
        { objectiveNumber: 1, countedEntries: 1, meanLevel: 1, distribution: dist(0, 1, 0, 0) },
        { objectiveNumber: 16, countedEntries: 4, meanLevel: 2, distribution: dist(0, 1, 2, 1) },
        { objectiveNumber: 23, countedEntries: 1, meanLevel: 0, distribution: dist(1, 0, 0, 0) },
      ],
      pledgesByStatus: { planning: 1, inProgress: 1, fulfilled: 1, withdrawn: 1 },
      // MAR practice, ESCWA-wide practice, global practice.
      publishedGoodPractices: 3,
    });
  });

  it('includes submitted entries only when the secretariat or an analyst asks, flagged', async () => {
    const r = await regional({ cycle: C1, includeSubmitted: true }, analyst);
    expect(r).toMatchObject({ includesSubmitted: true, basis: expect.stringMatching(/submitted entries not yet validated/) });
    // ECA adds MAR5 at its reported 2: 5 entries, mean (6+2)/5 = 1.6, one of them unvalidated.
    expect(byCode(r, 'ECA')).toMatchObject({ countedEntries: 5, unvalidatedEntries: 1, meanLevel: 1.6, distribution: dist(1, 1, 2, 1) });
    // World adds MAR5 (2) and MEX16 (3): 8 entries, mean (9+2+3)/8 = 1.75.
    expect(r.world).toMatchObject({ countedEntries: 8, unvalidatedEntries: 2, meanLevel: 1.75 });
    // Analysts see submitted counts, not drafts or returned ones; the public sees validated counts only.
    expect(byCode(r, 'ECA').entriesByState).toEqual({ draft: null, submitted: 1, returned: null, validated: 4 });
    expect(byCode(await regional({ cycle: C1 }), 'ECA').entriesByState).toEqual({
      draft: null,
      submitted: null,
      returned: null,
      validated: 4,
    });

    for (const [headers, code] of [
      [{}, 'UNAUTHENTICATED'],
      [focal, 'FORBIDDEN'],
    ] as const) {
      const res = await t.gql(REGIONAL, { cycle: C1, scheme: 'REVIEW', championOnly: false, includeSubmitted: true }, headers);
      expect(res.errors?.[0].extensions?.code).toBe(code);
    }
  });

  it('filters by objective and by champions', async () => {
    // Objective 16 only: ECA 3 entries mean 2; pledges on O16 of ECA members: MAR only.
    const o16 = await regional({ cycle: C1, objective: 16 });
    expect(byCode(o16, 'ECA')).toMatchObject({
      countedEntries: 3,
      meanLevel: 2,
      pledgesByStatus: { inProgress: 1, fulfilled: 0 },
      publishedGoodPractices: 1,
    });
    expect(o16.world).toMatchObject({ countedEntries: 4, meanLevel: 2, publishedGoodPractices: 2 });
    // Champions only: JOR drops out of ESCWA, leaving MAR 2, 0 and EGY 3: mean 5/3 = 1.67; 3 champion members.
    const champions = await regional({ cycle: C1, championOnly: true });
    expect(byCode(champions, 'ESCWA')).toMatchObject({
      countries: 3,
      champions: 3,
      reportingCountries: 2,
      countedEntries: 3,
      meanLevel: 1.67,
    });
    expect(champions.world).toMatchObject({ countries: 35, reportingCountries: 4, countedEntries: 5, meanLevel: 1.4 });
  });

  it('is right on an empty cycle: members counted, no entries, no means', async () => {
    const r = await regional({ cycle: EMPTY }, secretariat);
    for (const region of [...r.regions, r.world]) {
      expect(region).toMatchObject({
        reportingCountries: 0,
        countedEntries: 0,
        meanLevel: null,
        objectives: [],
        distribution: dist(0, 0, 0, 0),
        entriesByState: { draft: 0, submitted: 0, returned: 0, validated: 0 },
      });
    }
    expect(r.world.countries).toBe(194);
    const matrix = await t.gql<{ objectiveMatrix: { rows: { cells: { countedEntries: number; meanLevel: number | null }[] }[] } }>(
      `{ objectiveMatrix(cycle: "${EMPTY}") { rows { cells { countedEntries meanLevel } } } }`,
    );
    expect(matrix.data?.objectiveMatrix.rows).toHaveLength(23);
    expect(matrix.data?.objectiveMatrix.rows.flatMap((row) => row.cells).every((c) => c.countedEntries === 0 && c.meanLevel === null)).toBe(
      true,
    );
    const comparison = await t.gql<{ cycleComparison: { changes: unknown[] } }>(
      `{ cycleComparison(from: "${EMPTY}", to: "${EMPTY}") { changes { objectiveNumber } } }`,
    );
    expect(comparison.data?.cycleComparison.changes).toEqual([]);
  });

  it('objectiveMatrix: objectives x regions and the world', async () => {
    const res = await t.gql<{
      objectiveMatrix: {
        rows: {
          objective: { number: number };
          cells: {
            region: { code: string };
            countedEntries: number;
            reportingCountries: number;
            meanLevel: number | null;
            distribution: Record<string, number>;
          }[];
          world: Record<string, unknown>;
        }[];
      };
    }>(
      `{ objectiveMatrix(cycle: "${C1}") { rows { objective { number } cells { region { code } countedEntries reportingCountries meanLevel distribution { notStarted limited substantial complete } }
         world { countedEntries reportingCountries meanLevel } } } }`,
    );
    const rows = res.data?.objectiveMatrix.rows ?? [];
    expect(rows.map((r) => r.objective.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(rows.every((r) => r.cells.map((c) => c.region.code).join() === 'ECA,ECLAC,ESCAP,ESCWA,UNECE')).toBe(true);
    const cell = (objective: number, region: string) => rows[objective - 1].cells.find((c) => c.region.code === region);
    // O16: ECA MAR2 EGY3 KEN1 -> 3, mean 2; ESCWA MAR2 EGY3 JOR2 -> 3, mean 2.33; world 4 entries, mean 2.
    expect(cell(16, 'ECA')).toEqual({
      region: { code: 'ECA' },
      countedEntries: 3,
      reportingCountries: 3,
      meanLevel: 2,
      distribution: dist(0, 1, 1, 1),
    });
    expect(cell(16, 'ESCWA')).toMatchObject({ countedEntries: 3, meanLevel: 2.33 });
    expect(rows[15].world).toEqual({ countedEntries: 4, reportingCountries: 4, meanLevel: 2 });
    // O5: only submitted (MAR), so nothing counted; O1: MEX 1 in ECLAC (EGY's is returned).
    expect(cell(5, 'ECA')).toMatchObject({ countedEntries: 0, meanLevel: null });
    expect(cell(1, 'ECLAC')).toMatchObject({ countedEntries: 1, meanLevel: 1 });
    expect(cell(1, 'ECA')).toMatchObject({ countedEntries: 0 });
  });

  it('countryScorecard: Morocco per objective and cycle', async () => {
    const query = `query($s: Boolean!) { countryScorecard(iso3: "MAR", includeSubmitted: $s) { country { iso3 } basis objectives { objective { number } cycles { cycle { code } level validated } } } }`;
    const res = await t.gql<{ countryScorecard: unknown }>(query, { s: false });
    expect(res.data?.countryScorecard).toEqual({
      country: { iso3: 'MAR' },
      basis: 'Validated levels only',
      objectives: [
        {
          objective: { number: 16 },
          cycles: [
            { cycle: { code: C0 }, level: 1, validated: true },
            { cycle: { code: C1 }, level: 2, validated: true },
          ],
        },
        { objective: { number: 23 }, cycles: [{ cycle: { code: C1 }, level: 0, validated: true }] },
      ],
    });
    // Pledges of the state with their latest status (the civil-society pledge based in Morocco is not the state's).
    const pledges = await t.gql<{ countryScorecard: { pledges: { status: string; pledgingEntity: { kind: string } }[] } }>(
      '{ countryScorecard(iso3: "MAR") { pledges { status pledgingEntity { kind } } } }',
    );
    expect(pledges.data?.countryScorecard.pledges).toEqual([{ status: 'IN_PROGRESS', pledgingEntity: { kind: 'MEMBER_STATE' } }]);
    const withSubmitted = await t.gql<{ countryScorecard: { objectives: { objective: { number: number }; cycles: unknown[] }[] } }>(
      query,
      { s: true },
      secretariat,
    );
    expect(withSubmitted.data?.countryScorecard.objectives[0]).toEqual({
      objective: { number: 5 },
      cycles: [{ cycle: { code: C1 }, level: 2, validated: false }],
    });
  });

  it('cycleComparison: change in mean level and in reporting countries between IMRF 2022 and IMRF 2026', async () => {
    const res = await t.gql<{
      cycleComparison: {
        changes: {
          region: { code: string } | null;
          objective: { number: number };
          meanLevelFrom: number | null;
          meanLevelTo: number | null;
          meanLevelChange: number | null;
          reportingCountriesFrom: number;
          reportingCountriesTo: number;
          reportingCountriesChange: number;
        }[];
      };
    }>(
      `{ cycleComparison(from: "${C0}", to: "${C1}") { changes { region { code } objective { number } meanLevelFrom meanLevelTo meanLevelChange reportingCountriesFrom reportingCountriesTo reportingCountriesChange } } }`,
    );
    const rows = (res.data?.cycleComparison.changes ?? []).map((c) => [
      c.region?.code ?? 'WORLD',
      c.objective.number,
      c.meanLevelFrom,
      c.meanLevelTo,
      c.meanLevelChange,
      c.reportingCountriesFrom,
      c.reportingCountriesTo,
      c.reportingCountriesChange,
    ]);
    expect(rows).toEqual([
      // ECA O16: 2022 MAR1 KEN1 -> 1 (2 countries); 2026 MAR2 EGY3 KEN1 -> 2 (3): +1, +1. O23: only in 2026.
      ['ECA', 16, 1, 2, 1, 2, 3, 1],
      ['ECA', 23, null, 0, null, 0, 1, 1],
      // ECLAC O1: MEX 0 -> 1.
      ['ECLAC', 1, 0, 1, 1, 1, 1, 0],
      // ESCWA O16: 2022 MAR1 -> 1; 2026 MAR2 EGY3 JOR2 -> 2.33: +1.33.
      ['ESCWA', 16, 1, 2.33, 1.33, 1, 3, 2],
      ['ESCWA', 23, null, 0, null, 0, 1, 1],
      // World, each country once: O16 2022 MAR1 KEN1 -> 1; 2026 MAR2 EGY3 KEN1 JOR2 -> 2.
      ['WORLD', 1, 0, 1, 1, 1, 1, 0],
      ['WORLD', 16, 1, 2, 1, 2, 4, 2],
      ['WORLD', 23, null, 0, null, 0, 1, 1],
    ]);
  });

  it('answers an unknown cycle or country with the field at fault', async () => {
    const bad = await t.gql('{ regionalProgress(cycle: "IMRF-1999") { basis } }');
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'cycle', messages: ['unknown review cycle IMRF-1999'] }],
    });
    const badTo = await t.gql('{ cycleComparison(from: "IMRF-2022", to: "IMRF-2099") { basis } }');
    expect(badTo.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'to', messages: ['unknown review cycle IMRF-2099'] }],
    });
    const country = await t.gql('{ countryScorecard(iso3: "XXX") { basis } }');
    expect(country.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'iso3', messages: ['unknown country XXX'] }],
    });
  });
});
