import { afterAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../../src/common/auth/role.js';
import { PUBLISHED_JWT_SECRETS } from '../../src/config/app-config.js';
import { MissingSessionSecretError, SESSION_SECRET_FILE, sessionSecret } from '../../src/modules/accounts/session-secret.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** An install left at its defaults is safe to deploy. */
describe('safe defaults', () => {
  const apps: TestApp[] = [];
  const dirs: string[] = [];
  const start = async (overrides: Record<string, string> = {}): Promise<TestApp> => {
    const t = await startTestApp(overrides);
    apps.push(t);
    return t;
  };
  const newDir = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'gcm-tracker-secret-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const t of apps) await t.close().catch(() => undefined);
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });
  // The cases that need nothing but the defaults share one app.
  let defaults: Promise<TestApp> | undefined;
  const atDefaults = (): Promise<TestApp> => (defaults ??= start());
  const me = (t: TestApp, token: string) => t.gql<{ me: { id: string } }>('{ me { id } }', {}, { authorization: `Bearer ${token}` });

  it('never accepts a token signed with the published former default secret', async () => {
    const t = await atDefaults();
    const account = await createTestAccount(t, Role.SECRETARIAT);
    const forged = new JwtService({ secret: PUBLISHED_JWT_SECRETS[0] }).sign(
      { sub: account.id, tv: 0 },
      { algorithm: 'HS256', issuer: 'gcm-tracker', expiresIn: 3600 },
    );
    expect((await me(t, forged)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token that never expires, and one whose subject is not an account id, even when signed with the real secret', async () => {
    const secret = 'a-test-secret-of-more-than-thirty-two-characters';
    const t = await start({ JWT_SECRET: secret });
    const account = await createTestAccount(t, Role.SECRETARIAT);
    const signer = new JwtService({ secret });
    const forever = signer.sign({ sub: account.id, tv: 0 }, { algorithm: 'HS256', issuer: 'gcm-tracker' });
    const notAnId = signer.sign({ sub: 'admin', tv: 0 }, { algorithm: 'HS256', issuer: 'gcm-tracker', expiresIn: 3600 });
    const good = signer.sign({ sub: account.id, tv: 0 }, { algorithm: 'HS256', issuer: 'gcm-tracker', expiresIn: 3600 });
    for (const token of [forever, notAnId]) expect((await me(t, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await me(t, good)).data?.me.id).toBe(account.id);
  });

  it('makes a random secret on first start of the embedded database, keeps it beside the data (owner-only), and reuses it', async () => {
    const dir = await newDir();
    const onDisk = { DATABASE_URL: '', EMBEDDED_DATA_DIR: dir, JWT_SECRET: '' };
    const first = await start(onDisk);
    const account = await createTestAccount(first, Role.ANALYST);
    const headers = await signIn(first, account.email);
    await first.close();
    const file = join(dir, SESSION_SECRET_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const secret = (await readFile(file, 'utf8')).trim();
    expect(secret.length).toBeGreaterThanOrEqual(48);
    expect(PUBLISHED_JWT_SECRETS).not.toContain(secret);

    const second = await start(onDisk);
    expect((await second.gql('{ me { email } }', {}, headers)).data).toEqual({ me: { email: account.email } });
    await second.close();

    // Another install has another secret.
    const other = await newDir();
    await sessionSecret({ EMBEDDED_DATA_DIR: other, DATABASE_URL: undefined, JWT_SECRET: undefined });
    expect((await readFile(join(other, SESSION_SECRET_FILE), 'utf8')).trim()).not.toBe(secret);
  });

  it('refuses to start on a PostgreSQL server without JWT_SECRET', async () => {
    await expect(
      sessionSecret({ DATABASE_URL: 'postgres://db/gcm', EMBEDDED_DATA_DIR: './data', JWT_SECRET: undefined }),
    ).rejects.toBeInstanceOf(MissingSessionSecretError);
  });

  it('sends security headers, with one content security policy, on every route', async () => {
    const t = await atDefaults();
    for (const path of ['/health', '/ide', '/graphql?query=%7B__typename%7D', '/exports/nothing.csv']) {
      const res = await t.http.get(path).set('apollo-require-preflight', 'true');
      expect([path, res.headers['x-content-type-options']]).toEqual([path, 'nosniff']);
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['referrer-policy']).toBe('same-origin');
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('in production: no IDE and no introspection unless asked', async () => {
    const production = await start({ NODE_ENV: 'production' });
    expect((await production.http.get('/ide')).status).toBe(404);
    const refused = await production.gql('{ __schema { types { name } } }');
    expect(refused.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await production.gql('{ objectives { number } }')).errors).toBeUndefined();

    const open = await start({ NODE_ENV: 'production', GRAPHQL_IDE: 'true' });
    expect((await open.http.get('/ide')).status).toBe(200);
    expect((await open.gql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
