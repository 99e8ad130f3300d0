import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Role } from '../../src/common/auth/role.js';
import { createTestAccount, signIn as signInAs, TEST_PASSWORD } from '../factories/accounts.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const PASSWORD = TEST_PASSWORD;

interface AuditNode {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: string;
  actorAccountId: string | null;
  actorRole: string | null;
  countryIso3: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
  requestId: string | null;
  occurredAt: string;
}
const EVENT_FIELDS = 'id action entityType entityId actor actorAccountId actorRole countryIso3 changes requestId occurredAt';

describe('audit trail', () => {
  let t: TestApp;
  let secretariat: { id: string; email: string; headers: Record<string, string> };
  let focalMar: Record<string, string>;
  let analyst: Record<string, string>;

  const createAccount = (role: Role, country?: string) => createTestAccount(t, role, country);
  const signIn = (email: string) => signInAs(t, email);
  const asSecretariat = (query: string, variables: Record<string, unknown>, requestId: string) =>
    t.gql<Record<string, { id: string; version: number }>>(query, variables, { ...secretariat.headers, 'x-request-id': requestId });
  const eventsFor = async (entityId: string, headers = secretariat.headers) =>
    t.gql<{ auditEvents: { totalCount: number; nodes: AuditNode[] } }>(
      `query($id: String!) { auditEvents(filter: { entityType: "Account", entityId: $id }) { totalCount nodes { ${EVENT_FIELDS} } } }`,
      { id: entityId },
      headers,
    );
  const eventCount = async (): Promise<number> =>
    (await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM audit_event'))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    const s = await createAccount(Role.SECRETARIAT);
    secretariat = { ...s, headers: await signIn(s.email) };
    focalMar = await signIn((await createAccount(Role.FOCAL_POINT, 'MAR')).email);
    analyst = await signIn((await createAccount(Role.ANALYST)).email);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records one event per write, with the actor, the request id and the changed fields only', async () => {
    const email = `fp-${randomUUID().slice(0, 8)}@example.org`;
    const before = await eventCount();
    const created = await asSecretariat(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id version } }',
      { input: { email, displayName: 'Amina', role: 'FOCAL_POINT', country: 'MAR', password: PASSWORD } },
      'audit-create',
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.createAccount.id as string;
    expect(await eventCount()).toBe(before + 1);

    const renamed = await asSecretariat(
      'mutation($id: ID!, $v: Int!) { updateAccount(id: $id, version: $v, input: { displayName: "Amina B." }) { id version } }',
      { id, v: created.data?.createAccount.version },
      'audit-rename',
    );
    expect(renamed.errors).toBeUndefined();
    await asSecretariat('mutation($id: ID!) { deactivateAccount(id: $id) { id } }', { id }, 'audit-deactivate');
    await asSecretariat(
      'mutation($id: ID!) { resetAccountPassword(id: $id, newPassword: "yet another password") { id } }',
      { id },
      'audit-reset',
    );
    expect(await eventCount()).toBe(before + 4);

    const res = await eventsFor(id);
    expect(res.errors).toBeUndefined();
    const events = res.data?.auditEvents.nodes ?? [];
    expect(res.data?.auditEvents.totalCount).toBe(4);
    // Newest first.
    expect(events.map((e) => [e.action, e.requestId])).toEqual([
      ['RESET_PASSWORD', 'audit-reset'],
      ['DEACTIVATE', 'audit-deactivate'],
      ['UPDATE', 'audit-rename'],
      ['CREATE', 'audit-create'],
    ]);
    for (const e of events) {
      expect(e).toMatchObject({
        entityType: 'Account',
        entityId: id,
        actor: secretariat.email,
        actorAccountId: secretariat.id,
        actorRole: 'SECRETARIAT',
        countryIso3: 'MAR',
      });
      expect(Date.now() - new Date(e.occurredAt).getTime()).toBeLessThan(60_000);
    }
    const [reset, deactivate, rename, create] = events;
    expect(create.changes).toEqual({
      email: { before: null, after: email },
      displayName: { before: null, after: 'Amina' },
      role: { before: null, after: 'FOCAL_POINT' },
      countryIso3: { before: null, after: 'MAR' },
      active: { before: null, after: true },
      password: { before: null, after: '[redacted]' },
    });
    expect(rename.changes).toEqual({ displayName: { before: 'Amina', after: 'Amina B.' } });
    expect(deactivate.changes).toEqual({ active: { before: true, after: false } });
    expect(reset.changes).toEqual({ password: { before: '[redacted]', after: '[redacted]' } });
    const stored = JSON.stringify(await t.dataSource.query('SELECT * FROM audit_event WHERE entity_id = $1', [id]));
    expect(stored).not.toContain('$argon2');
    expect(stored).not.toContain(PASSWORD);
  });

  it('records nothing, and changes nothing, when a write fails', async () => {
    const existing = await createAccount(Role.ANALYST);
    const before = await eventCount();
    const accountsBefore = await t.dataSource.query<unknown[]>("SELECT md5(string_agg(a::text, ',' ORDER BY a.id)) AS h FROM account a");
    const duplicate = await asSecretariat(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id version } }',
      { input: { email: existing.email.toUpperCase(), displayName: 'Twin', role: 'ANALYST', password: PASSWORD } },
      'audit-dup',
    );
    expect(duplicate.errors?.[0].extensions).toEqual({
      code: 'CONFLICT',
      fields: [{ field: 'input.email', messages: ['already in use'] }],
    });
    const noCountry = await asSecretariat(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id version } }',
      { input: { email: `x-${randomUUID()}@example.org`, displayName: 'No country', role: 'FOCAL_POINT', password: PASSWORD } },
      'audit-nocountry',
    );
    expect(noCountry.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.country', messages: ['required for FOCAL_POINT'] }],
    });
    const stale = await asSecretariat(
      'mutation($id: ID!) { updateAccount(id: $id, version: 99, input: { displayName: "Stale" }) { id version } }',
      { id: existing.id },
      'audit-stale',
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const shortPassword = await asSecretariat(
      'mutation($id: ID!) { resetAccountPassword(id: $id, newPassword: "short") { id version } }',
      { id: existing.id },
      'audit-short',
    );
    expect(shortPassword.errors?.[0].extensions?.fields?.[0].field).toBe('newPassword');
    expect(await eventCount()).toBe(before);
    expect(await t.dataSource.query("SELECT md5(string_agg(a::text, ',' ORDER BY a.id)) AS h FROM account a")).toEqual(accountsBefore);
  });

  it('cannot be changed or deleted, whoever asks the database', async () => {
    const rowsBefore = await t.dataSource.query<unknown[]>('SELECT * FROM audit_event ORDER BY id');
    expect(rowsBefore.length).toBeGreaterThan(0);
    await expect(t.dataSource.query("UPDATE audit_event SET action = 'FORGED'")).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    expect(await t.dataSource.query('SELECT * FROM audit_event ORDER BY id')).toEqual(rowsBefore);
  });

  it("shows a focal point the events on its own country's records only; analysts and the public none", async () => {
    const mar = await createAccount(Role.FOCAL_POINT, 'MAR');
    const mex = await createAccount(Role.FOCAL_POINT, 'MEX');
    const own = await eventsFor(mar.id, focalMar);
    expect(own.errors).toBeUndefined();
    expect(own.data?.auditEvents.nodes.map((e) => [e.action, e.countryIso3])).toEqual([['CREATE', 'MAR']]);
    const other = await eventsFor(mex.id, focalMar);
    expect(other.data?.auditEvents.totalCount).toBe(0);
    expect((await eventsFor(mex.id)).data?.auditEvents.totalCount).toBe(1);
    expect((await eventsFor(mar.id, analyst)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await eventsFor(mar.id, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('filters by action and by the country whose record changed', async () => {
    const mar = await createAccount(Role.FOCAL_POINT, 'MAR');
    await createAccount(Role.FOCAL_POINT, 'MEX');
    await asSecretariat('mutation($id: ID!) { deactivateAccount(id: $id) { id } }', { id: mar.id }, 'audit-filter-deactivate');
    const find = (filter: string) =>
      t.gql<{ auditEvents: { totalCount: number; nodes: AuditNode[] } }>(
        `{ auditEvents(first: 100, filter: { ${filter} }) { totalCount nodes { action entityId countryIso3 } } }`,
        {},
        secretariat.headers,
      );
    const deactivations = (await find('action: "deactivate", country: "mar"')).data?.auditEvents.nodes ?? [];
    expect(deactivations.map((e) => e.entityId)).toContain(mar.id);
    expect(new Set(deactivations.map((e) => `${e.action} ${e.countryIso3}`))).toEqual(new Set(['DEACTIVATE MAR']));
    const mexican = (await find('country: "MEX"')).data?.auditEvents.nodes ?? [];
    expect(mexican.length).toBeGreaterThan(0);
    expect(new Set(mexican.map((e) => e.countryIso3))).toEqual(new Set(['MEX']));
    // A focal point asking for another country's events gets none of them.
    const asMorocco = await t.gql<{ auditEvents: { totalCount: number } }>(
      '{ auditEvents(filter: { country: "MEX" }) { totalCount } }',
      {},
      focalMar,
    );
    expect(asMorocco.data?.auditEvents.totalCount).toBe(0);
    const bad = await find('country: "Morocco"');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'filter.country' }] });
  });

  it('filters by actor and pages newest first without repeats', async () => {
    const byActor = await t.gql<{ auditEvents: { totalCount: number; nodes: AuditNode[] } }>(
      `query($actor: String!) { auditEvents(filter: { actor: $actor }) { totalCount nodes { actor } } }`,
      { actor: secretariat.email.toUpperCase() },
      secretariat.headers,
    );
    expect(byActor.data?.auditEvents.totalCount).toBeGreaterThanOrEqual(4);
    expect(new Set(byActor.data?.auditEvents.nodes.map((n) => n.actor))).toEqual(new Set([secretariat.email]));

    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i += 1) {
      const page: Awaited<ReturnType<TestApp['gql']>> = await t.gql(
        'query($after: String) { auditEvents(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
        secretariat.headers,
      );
      const conn = (
        page.data as { auditEvents: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }
      ).auditEvents;
      seen.push(...conn.nodes.map((n) => n.id));
      if (!conn.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(conn.totalCount);
        break;
      }
      after = conn.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].map(Number)).toEqual([...seen].map(Number).sort((a, b) => b - a));
  });
});
