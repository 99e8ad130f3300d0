import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { Role } from '../../src/common/auth/role.js';
import { ConfigValidationError, loadAppConfig, PUBLISHED_JWT_SECRETS } from '../../src/config/app-config.js';
import { PasswordHasher } from '../../src/modules/accounts/password-hasher.js';
import { createTestAccount, TEST_PASSWORD } from '../factories/accounts.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const PASSWORD = TEST_PASSWORD;
const SIGN_IN_FAILED = 'Sign-in failed: the e-mail or password is wrong, or the account is locked or inactive';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('signing in and sessions', () => {
  let t: TestApp;
  let secretariatToken: string;

  const createAccount = (role: Role, country?: string) => createTestAccount(t, role, country);
  const login = (email: string, password: string) =>
    t.gql<{ login: { token: string; expiresAt: string; account: { email: string; role: string; country: string | null } } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt account { email role country } } }',
      { email, password },
    );
  const me = (token: string) =>
    t.gql<{ me: { email: string; role: string } }>('{ me { email role } }', {}, { authorization: `Bearer ${token}` });
  const tokenFor = async (email: string): Promise<string> => {
    const res = await login(email, PASSWORD);
    expect(res.errors).toBeUndefined();
    return res.data?.login.token ?? '';
  };

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_SECONDS: '2' });
    secretariatToken = await tokenFor((await createAccount(Role.SECRETARIAT)).email);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('signs in with the right password (e-mail case does not matter) and `me` names the caller', async () => {
    const { email } = await createAccount(Role.FOCAL_POINT, 'MAR');
    const res = await login(email.toUpperCase(), PASSWORD);
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.account).toEqual({ email, role: 'FOCAL_POINT', country: 'MAR' });
    expect(new Date(res.data?.login.expiresAt ?? 0).getTime()).toBeGreaterThan(Date.now());
    const who = await me(res.data?.login.token ?? '');
    expect(who.data?.me).toEqual({ email, role: 'FOCAL_POINT' });
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const { email } = await createAccount(Role.ANALYST);
    const wrong = await login(email, 'not the password at all');
    const unknown = await login(`nobody-${randomUUID()}@example.org`, PASSWORD);
    for (const res of [wrong, unknown]) {
      expect(res.data).toBeNull();
      expect(res.errors?.[0]).toMatchObject({ message: SIGN_IN_FAILED, extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('locks an account after repeated failures, refuses even the right password meanwhile, and unlocks after the lock time', async () => {
    const { email, id } = await createAccount(Role.ANALYST);
    for (let i = 0; i < 3; i += 1) expect((await login(email, 'wrong password!!')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [row] = await t.dataSource.query<
      {
        locked: boolean;
      }[]
    >('SELECT locked_until > now() AS locked FROM account WHERE id = $1', [id]);
    expect(row.locked).toBe(true);
    const duringLock = await login(email, PASSWORD);
    expect(duringLock.errors?.[0]).toMatchObject({ message: SIGN_IN_FAILED, extensions: { code: 'UNAUTHENTICATED' } });
    await sleep(2200);
    const after = await login(email, PASSWORD);
    expect(after.errors).toBeUndefined();
    expect(await t.dataSource.query('SELECT failed_logins, locked_until FROM account WHERE id = $1', [id])).toEqual([
      { failed_logins: 0, locked_until: null },
    ]);
  });

  it('counts 20 simultaneous guesses as sequential ones: at most LOGIN_MAX_FAILURES are checked, then the account is locked', async () => {
    const { email, id } = await createAccount(Role.ANALYST);
    const [{ password_hash: hash }] = await t.dataSource.query<
      {
        password_hash: string;
      }[]
    >('SELECT password_hash FROM account WHERE id = $1', [id]);
    const hasher = t.app.get(PasswordHasher);
    const verify = jest.spyOn(hasher, 'verify');
    // The lock is checked against the database's clock before the guesses: on a loaded machine the
    // guesses can outlast a short test lock, and the lock was set if it ends after they began.
    const [{ started }] = await t.dataSource.query<{ started: Date }[]>('SELECT now() AS started');
    try {
      // 19 wrong guesses and the right password sent 20th, all at once.
      const guesses = Array.from({ length: 20 }, (_, i) => login(email, i === 19 ? PASSWORD : `wrong password ${i}!!`));
      const answers = await Promise.all(guesses);
      const checked = verify.mock.calls.filter(([stored]) => stored === hash).length;
      expect(checked).toBeLessThanOrEqual(3);
      expect(answers.filter((a) => a.data?.login.token).length).toBeLessThanOrEqual(1);
      expect(answers.every((a) => a.data?.login.token || a.errors?.[0].extensions?.code === 'UNAUTHENTICATED')).toBe(true);
      if (!answers[19].data?.login.token) {
        const [row] = await t.dataSource.query<
          {
            locked: boolean;
          }[]
        >('SELECT locked_until > $2 AS locked FROM account WHERE id = $1', [id, started]);
        expect(row.locked).toBe(true);
      }
    } finally {
      verify.mockRestore();
    }
  });

  it('keeps the failure count in the database, where every server instance sees it', async () => {
    const { email, id } = await createAccount(Role.ANALYST);
    await login(email, 'wrong password!!');
    await login(email, 'wrong password!!');
    expect(await t.dataSource.query('SELECT failed_logins FROM account WHERE id = $1', [id])).toEqual([{ failed_logins: 2 }]);
  });

  it("ends a deactivated account's sessions at once and refuses its sign-in", async () => {
    const { email, id } = await createAccount(Role.ANALYST);
    const token = await tokenFor(email);
    expect((await me(token)).data?.me.email).toBe(email);
    const res = await t.gql(
      'mutation($id: ID!) { deactivateAccount(id: $id) { active } }',
      { id },
      { authorization: `Bearer ${secretariatToken}` },
    );
    expect(res.errors).toBeUndefined();
    expect((await me(token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(email, PASSWORD)).errors?.[0].message).toBe(SIGN_IN_FAILED);
  });

  it('ends sessions when the secretariat resets the password or changes the role', async () => {
    const a = await createAccount(Role.ANALYST);
    const tokenA = await tokenFor(a.email);
    await t.gql(
      'mutation($id: ID!) { resetAccountPassword(id: $id, newPassword: "another long password") { id } }',
      { id: a.id },
      { authorization: `Bearer ${secretariatToken}` },
    );
    expect((await me(tokenA)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(a.email, 'another long password')).errors).toBeUndefined();

    const b = await createAccount(Role.ANALYST);
    const tokenB = await tokenFor(b.email);
    const upd = await t.gql(
      'mutation($id: ID!) { updateAccount(id: $id, version: 1, input: { role: FOCAL_POINT, country: "KEN" }) { role country } }',
      { id: b.id },
      { authorization: `Bearer ${secretariatToken}` },
    );
    expect(upd.errors).toBeUndefined();
    expect((await me(tokenB)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses expired, tampered, foreign and malformed tokens with UNAUTHENTICATED, even on public queries', async () => {
    const { email, id } = await createAccount(Role.ANALYST);
    const token = await tokenFor(email);
    const jwt = t.app.get(JwtService);
    const expired = await jwt.signAsync({ sub: id, tv: 0 }, { expiresIn: -10 });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const tampered = [header, Buffer.from(JSON.stringify({ ...claims, sub: randomUUID() })).toString('base64url'), signature].join('.');
    const foreign = await jwt.signAsync({ sub: id, tv: 0 }, { secret: 'some-other-secret-that-is-long-enough-to-sign' });
    for (const bad of [expired, tampered, foreign, 'not-a-jwt']) {
      expect((await me(bad)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const publicQuery = await t.gql('{ objectives { number } }', {}, { authorization: `Bearer ${bad}` });
      expect(publicQuery.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const malformed = await t.gql('{ me { email } }', {}, { authorization: `Token ${token}` });
    expect(malformed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a client that still sends an expired token sign in again', async () => {
    const { email, id } = await createAccount(Role.ANALYST);
    const expired = await t.app.get(JwtService).signAsync({ sub: id, tv: 0 }, { expiresIn: -10 });
    const res = await t.gql<{ login: { token: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password: PASSWORD },
      { authorization: `Bearer ${expired}` },
    );
    expect(res.errors).toBeUndefined();
    expect((await me(res.data?.login.token ?? '')).data?.me.email).toBe(email);
  });

  it('tells UNAUTHENTICATED (no token) from FORBIDDEN (signed in, wrong role)', async () => {
    expect((await t.gql('{ accounts { totalCount } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const analyst = await tokenFor((await createAccount(Role.ANALYST)).email);
    expect((await t.gql('{ accounts { totalCount } }', {}, { authorization: `Bearer ${analyst}` })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql('{ accounts { totalCount } }', {}, { authorization: `Bearer ${secretariatToken}` })).errors).toBeUndefined();
  });

  it('never exposes a password or its hash through the schema', async () => {
    const res = await t.gql<{ __type: { fields: { name: string }[] } }>('{ __type(name: "Account") { fields { name } } }');
    const names = res.data?.__type.fields.map((f) => f.name) ?? [];
    expect(names).toContain('email');
    expect(names.filter((n) => /password|hash|token/i.test(n))).toEqual([]);
  });

  it('refuses to start with the published former development secret, in any environment', () => {
    expect(() => loadAppConfig({ JWT_SECRET: PUBLISHED_JWT_SECRETS[0] })).toThrow(ConfigValidationError);
    expect(() => loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).not.toThrow();
    expect(() => loadAppConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32 characters/);
  });
});

describe('sign-in rate limit per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses the attempts beyond the limit with TOO_MANY_REQUESTS, and limits nothing else', async () => {
    const attempt = () => t.gql('mutation { login(email: "nobody@example.org", password: "whatever it is") { token } }');
    const codes: unknown[] = [];
    for (let i = 0; i < 4; i += 1) codes.push((await attempt()).errors?.[0].extensions?.code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
    const other = await t.gql<{ objectives: unknown[] }>('{ objectives { number } }');
    expect(other.data?.objectives).toHaveLength(23);
  });

  it('keeps the count in the database: a restart does not start it again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gcm-tracker-rate-'));
    const settings = { LOGIN_RATE_PER_MINUTE: '2', DATABASE_URL: '', EMBEDDED_DATA_DIR: dir };
    const attempt = (app: TestApp) => app.gql('mutation { login(email: "nobody@example.org", password: "whatever it is") { token } }');
    try {
      const first = await startTestApp(settings);
      const before = [(await attempt(first)).errors?.[0].extensions?.code, (await attempt(first)).errors?.[0].extensions?.code];
      await first.close();
      const second = await startTestApp(settings);
      try {
        const after = (await attempt(second)).errors?.[0];
        expect(before).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
        expect(after?.extensions?.code).toBe('TOO_MANY_REQUESTS');
        expect(after?.message).toMatch(/try again in \d+ s/);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('counts per client behind a trusted proxy (TRUST_PROXY), not per proxy', async () => {
    const behindProxy = await startTestApp({ LOGIN_RATE_PER_MINUTE: '2', TRUST_PROXY: 'loopback' });
    try {
      const attempt = (client: string) =>
        behindProxy.gql(
          'mutation { login(email: "nobody@example.org", password: "whatever it is") { token } }',
          {},
          { 'x-forwarded-for': client },
        );
      const codes: unknown[] = [];
      for (const client of ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.2'])
        codes.push((await attempt(client)).errors?.[0].extensions?.code);
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS', 'UNAUTHENTICATED']);
    } finally {
      await behindProxy.close();
    }
  });
});
