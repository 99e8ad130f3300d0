import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/common/auth/role.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { createPractice, moroccoPracticeInput, practiceStep } from '../factories/practices.factory.js';
import { createPledge, moroccoPledgeInput } from '../factories/pledges.factory.js';
import { createEntry, daysFromToday } from '../factories/progress.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** The defects the acceptance tests of the hardening review found, each as a user meets it. */
describe('acceptance defects', () => {
  let t: TestApp;
  let morocco: Record<string, string>;
  let mexico: Record<string, string>;
  let secretariat: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    morocco = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MAR')).email);
    mexico = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MEX')).email);
    secretariat = await signIn(t, (await createTestAccount(t, Role.SECRETARIAT)).email);
  });
  afterAll(async () => {
    await t?.close();
  });

  const count = async (table: string): Promise<number> =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('a pledge without a target date is not overdue, and the public list of its country still answers', async () => {
    const res = await t.gql<{ createPledge: { id: string; isOverdue: boolean; targetDate: string | null } }>(
      'mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id isOverdue targetDate } }',
      { input: moroccoPledgeInput({ targetDate: undefined }) },
      morocco,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createPledge).toMatchObject({ isOverdue: false, targetDate: null });
    const list = await t.gql<{ pledges: { nodes: { id: string; isOverdue: boolean }[] } }>(
      '{ pledges(filter: { country: "MAR" }, first: 200) { nodes { id isOverdue } } }',
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.pledges.nodes).toContainEqual({ id: res.data?.createPledge.id, isOverdue: false });
  });

  it('trims texts, and refuses a title of spaces naming the field (pledges and good practices), writing nothing', async () => {
    const [pledges, practices] = [await count('pledge'), await count('good_practice')];
    const blankPledge = await t.gql(
      'mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id } }',
      { input: moroccoPledgeInput({ title: '      ' }) },
      morocco,
    );
    expect(blankPledge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.title' }] });
    const blankPractice = await t.gql(
      'mutation($input: CreateGoodPracticeInput!) { createGoodPractice(input: $input) { id } }',
      { input: moroccoPracticeInput({ title: ' \t ' }) },
      morocco,
    );
    expect(blankPractice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.title' }] });
    expect([await count('pledge'), await count('good_practice')]).toEqual([pledges, practices]);
    const spaced = await createPledge(t, morocco, { title: '   Seasonal workers: one-stop desks   ' });
    expect(await t.dataSource.query('SELECT title FROM pledge WHERE id = $1', [spaced.id])).toEqual([
      { title: 'Seasonal workers: one-stop desks' },
    ]);
  });

  it('sorts country names by the language, not by bytes, on every page', async () => {
    const names = async (lang: string): Promise<string[]> => {
      const res = await t.gql<{ countries: { nodes: { name: string }[] } }>(
        `{ countries(first: 200, lang: ${lang}, orderBy: NAME) { nodes { name } } }`,
      );
      expect(res.errors).toBeUndefined();
      return res.data?.countries.nodes.map((n) => n.name) ?? [];
    };
    const en = await names('EN');
    const before = (list: string[], a: string, b: string): boolean => list.indexOf(a) >= 0 && list.indexOf(a) < list.indexOf(b);
    expect(before(en, 'C\u00f4te d\u2019Ivoire', 'Czechia')).toBe(true);
    expect(before(en, 'Cuba', 'C\u00f4te d\u2019Ivoire')).toBe(false);
    expect(before(en, 'Türkiye', 'Tuvalu')).toBe(true);
    const fr = await names('FR');
    expect(before(fr, 'Égypte', 'Yémen')).toBe(true);
    expect(before(fr, 'Égypte', 'Eswatini')).toBe(true);
    // Paging with cursors follows the same order.
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        data?: { countries: { nodes: { name: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } | null;
      } = await t.gql(
        'query($after: String) { countries(first: 40, after: $after) { nodes { name } pageInfo { endCursor hasNextPage } } }',
        {
          after,
        },
      );
      paged.push(...(page.data?.countries.nodes.map((n) => n.name) ?? []));
      after = page.data?.countries.pageInfo.hasNextPage ? page.data.countries.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(en);
  });

  it('searches country names without regard to accents or case, and by their other usual names', async () => {
    const found = async (search: string): Promise<string[]> => {
      const res = await t.gql<{ countries: { nodes: { iso3: string }[] } }>(
        'query($s: String) { countries(filter: { search: $s }, first: 200) { nodes { iso3 } } }',
        { s: search },
      );
      expect(res.errors).toBeUndefined();
      return res.data?.countries.nodes.map((n) => n.iso3) ?? [];
    };
    expect(await found('cote')).toContain('CIV');
    expect(await found('CÔTE D’IVOIRE')).toEqual(['CIV']);
    expect(await found("cote d'ivoire")).toEqual(['CIV']);
    expect(await found('Turkey')).toEqual(['TUR']);
    expect(await found('Turquie')).toEqual(['TUR']);
    expect(await found('turkiye')).toEqual(['TUR']);
    expect(await found('egypte')).toEqual(['EGY']);
    expect(await found('mar')).toContain('MAR');
    expect(await found('%')).toEqual([]);
  });

  it("answers NOT_FOUND for another country's draft it cannot see, without naming the owner; FORBIDDEN only for what it can see", async () => {
    const draft = await createPractice(t, morocco);
    const onDraft = await t.gql(
      'mutation($id: ID!, $v: Int!) { updateGoodPractice(id: $id, version: $v, input: { title: "Taken over" }) { id } }',
      { id: draft.id, v: draft.version },
      mexico,
    );
    expect(onDraft.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(onDraft.errors?.[0].message).not.toContain('MAR');
    const submitted = await practiceStep(
      t,
      morocco,
      'submitGoodPractice',
      await createPractice(t, morocco, { results: 'Results.', lessonsLearned: 'Lessons.' }),
    );
    const onSubmitted = await t.gql(
      'mutation($id: ID!, $v: Int!) { submitGoodPractice(id: $id, version: $v) { id } }',
      { id: submitted.id, v: submitted.version },
      mexico,
    );
    expect(onSubmitted.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const published = await practiceStep(t, secretariat, 'publishGoodPractice', submitted);
    const onPublished = await t.gql(
      'mutation($id: ID!, $v: Int!) { updateGoodPractice(id: $id, version: $v, input: { title: "Taken over" }) { id } }',
      { id: published.id, v: published.version },
      mexico,
    );
    expect(onPublished.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const window = await t.gql(
      'mutation($o: String!, $c: String!) { setReportingWindow(cycle: "IMRF-2026", opensOn: $o, closesOn: $c) { isOpen } }',
      { o: daysFromToday(-1), c: daysFromToday(30) },
      secretariat,
    );
    expect(window.errors).toBeUndefined();
    const entry = await createEntry(t, morocco, 'IMRF-2026', 4);
    const onEntry = await t.gql(
      'mutation($id: ID!, $v: Int!) { updateProgressEntry(id: $id, version: $v, input: { narrative: "Taken over by another country" }) { id } }',
      { id: entry.id, v: entry.version },
      mexico,
    );
    expect(onEntry.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(onEntry.errors?.[0].message).not.toContain('MAR');
  });
});
