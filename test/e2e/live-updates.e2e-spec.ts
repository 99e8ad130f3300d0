import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { once } from 'node:events';
import request from 'supertest';
import WebSocket from 'ws';
import { Role } from '../../src/common/auth/role.js';
import { LiveBus, type LiveMessage } from '../../src/database/live-bus.js';
import { createTestAccount, signIn, TEST_PASSWORD } from '../factories/accounts.factory.js';
import { createEntry, extendWindow, step } from '../factories/progress.factory.js';
import { connectLive, type LiveConnection } from '../helpers/live-client.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Headers = Record<string, string>;
const ECA2 = 'RR2-ECA-2024';

interface Standing {
  unreadCount: number;
  latest: { kind: string; comment: string | null; objective: number | null } | null;
}
interface Queue {
  entries: number;
  practices: number;
}

const NOTIFICATIONS = 'subscription { notificationsChanged { unreadCount latest { kind comment objective } } }';
const QUEUE = 'subscription { reviewQueueChanged { entries practices } }';
const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { expiresAt } }';

async function listening(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = (t.app.getHttpServer() as Server).address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** The web app's sign-in: the session cookie and the CSRF token it sets. */
async function webSession(t: TestApp, email: string): Promise<{ cookie: string; csrf: string }> {
  const res = await request(t.app.getHttpServer() as Server)
    .post('/graphql')
    .send({ query: SIGN_IN, variables: { email, password: TEST_PASSWORD } });
  const raw = res.headers['set-cookie'] as unknown as string[];
  const pairs = raw.map((c) => c.slice(0, c.indexOf(';')));
  const csrf = pairs.find((p) => p.startsWith('gcm_csrf='))?.slice('gcm_csrf='.length) ?? '';
  return { cookie: pairs.join('; '), csrf: decodeURIComponent(csrf) };
}

/**
 * Live updates over graphql-ws: a focal point's badge and the secretariat's queue change as
 * the writes that change them commit, on the connection's own session and under the HTTP
 * endpoint's limits; with a PostgreSQL server, across two server processes.
 */
describe('Live updates (GraphQL subscriptions)', () => {
  let t: TestApp;
  let base: string;
  let secretariat: Headers;
  let secretariatBearer: string;
  let focal: Headers;
  let focalEmail: string;
  const open: LiveConnection[] = [];
  const connect = (options: Parameters<typeof connectLive>[1]): LiveConnection => {
    const c = connectLive(base, options);
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestApp({ LIVE_MAX_CONNECTIONS: '12', LIVE_MAX_CONNECTIONS_PER_ACCOUNT: '3', LIVE_SESSION_CHECK_SECONDS: '1' });
    base = await listening(t);
    const sec = await createTestAccount(t, Role.SECRETARIAT);
    secretariat = await signIn(t, sec.email);
    secretariatBearer = secretariat.authorization;
    focalEmail = (await createTestAccount(t, Role.FOCAL_POINT, 'MAR')).email;
    focal = await signIn(t, focalEmail);
    await extendWindow(t, secretariat, ECA2, 'MAR');
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.dispose()));
  });
  afterAll(async () => {
    await t?.close();
  });

  it("gives a focal point's badge its count at once, then the returned entry with its comment as the return commits", async () => {
    const { cookie, csrf } = await webSession(t, focalEmail);
    const live = connect({ cookie, connectionParams: { csrfToken: csrf } });
    const badge = live.subscribe<Standing>(NOTIFICATIONS, 'notificationsChanged');
    await badge.waitFor((s) => s.unreadCount === 0 && s.latest === null);

    let entry = await createEntry(t, focal, ECA2, 16);
    entry = await step(t, focal, 'submitProgressEntry', entry);
    await step(t, secretariat, 'returnProgressEntry', entry, { comment: 'Name the regions covered.' });
    const returned = await badge.waitFor((s) => s.unreadCount === 1, 5_000);
    expect(returned.latest).toEqual({ kind: 'ENTRY_RETURNED', comment: 'Name the regions covered.', objective: 16 });

    // Marked read in another tab: this one's badge follows.
    const read = await t.gql<{ markAllNotificationsRead: number }>('mutation { markAllNotificationsRead }', {}, focal);
    expect(read.data?.markAllNotificationsRead).toBe(0);
    await badge.waitFor((s) => s === badge.values.at(-1) && s.unreadCount === 0 && s.latest?.kind === 'ENTRY_RETURNED', 5_000);
    expect(badge.errors).toBeNull();
  });

  it("gives the secretariat's queue its counts, then each submission and review as it commits", async () => {
    const live = connect({ connectionParams: { authorization: secretariatBearer } });
    const queue = live.subscribe<Queue>(QUEUE, 'reviewQueueChanged');
    const first = await queue.waitFor(() => true);
    let entry = await createEntry(t, focal, ECA2, 5);
    entry = await step(t, focal, 'submitProgressEntry', entry);
    await queue.waitFor((q) => q.entries === first.entries + 1, 5_000);
    await step(t, secretariat, 'validateProgressEntry', entry);
    await queue.waitFor((q) => q.entries === first.entries && queue.values.length >= 3, 5_000);
    expect(queue.values.map((q) => q.entries)).toEqual([first.entries, first.entries + 1, first.entries]);
  });

  it('sends nothing for a write that is rolled back, and only once the transaction has committed', async () => {
    const bus = t.app.get(LiveBus);
    const heard: LiveMessage[] = [];
    const stop = bus.listen((m) => heard.push(m));
    const account = '00000000-0000-4000-8000-000000000001';
    try {
      await t.dataSource
        .transaction(async (m) => {
          bus.publish(m, { topic: 'notifications', accounts: [account] });
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      await t.dataSource.transaction(async (m) => {
        bus.publish(m, { topic: 'notifications', accounts: [account, account] });
        await m.query('SELECT 1');
        await new Promise((r) => setTimeout(r, 200));
        expect(heard).toEqual([]);
      });
      await waitUntil(() => heard.length > 0);
      await new Promise((r) => setTimeout(r, 200));
      expect(heard).toEqual([{ topic: 'notifications', accounts: [account, account] }]);
    } finally {
      stop();
    }
  });

  describe('who may connect, and what a connection may do', () => {
    it('closes a connection that says no one (4401) and a web session without its CSRF token (4403)', async () => {
      expect((await connect({}).closed).code).toBe(4401);
      const { cookie } = await webSession(t, focalEmail);
      const noToken = await connect({ cookie }).closed;
      expect(noToken.code).toBe(4403);
      expect(noToken.reason).toMatch(/csrfToken/);
      expect((await connect({ cookie, connectionParams: { csrfToken: 'forged' } }).closed).code).toBe(4403);
      expect((await connect({ connectionParams: { authorization: 'Bearer not-a-token' } }).closed).code).toBe(4401);
    });

    it("refuses the secretariat's queue to a focal point (FORBIDDEN), as over HTTP", async () => {
      const live = connect({ connectionParams: { authorization: focal.authorization } });
      const queue = live.subscribe<Queue>(QUEUE, 'reviewQueueChanged');
      await queue.settled();
      expect(queue.values).toEqual([]);
      expect(queue.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('serves subscriptions only, under the query limits, with the codes HTTP gives', async () => {
      const live = connect({ connectionParams: { authorization: focal.authorization } });
      const query = live.subscribe('{ objectives { number } }', 'objectives');
      await query.settled();
      expect(query.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      expect(query.errors?.[0]?.message).toMatch(/POST \/graphql/);
      const mutation = live.subscribe('mutation { markAllNotificationsRead }', 'markAllNotificationsRead');
      await mutation.settled();
      expect(mutation.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      const unknown = live.subscribe('subscription { nothingHere }', 'nothingHere');
      await unknown.settled();
      expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: unreadCount`).join(' ');
      const tooMany = live.subscribe(`subscription { notificationsChanged { ${aliases} } }`, 'notificationsChanged');
      await tooMany.settled();
      expect(tooMany.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      // The connection itself is still good.
      const badge = live.subscribe<Standing>(NOTIFICATIONS, 'notificationsChanged');
      await badge.waitFor(() => true);
    });

    it('closes a connection that sends a message larger than 16 KiB', async () => {
      const live = connect({ connectionParams: { authorization: focal.authorization } });
      live.subscribe(`subscription { notificationsChanged { unreadCount } } # ${'x'.repeat(20_000)}`, 'notificationsChanged');
      expect((await live.closed).code).toBe(1009);
    });

    it('lets one account hold LIVE_MAX_CONNECTIONS_PER_ACCOUNT connections, and the process LIVE_MAX_CONNECTIONS', async () => {
      const analyst = await signIn(t, (await createTestAccount(t, Role.ANALYST)).email);
      const tabs = [0, 1, 2].map(() => connect({ connectionParams: { authorization: analyst.authorization } }));
      await Promise.all(tabs.map((c) => c.subscribe<Standing>(NOTIFICATIONS, 'notificationsChanged').waitFor(() => true)));
      expect((await connect({ connectionParams: { authorization: analyst.authorization } }).closed).code).toBe(4429);
      await Promise.all(tabs.map((c) => c.dispose()));

      // Up to the process's limit, counting every open socket, signed in or not yet.
      const raw: WebSocket[] = [];
      try {
        for (;;) {
          const ws = new WebSocket(`${base.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
          const outcome = await Promise.race([
            once(ws, 'open').then(() => 'open'),
            once(ws, 'unexpected-response').then(([, res]) => `refused ${(res as { statusCode: number }).statusCode}`),
          ]);
          raw.push(ws);
          if (outcome !== 'open') {
            expect(outcome).toBe('refused 503');
            break;
          }
          if (raw.length > 12) throw new Error('LIVE_MAX_CONNECTIONS was not applied');
        }
        expect(raw.length).toBeLessThanOrEqual(13);
      } finally {
        raw.forEach((ws) => ws.terminate());
      }
    });

    it('closes a connection whose session ends (signed out everywhere) at its next check', async () => {
      const email = (await createTestAccount(t, Role.ANALYST)).email;
      const { cookie, csrf } = await webSession(t, email);
      const live = connect({ cookie, connectionParams: { csrfToken: csrf } });
      await live.subscribe<Standing>(NOTIFICATIONS, 'notificationsChanged').waitFor(() => true);
      const out = await t.gql('mutation { signOutEverywhere }', {}, { cookie, 'x-csrf-token': csrf });
      expect(out.errors).toBeUndefined();
      const closed = await live.closed;
      expect(closed.code).toBe(4401);
      expect(closed.reason).toMatch(/session has ended/);
    });
  });

  // One PostgreSQL database, two server processes: what commits through one reaches the other's subscribers.
  (process.env.DATABASE_URL ? describe : describe.skip)('across two server processes on one PostgreSQL database', () => {
    let other: ServerProcess;
    let otherBase: string;

    beforeAll(async () => {
      other = await startServerProcess(t.config.DATABASE_URL!, t.config.JWT_SECRET!);
      otherBase = other.baseUrl;
    }, 70_000);
    afterAll(async () => {
      await other?.stop();
    });

    it("delivers a return made through one process to the focal point's badge on the other, and a submission the other way", async () => {
      const onOther = connectLive(otherBase, { connectionParams: { authorization: focal.authorization } });
      open.push(onOther);
      const badge = onOther.subscribe<Standing>(NOTIFICATIONS, 'notificationsChanged');
      const before = await badge.waitFor(() => true);
      const queueHere = connect({ connectionParams: { authorization: secretariatBearer } }).subscribe<Queue>(QUEUE, 'reviewQueueChanged');
      const queued = await queueHere.waitFor(() => true);

      // Submitted through the other process: the queue on this one counts it.
      const otherHttp = request(otherBase);
      const gqlOther = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
        const res = await otherHttp.post('/graphql').set(focal).send({ query, variables });
        const body = res.body as { data?: T; errors?: unknown };
        if (!body.data) throw new Error(JSON.stringify(body.errors));
        return body.data;
      };
      let entry = await createEntry(t, focal, ECA2, 23);
      const submitted = await gqlOther<{ submitProgressEntry: { id: string; version: number } }>(
        'mutation($id: ID!, $v: Int!) { submitProgressEntry(id: $id, version: $v) { id version } }',
        { id: entry.id, v: entry.version },
      );
      entry = { ...entry, ...submitted.submitProgressEntry };
      await queueHere.waitFor((q) => q.entries === queued.entries + 1, 5_000);

      // Returned through this process: the badge on the other one shows it.
      await step(t, secretariat, 'returnProgressEntry', entry, { comment: 'Add the 2025 figures.' });
      const after = await badge.waitFor((s) => s.unreadCount === before.unreadCount + 1, 5_000);
      expect(after.latest).toEqual({ kind: 'ENTRY_RETURNED', comment: 'Add the 2025 figures.', objective: 23 });
      await queueHere.waitFor((q) => q.entries === queued.entries, 5_000);
    });
  });
});

async function waitUntil(test: () => boolean, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
