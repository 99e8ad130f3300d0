import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/common/auth/role.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { type EntryState, type SeedEntry, seedEntries } from '../factories/analytics.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** A small deterministic PRNG (mulberry32), so a failing seed can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** PostgreSQL's round(numeric, 2) of sum/count, exactly (half away from zero; values are never negative). */
const mean = (sum: number, count: number): number | null => (count === 0 ? null : Math.floor((200 * sum + count) / (2 * count)) / 100);

const STATES: EntryState[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'VALIDATED'];
const CYCLE = 'IMRF-2026';
const SEED = Number(process.env.ANALYTICS_SEED ?? 20261122);

interface Figures {
  countries: number;
  champions: number;
  reportingCountries: number;
  entriesByState: Record<string, number>;
  countedEntries: number;
  distribution: Record<string, number>;
  meanLevel: number | null;
  objectives: { objectiveNumber: number; countedEntries: number; meanLevel: number | null }[];
}

const FIELDS = `countries champions reportingCountries entriesByState { draft submitted returned validated } countedEntries
  distribution { notStarted limited substantial complete } meanLevel objectives { objectiveNumber countedEntries meanLevel }`;

describe(`regionalProgress against a plain computation over random data (seed ${SEED})`, () => {
  let t: TestApp;
  let secretariat: Record<string, string>;
  let entries: SeedEntry[];
  let members: { region: string; iso3: string; champion: boolean }[];

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await signIn(t, (await createTestAccount(t, Role.SECRETARIAT)).email);
    members = await t.dataSource.query(
      `SELECT m.region_code AS region, m.country_iso3 AS iso3, (ch.country_iso3 IS NOT NULL) AS champion
         FROM region_membership m JOIN region r ON r.code = m.region_code AND r.scheme = 'REVIEW'
         LEFT JOIN champion_country ch ON ch.country_iso3 = m.country_iso3 WHERE m.kind = 'REGIONAL'`,
    );
    const countries = [...new Set(members.map((m) => m.iso3))].sort();
    const random = prng(SEED);
    entries = [];
    // About a third of the countries report, each on a random set of objectives.
    for (const iso3 of countries) {
      if (random() > 0.33) continue;
      for (let objective = 1; objective <= 23; objective++) {
        if (random() > 0.3) continue;
        const state = STATES[Math.floor(random() * 4)];
        const reported = Math.floor(random() * 4);
        entries.push({
          country: iso3,
          cycle: CYCLE,
          objective,
          state,
          reported,
          validated: state === 'VALIDATED' ? Math.floor(random() * 4) : undefined,
        });
      }
    }
    await seedEntries(t, entries);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The same figures, computed in plain code from the rows and the memberships. */
  function expected(scopeCountries: Set<string>, champions: Set<string>, includeSubmitted: boolean, championOnly: boolean): Figures {
    const inScope = [...scopeCountries].filter((c) => !championOnly || champions.has(c));
    const mine = entries.filter((e) => inScope.includes(e.country));
    const levelOf = (e: SeedEntry): number | null =>
      e.state === 'VALIDATED' ? (e.validated as number) : includeSubmitted && e.state === 'SUBMITTED' ? e.reported : null;
    const counted = mine.filter((e) => levelOf(e) !== null);
    const levels = counted.map((e) => levelOf(e) as number);
    const sum = levels.reduce((a, b) => a + b, 0);
    const objectives = [...new Set(counted.map((e) => e.objective))]
      .sort((a, b) => a - b)
      .map((n) => {
        const l = counted.filter((e) => e.objective === n).map((e) => levelOf(e) as number);
        return {
          objectiveNumber: n,
          countedEntries: l.length,
          meanLevel: mean(
            l.reduce((a, b) => a + b, 0),
            l.length,
          ),
        };
      });
    return {
      countries: inScope.length,
      champions: inScope.filter((c) => champions.has(c)).length,
      reportingCountries: new Set(counted.map((e) => e.country)).size,
      entriesByState: Object.fromEntries(STATES.map((s) => [s.toLowerCase(), mine.filter((e) => e.state === s).length])),
      countedEntries: counted.length,
      distribution: {
        notStarted: levels.filter((l) => l === 0).length,
        limited: levels.filter((l) => l === 1).length,
        substantial: levels.filter((l) => l === 2).length,
        complete: levels.filter((l) => l === 3).length,
      },
      meanLevel: mean(sum, counted.length),
      objectives,
    };
  }

  it.each([
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ])('includeSubmitted %s, championOnly %s: every region and the world match', async (includeSubmitted, championOnly) => {
    expect(entries.length).toBeGreaterThan(100);
    const res = await t.gql<{ regionalProgress: { regions: (Figures & { region: { code: string } })[]; world: Figures } }>(
      `query($s: Boolean!, $c: Boolean!) { regionalProgress(cycle: "${CYCLE}", includeSubmitted: $s, championOnly: $c) { regions { region { code } ${FIELDS} } world { ${FIELDS} } } }`,
      { s: includeSubmitted, c: championOnly },
      secretariat,
    );
    expect(res.errors).toBeUndefined();
    const champions = new Set(members.filter((m) => m.champion).map((m) => m.iso3));
    for (const region of res.data?.regionalProgress.regions ?? []) {
      const { region: r, ...figures } = region;
      const scope = new Set(members.filter((m) => m.region === r.code).map((m) => m.iso3));
      expect({ region: r.code, ...figures }).toEqual({ region: r.code, ...expected(scope, champions, includeSubmitted, championOnly) });
    }
    expect(res.data?.regionalProgress.world).toEqual(
      expected(new Set(members.map((m) => m.iso3)), champions, includeSubmitted, championOnly),
    );
  });
});
