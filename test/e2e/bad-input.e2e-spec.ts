import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Role } from '../../src/common/auth/role.js';
import { encodeCursor } from '../../src/common/pagination/keyset.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { createPledge, moroccoPledgeInput } from '../factories/pledges.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The classes of bad input the hardening review found answered with INTERNAL_SERVER_ERROR.
 * Each is refused by one rule every operation gets, as BAD_USER_INPUT naming the field, and
 * changes nothing.
 */
describe('bad input is refused with BAD_USER_INPUT and the field, never INTERNAL_SERVER_ERROR', () => {
  let t: TestApp;
  let secretariat: Record<string, string>;
  let focalPoint: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await signIn(t, (await createTestAccount(t, Role.SECRETARIAT)).email);
    focalPoint = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MAR')).email);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function refused(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}, field?: string) {
    const res = await t.gql(query, variables, headers);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    if (field) expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
    return res;
  }

  it('refuses a NUL character in any text: a country search, the login e-mail, a title, a display name', async () => {
    await refused('query($s: String) { countries(filter: { search: $s }) { totalCount } }', { s: 'Mar\u0000oc' }, {}, 'filter.search');
    await refused('{ countries(filter: { search: "Mar\\u0000oc" }) { totalCount } }', {}, {}, 'filter.search');
    await refused('mutation($e: String!) { login(email: $e, password: "x") { token } }', { e: 'a\u0000@example.org' }, {}, 'email');
    const before = await t.dataSource.query<unknown[]>('SELECT count(*)::int AS n FROM pledge');
    await refused(
      'mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id } }',
      { input: moroccoPledgeInput({ title: 'Title\u0000' }) },
      focalPoint,
      'input.title',
    );
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM pledge')).toEqual(before);
    const account = await createTestAccount(t, Role.ANALYST);
    await refused(
      'mutation($id: ID!, $input: UpdateAccountInput!) { updateAccount(id: $id, version: 1, input: $input) { id } }',
      { id: account.id, input: { displayName: 'Ana\u0000lyst' } },
      secretariat,
      'input.displayName',
    );
  });

  it('refuses a lone surrogate in a comment or an e-mail', async () => {
    await refused(
      'mutation($id: ID!, $c: String!) { commentOnProgressEntry(id: $id, comment: $c) { id } }',
      { id: randomUUID(), c: 'Thank you \uD800' },
      secretariat,
      'comment',
    );
    await refused('mutation($e: String!) { login(email: $e, password: "x") { token } }', { e: '\uDC00@example.org' }, {}, 'email');
  });

  it('refuses a malformed id on every operation that takes one, as "must be a UUID"', async () => {
    const pledge = await createPledge(t, focalPoint);
    for (const [query, field] of [
      ['mutation($id: ID!) { updatePledge(id: $id, version: 1, input: { title: "A new title" }) { id } }', 'id'],
      [
        'mutation($id: ID!) { recordPledgeUpdate(pledgeId: $id, version: 1, input: { status: IN_PROGRESS, narrative: "Under way." }) { id } }',
        'pledgeId',
      ],
      ['mutation($id: ID!) { updateProgressEntry(id: $id, version: 1, input: { measuresTaken: "Measures" }) { id } }', 'id'],
      ['mutation($id: ID!) { updateGoodPractice(id: $id, version: 1, input: { title: "A title" }) { id } }', 'id'],
      ['mutation($id: ID!) { draftGoodPracticeFromPledge(pledgeId: $id) { id } }', 'pledgeId'],
    ] as const) {
      for (const id of ['10', 'not-a-uuid', '', `${pledge.id}x`]) {
        const res = await refused(query, { id }, focalPoint, field);
        expect(res.errors?.[0].extensions?.fields?.[0].messages).toEqual([`${field} must be a UUID`]);
      }
    }
    // Ids inside input objects and lists too.
    await refused(
      'mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id } }',
      { input: moroccoPledgeInput({ type: 'MATCHING', matchesPledge: 'nope' }) },
      focalPoint,
      'input.matchesPledge',
    );
  });

  it('treats an explicit null for an optional argument as absent: reviewCycles(filter: null)', async () => {
    const withNull = await t.gql<{ reviewCycles: { code: string }[] }>('{ reviewCycles(filter: null) { code } }');
    const without = await t.gql<{ reviewCycles: { code: string }[] }>('{ reviewCycles { code } }');
    expect(withNull.errors).toBeUndefined();
    expect(withNull.data?.reviewCycles.length).toBeGreaterThan(5);
    expect(withNull.data).toEqual(without.data);
    const byVariable = await t.gql('query($f: ReviewCyclesFilter) { reviewCycles(filter: $f) { code } }', { f: null });
    expect(byVariable.data).toEqual(without.data);
  });

  it('refuses a forged `after` cursor, whatever it decodes to', async () => {
    for (const after of [encodeCursor(['x', 'not-a-uuid']), encodeCursor([1e308, 'zzz']), encodeCursor(['\u0000']), 'garbage']) {
      await refused('query($a: String) { pendingReviews(after: $a) { totalCount } }', { a: after }, secretariat, 'after');
      await refused('query($a: String) { progressReports(after: $a) { totalCount } }', { a: after }, focalPoint, 'after');
      await refused('query($a: String) { pledges(after: $a) { totalCount } }', { a: after }, {}, 'after');
      await refused('query($a: String) { auditEvents(after: $a) { totalCount } }', { a: after }, secretariat, 'after');
    }
    // A sort key of the wrong type for the list's order: 30 February where a time is expected.
    const notATime = encodeCursor(['2023-02-30 10:00:00+00', randomUUID()]);
    await refused('query($a: String) { pledges(after: $a) { totalCount } }', { a: notATime }, {}, 'after');
    await refused('query($a: String) { pendingReviews(after: $a) { totalCount } }', { a: notATime }, secretariat, 'after');
  });

  it('refuses impossible dates: year 0000, numbers for a DateTime, 30 February', async () => {
    await refused(
      'mutation { setReportingWindow(cycle: "IMRF-2026", opensOn: "0000-01-01", closesOn: "2026-03-01") { opensOn } }',
      {},
      secretariat,
      'opensOn',
    );
    const numeric = await refused(
      'query($f: AuditEventsFilter) { auditEvents(filter: $f) { totalCount } }',
      { f: { from: -1e15 } },
      secretariat,
    );
    expect(numeric.errors?.[0].message).toContain('DateTime must be a date-time string');
    for (const from of ['2023-02-30T10:00:00Z', '0000-01-01T00:00:00Z', '2024-06-01T24:00:00Z', 'yesterday']) {
      const res = await refused('query($f: AuditEventsFilter) { auditEvents(filter: $f) { totalCount } }', { f: { from } }, secretariat);
      expect(res.errors?.[0].message).toContain('a real calendar day');
    }
    const literal = await t.gql('{ auditEvents(filter: { from: "2023-02-30T10:00:00Z" }) { totalCount } }', {}, secretariat);
    expect(literal.errors?.[0].message).toContain('DateTime must be a date-time string');
    const fine = await t.gql('{ auditEvents(filter: { from: "2023-02-28T10:00:00+01:00" }) { totalCount } }', {}, secretariat);
    expect(fine.errors).toBeUndefined();
  });

  it('maps a foreign-key violation to BAD_USER_INPUT naming the field, and writes nothing: createPledge(cycle: "")', async () => {
    const before = await t.dataSource.query<unknown[]>('SELECT count(*)::int AS n FROM pledge');
    await refused(
      'mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id } }',
      { input: moroccoPledgeInput({ cycle: '' }) },
      focalPoint,
      'cycle',
    );
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM pledge')).toEqual(before);
  });
});
