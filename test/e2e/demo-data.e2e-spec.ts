import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { DEMO_PASSWORD } from '../../src/modules/demo/demo-accounts.js';
import { DEMO_WINDOW_DAYS, DemoSeederService } from '../../src/modules/demo/demo-seeder.service.js';
import { signIn } from '../factories/accounts.factory.js';
import { entryInput, tryCreateEntry } from '../factories/progress.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const MARKER = '<!-- demo-query:';
const ROOT = new URL('../../', import.meta.url);

/** The README and the guides in docs/, where the examples marked as run on the demo data live. */
/** The placeholder of the documented examples: in an answer it stands for any text (an id), which a later query reuses. */
const ANY = '…';

/** The documented answer with each placeholder replaced by what the server answered there; the values are kept, in order. */
function fillPlaceholders(expected: unknown, actual: unknown, kept: string[]): unknown {
  if (expected === ANY && typeof actual === 'string') {
    kept.push(actual);
    return actual;
  }
  if (Array.isArray(expected)) return expected.map((e, i) => fillPlaceholders(e, Array.isArray(actual) ? actual[i] : undefined, kept));
  if (expected && typeof expected === 'object') {
    const a = (actual && typeof actual === 'object' ? actual : {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, fillPlaceholders(v, a[k], kept)]));
  }
  return expected;
}

function documentationFiles(): URL[] {
  const docs = new URL('docs/', ROOT);
  const guides = readdirSync(docs)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => new URL(name, docs));
  return [new URL('README.md', ROOT), ...guides];
}

/**
 * Every documented query marked as run on the demo data, with the answer printed after it.
 * A marker may name the demo account that sends it (`as focal.ken@demo.gcm-tracker.example`).
 */
function documentedDemoQueries(): { file: string; query: string; answer: unknown; as: string | null }[] {
  return documentationFiles().flatMap((url) => {
    const file = url.href.slice(ROOT.href.length);
    return readFileSync(url, 'utf8')
      .split(MARKER)
      .slice(1)
      .map((part) => {
        const query = /```graphql\n([\s\S]*?)```/.exec(part)?.[1];
        const answer = /```json\n([\s\S]*?)```/.exec(part)?.[1];
        if (!query || !answer) throw new Error(`${file}: a "${MARKER}" marker must be followed by a graphql block and a json block`);
        const as = /^[^\n]*? as (\S+@\S+)/.exec(part)?.[1] ?? null;
        return { file, query, answer: JSON.parse(answer) as unknown, as };
      });
  });
}

describe('the demo dataset (npm run seed:demo)', () => {
  let t: TestApp;
  const counts = (): Promise<unknown> =>
    t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM account) AS accounts, (SELECT count(*)::int FROM pledge) AS pledges,
              (SELECT count(*)::int FROM pledge_update) AS updates, (SELECT count(*)::int FROM good_practice) AS practices,
              (SELECT count(*)::int FROM progress_report) AS reports, (SELECT count(*)::int FROM progress_entry) AS entries,
              (SELECT count(*)::int FROM audit_event) AS events`,
    );

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(DemoSeederService).seed({ kind: 'system', label: 'test' }, () => undefined);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('loads accounts, pledges with their history, practices and progress entries in each review state, and a second run adds nothing', async () => {
    const first = await counts();
    expect(first).toEqual([{ accounts: 7, pledges: 6, updates: 12, practices: 3, reports: 10, entries: 17, events: expect.any(Number) }]);
    const states = await t.dataSource.query<unknown[]>(
      'SELECT status, count(*)::int AS n FROM good_practice GROUP BY status ORDER BY status',
    );
    expect(states).toEqual([
      { status: 'PUBLISHED', n: 2 },
      { status: 'SUBMITTED', n: 1 },
    ]);
    const entryStates = await t.dataSource.query<unknown[]>(
      'SELECT state, count(*)::int AS n FROM progress_entry GROUP BY state ORDER BY state',
    );
    expect(entryStates).toEqual([
      { state: 'RETURNED', n: 1 },
      { state: 'SUBMITTED', n: 1 },
      { state: 'VALIDATED', n: 15 },
    ]);
    await t.app.get(DemoSeederService).seed({ kind: 'system', label: 'test' }, () => undefined);
    expect(await counts()).toEqual(first);
  });

  it('gives the answers the README and the guides in docs/ print', async () => {
    const examples = documentedDemoQueries();
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(new Set(examples.map((e) => e.file)).size).toBeGreaterThanOrEqual(5);
    const kept: string[] = [];
    for (const { file, query, answer, as } of examples) {
      const headers = as ? await signIn(t, as, DEMO_PASSWORD) : {};
      const sent = query.replaceAll(`"${ANY}"`, () => JSON.stringify(kept.at(-1) ?? ANY));
      const res = await t.http.post('/graphql').set(headers).send({ query: sent });
      expect({ file, body: res.body as unknown }).toEqual({ file, body: fillPlaceholders(answer, res.body, kept) });
    }
  });
});

describe('the demo stays usable: its reporting windows stay open for DEMO_WINDOW_DAYS from the day it is loaded', () => {
  let t: TestApp;
  const SEED_DAY = Date.parse('2027-02-01T09:30:00Z');
  const DAY = 86_400_000;
  const seed = (): Promise<void> => t.app.get(DemoSeederService).seed({ kind: 'system', label: 'test' }, () => undefined);
  /** Morocco's demo focal point, signed in on the clock's current day, records an entry for the second ECA review. */
  const moroccoWrites = async (objective: number): Promise<string> => {
    const morocco = await signIn(t, 'focal.mar@demo.gcm-tracker.example', DEMO_PASSWORD);
    const res = await tryCreateEntry(t, morocco, entryInput('RR2-ECA-2024', objective));
    return res.errors?.[0]?.extensions?.code ?? (res.data?.createProgressEntry.state as string);
  };

  beforeAll(async () => {
    t = await startTestApp();
    // Only the calendar is under the test's control; timers and I/O run as usual.
    jest.useFakeTimers({
      now: SEED_DAY,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    await seed();
  });
  afterAll(async () => {
    jest.useRealTimers();
    await t?.close();
  });

  it('lets the focal points write the next day and on the last day, refuses the day after, and a new run opens them again', async () => {
    expect(DEMO_WINDOW_DAYS).toBe(90);
    jest.setSystemTime(SEED_DAY + DAY);
    expect(await moroccoWrites(7)).toBe('DRAFT');
    jest.setSystemTime(SEED_DAY + DEMO_WINDOW_DAYS * DAY);
    expect(await moroccoWrites(8)).toBe('DRAFT');
    jest.setSystemTime(SEED_DAY + (DEMO_WINDOW_DAYS + 1) * DAY);
    expect(await moroccoWrites(9)).toBe('REPORTING_WINDOW_CLOSED');
    await seed();
    expect(await moroccoWrites(9)).toBe('DRAFT');
    const windows = await t.dataSource.query<unknown[]>(
      "SELECT DISTINCT closes_on::text AS closes_on FROM reporting_window_extension WHERE reason LIKE 'Demo data:%'",
    );
    expect(windows).toEqual([{ closes_on: '2027-08-01' }]);
  });
});
