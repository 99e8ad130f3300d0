import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { Role } from '../../src/common/auth/role.js';
import { projectRoot } from '../../src/common/project-root.js';
import { createTestAccount, TEST_PASSWORD } from '../factories/accounts.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const DIST = join(projectRoot(), 'web', 'dist');
const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { expiresAt account { email role } }
}`;
const CREATE_ACCOUNT = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { email } }`;

/** The cookies a response sets, by name: value and attributes as sent. */
function setCookies(headers: Record<string, unknown>): Map<string, string> {
  const raw = headers['set-cookie'];
  const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  return new Map(list.map((c) => [c.slice(0, c.indexOf('=')), c]));
}
const valueOf = (cookie: string | undefined): string =>
  cookie ? decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1, cookie.indexOf(';'))) : '';

describe('the web app at / and its session', () => {
  let t: TestApp;

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No web app build at ${DIST}: run \`npm run build\` first.`);
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('serving the app', () => {
    it('answers / with the app under a policy that allows no inline script', async () => {
      const res = await t.http.get('/').set('accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('<div id="root">');
      expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      const csp = String(res.headers['content-security-policy']);
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1];
      expect(scriptSrc).toBe("'self'");
      expect(res.headers['cache-control']).toBe('no-cache');
    });

    it('answers every page of the app with index.html (history-mode routes), typed or reloaded', async () => {
      for (const path of ['/countries/MAR', '/pledges?status=FULFILLED', '/objectives/16', '/no/such/page']) {
        const res = await t.http.get(path).set('accept', 'text/html,application/xhtml+xml');
        expect({ path, status: res.status, root: res.text.includes('<div id="root">') }).toEqual({ path, status: 200, root: true });
      }
    });

    it('serves the hashed assets with a year of caching, and a missing asset is a 404, not the app', async () => {
      const asset = readdirSync(join(DIST, 'assets')).find((f) => f.endsWith('.js'));
      const res = await t.http.get(`/assets/${asset}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const missing = await t.http.get('/assets/missing-0000.js').set('accept', 'text/html');
      expect(missing.status).toBe(404);
    });

    it('leaves /graphql, /health, /ide and /exports to the server', async () => {
      const health = await t.http.get('/health').set('accept', 'text/html');
      expect(health.headers['content-type']).toMatch(/json/);
      const ide = await t.http.get('/ide').set('accept', 'text/html');
      expect(ide.text).toContain('GraphQL IDE');
      const exports = await t.http.get('/exports/objective-matrix.csv?cycle=RR2-ECA-2024').set('accept', 'text/html');
      expect(exports.status).toBe(401);
      expect(exports.headers['content-type']).toMatch(/json/);
      const unknownExport = await t.http.get('/exports/nothing-here').set('accept', 'text/html');
      expect(unknownExport.status).toBe(404);
      expect(unknownExport.text).not.toContain('<div id="root">');
      const graphql = await t.gql<{ objective: { number: number } }>('{ objective(number: 16) { number } }');
      expect(graphql.data?.objective.number).toBe(16);
    });

    it('answers an API client asking for JSON at an unknown path with the JSON 404', async () => {
      const res = await t.http.get('/no-such-endpoint').set('accept', 'application/json');
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/json/);
    });
  });

  describe('the session cookie', () => {
    const signIn = async (email: string) => {
      const res = await request(t.app.getHttpServer() as Server)
        .post('/graphql')
        .send({ query: SIGN_IN, variables: { email, password: TEST_PASSWORD } });
      const cookies = setCookies(res.headers);
      return { res, cookies, cookieHeader: [...cookies.values()].map((c) => c.slice(0, c.indexOf(';'))).join('; ') };
    };

    it('is httpOnly and SameSite=Strict, the CSRF cookie readable, and the answer carries no token', async () => {
      const { email } = await createTestAccount(t, Role.ANALYST);
      const { res, cookies } = await signIn(email);
      const body = res.body as { data: { signIn: { account: { email: string } } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data.signIn.account.email).toBe(email);
      expect(JSON.stringify(body)).not.toMatch(/token|eyJ/);
      const session = cookies.get('gcm_session') ?? '';
      const csrf = cookies.get('gcm_csrf') ?? '';
      expect(session).toMatch(/; HttpOnly/i);
      expect(session).toMatch(/; SameSite=Strict/i);
      expect(session).toMatch(/; Path=\//);
      expect(session).toMatch(/; Max-Age=\d+/);
      expect(csrf).not.toMatch(/HttpOnly/i);
      expect(csrf).toMatch(/; SameSite=Strict/i);
      expect(valueOf(csrf)).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    });

    it('signs the browser in: `me` answers from the cookie alone', async () => {
      const { email } = await createTestAccount(t, Role.ANALYST);
      const { cookieHeader } = await signIn(email);
      const me = await t.gql<{ me: { email: string; role: string } }>('{ me { email role } }', {}, { cookie: cookieHeader });
      expect(me.errors).toBeUndefined();
      expect(me.data?.me).toEqual({ email, role: 'ANALYST' });
    });

    it('refuses a change made with the cookie but without the CSRF token, and changes nothing', async () => {
      const { email } = await createTestAccount(t, Role.SECRETARIAT);
      const { cookieHeader, cookies } = await signIn(email);
      const input = (suffix: string) => ({
        email: `web-${suffix}-${Date.now()}@example.org`,
        displayName: 'Web',
        role: 'ANALYST',
        password: 'a long enough password',
      });
      const without = input('without');
      const refused = await t.gql(CREATE_ACCOUNT, { input: without }, { cookie: cookieHeader });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const wrong = await t.gql(CREATE_ACCOUNT, { input: input('wrong') }, { cookie: cookieHeader, 'x-csrf-token': 'not-the-token' });
      expect(wrong.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const count = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM account WHERE email = $1', [without.email]);
      expect(count[0]?.n).toBe(0);

      const allowed = input('with');
      const done = await t.gql<{ createAccount: { email: string } }>(
        CREATE_ACCOUNT,
        { input: allowed },
        { cookie: cookieHeader, 'x-csrf-token': valueOf(cookies.get('gcm_csrf')) },
      );
      expect(done.errors).toBeUndefined();
      expect(done.data?.createAccount.email).toBe(allowed.email);
    });

    it('does not take a bearer token (no CSRF claim) put in the cookie for a change', async () => {
      const { email } = await createTestAccount(t, Role.SECRETARIAT);
      const login = await t.gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        {
          e: email,
          p: TEST_PASSWORD,
        },
      );
      const token = login.data?.login.token ?? '';
      const res = await t.gql(
        CREATE_ACCOUNT,
        {
          input: { email: `web-bearer-${Date.now()}@example.org`, displayName: 'Web', role: 'ANALYST', password: 'a long enough password' },
        },
        { cookie: `gcm_session=${token}`, 'x-csrf-token': '' },
      );
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('lets the exports be plain links: a GET with the cookie downloads', async () => {
      const { email } = await createTestAccount(t, Role.ANALYST);
      const { cookieHeader } = await signIn(email);
      const res = await t.http.get('/exports/objective-matrix.csv?cycle=RR2-ECA-2024').set('cookie', cookieHeader);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      expect(res.text.split('\n')[0]).toContain('Objectives by region');
    });

    it('drops a cookie that no longer works: public questions answer as to anyone, `me` is UNAUTHENTICATED', async () => {
      const stale = 'gcm_session=eyJhbGciOiJIUzI1NiJ9.e30.not-a-signature; gcm_csrf=x';
      const open = await t.gql<{ objective: { number: number } }>('{ objective(number: 3) { number } }', {}, { cookie: stale });
      expect(open.errors).toBeUndefined();
      expect(open.data?.objective.number).toBe(3);
      const cleared = setCookies(open.headers);
      expect(cleared.get('gcm_session')).toMatch(/^gcm_session=;.*Expires=Thu, 01 Jan 1970/);
      const me = await t.gql('{ me { email } }', {}, { cookie: stale });
      expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('ends with sign out: both cookies are cleared', async () => {
      const { email } = await createTestAccount(t, Role.ANALYST);
      const { cookieHeader } = await signIn(email);
      const out = await t.gql<{ signOut: boolean }>('mutation { signOut }', {}, { cookie: cookieHeader });
      expect(out.data?.signOut).toBe(true);
      const cleared = setCookies(out.headers);
      expect(cleared.get('gcm_session')).toMatch(/^gcm_session=;.*Expires=Thu, 01 Jan 1970/);
      expect(cleared.get('gcm_csrf')).toMatch(/^gcm_csrf=;.*Expires=Thu, 01 Jan 1970/);
    });

    it('fails sign-in as login does, setting no cookie', async () => {
      const { email } = await createTestAccount(t, Role.ANALYST);
      const res = await request(t.app.getHttpServer() as Server)
        .post('/graphql')
        .send({ query: SIGN_IN, variables: { email, password: 'wrong password entirely' } });
      expect((res.body as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(setCookies(res.headers).size).toBe(0);
    });
  });
});
