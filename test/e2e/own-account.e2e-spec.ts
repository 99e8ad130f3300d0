import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Role } from '../../src/common/auth/role.js';
import { FirstAccountService } from '../../src/modules/accounts/first-account.service.js';
import { createTestAccount, signIn, TEST_PASSWORD } from '../factories/accounts.factory.js';
import { type GraphqlResult, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 15: the first account without a command line (the setup link), and what every
 * signed-in user does with their own account (change the password, sign out everywhere), and
 * the secretariat's unlock of an account locked by failed sign-ins.
 */
const CREATE_FIRST = `mutation($token: String!, $input: FirstAccountInput!) {
  createFirstAccount(token: $token, input: $input) { id email displayName role country active }
}`;
const CHANGE_PASSWORD = `mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) { id version } }`;
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { account { email } } }';
const NEW_PASSWORD = 'a different, long password';

const codeOf = (res: GraphqlResult): string | undefined => res.errors?.[0].extensions?.code;
const fieldsOf = (res: GraphqlResult): string[] => res.errors?.[0].extensions?.fields?.map((f) => f.field) ?? [];
const tokenOf = (link: string): string => link.slice(link.indexOf('#') + 1);

/** The cookies a response sets, as one Cookie header, and the CSRF token among them. */
function webSession(headers: Record<string, unknown>): { cookie: string; 'x-csrf-token': string } {
  const raw = headers['set-cookie'];
  const list = Array.isArray(raw) ? (raw as string[]) : [];
  const pairs = list.map((c) => c.slice(0, c.indexOf(';')));
  const csrf = pairs.find((p) => p.startsWith('gcm_csrf='))?.slice('gcm_csrf='.length) ?? '';
  return { cookie: pairs.join('; '), 'x-csrf-token': decodeURIComponent(csrf) };
}

describe('the first account, made with the setup link', () => {
  let t: TestApp;
  const warned: string[] = [];
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  /** What a start prints: the link from the log line (and the same link returned). */
  const start = async (): Promise<string | null> => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warned.push(String(message));
    });
    const link = await t.app.get(FirstAccountService).announce('http://127.0.0.1:3000');
    jest.restoreAllMocks();
    return link;
  };
  const firstInput = (email: string) => ({ email, displayName: 'First Secretariat', password: TEST_PASSWORD });

  it('prints a one-time link while no account exists, creates a secretariat account with it once, then refuses', async () => {
    const pending = await t.gql<{ setupPending: boolean }>('{ setupPending }');
    expect(pending.data?.setupPending).toBe(true);

    const first = await start();
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:3000\/setup#[A-Za-z0-9_-]{43}$/);
    const line = warned.find((w) => w.includes(first as string));
    expect(line).toMatch(/No account exists yet/);
    // Only the token's hash is kept.
    const stored = await t.dataSource.query<{ token_hash: string }[]>('SELECT token_hash FROM setup_token');
    expect(stored).toEqual([
      {
        token_hash: createHash('sha256')
          .update(tokenOf(first as string))
          .digest('hex'),
      },
    ]);
    expect(JSON.stringify(stored)).not.toContain(tokenOf(first as string));

    // A restart while there is still no account: a new link, the old one stops working.
    const second = (await start()) as string;
    expect(tokenOf(second)).not.toBe(tokenOf(first as string));
    const old = await t.gql(CREATE_FIRST, { token: tokenOf(first as string), input: firstInput('first@example.org') });
    expect(codeOf(old)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(old)).toEqual(['token']);
    const wrong = await t.gql(CREATE_FIRST, { token: 'not-the-token', input: firstInput('first@example.org') });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(wrong)).toEqual(['token']);
    const weak = await t.gql(CREATE_FIRST, { token: tokenOf(second), input: { ...firstInput('first@example.org'), password: 'short' } });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(weak)).toEqual(['input.password']);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM account')).toEqual([{ n: 0 }]);

    const made = await t.gql<{ createFirstAccount: Record<string, unknown> }>(CREATE_FIRST, {
      token: tokenOf(second),
      input: firstInput('First@Example.org'),
    });
    expect(made.errors).toBeUndefined();
    expect(made.data?.createFirstAccount).toMatchObject({
      email: 'first@example.org',
      displayName: 'First Secretariat',
      role: 'SECRETARIAT',
      country: null,
      active: true,
    });
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM setup_token')).toEqual([{ n: 0 }]);
    const audit = await t.dataSource.query<{ action: string; actor_label: string; actor_account_id: string | null }[]>(
      'SELECT action, actor_label, actor_account_id FROM audit_event WHERE entity_id = $1',
      [made.data?.createFirstAccount.id],
    );
    expect(audit).toEqual([{ action: 'CREATE', actor_label: 'setup link', actor_account_id: null }]);
    expect((await t.gql(LOGIN, { e: 'first@example.org', p: TEST_PASSWORD })).errors).toBeUndefined();

    // Single use: the same link, and any other, now meet an account.
    const again = await t.gql(CREATE_FIRST, { token: tokenOf(second), input: firstInput('second@example.org') });
    expect(codeOf(again)).toBe('CONFLICT');
    expect((await t.gql<{ setupPending: boolean }>('{ setupPending }')).data?.setupPending).toBe(false);
    // A start once an account exists prints nothing and keeps no token.
    warned.length = 0;
    expect(await start()).toBeNull();
    expect(warned).toEqual([]);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM setup_token')).toEqual([{ n: 0 }]);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM account')).toEqual([{ n: 1 }]);
  });
});

describe('the setup link, used by several at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates exactly one account; the others get CONFLICT', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const link = (await t.app.get(FirstAccountService).announce('http://localhost:3000')) as string;
    jest.restoreAllMocks();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.gql(CREATE_FIRST, {
          token: tokenOf(link),
          input: { email: `racer-${i}@example.org`, displayName: `Racer ${i}`, password: TEST_PASSWORD },
        }),
      ),
    );
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.filter((r) => r.errors !== undefined).map(codeOf)).toEqual(Array(5).fill('CONFLICT'));
    expect(await t.dataSource.query('SELECT role, count(*)::int AS n FROM account GROUP BY role')).toEqual([{ role: 'SECRETARIAT', n: 1 }]);
  });
});

describe('one’s own account, and the secretariat’s unlock', () => {
  let t: TestApp;
  let secretariat: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
    secretariat = await signIn(t, (await createTestAccount(t, Role.SECRETARIAT)).email);
  });
  afterAll(async () => {
    await t?.close();
  });

  const me = (headers: Record<string, string>) => t.gql<{ me: { email: string } }>('{ me { email } }', {}, headers);
  const auditOf = (id: string) =>
    t.dataSource.query<{ action: string; changes: Record<string, unknown> }[]>(
      'SELECT action, changes FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at, id',
      [id],
    );
  const lockedUntilOf = async (id: string): Promise<string | null> => {
    const res = await t.gql<{ account: { lockedUntil: string | null } }>(
      'query($id: ID!) { account(id: $id) { lockedUntil } }',
      { id },
      secretariat,
    );
    expect(res.errors).toBeUndefined();
    return res.data?.account.lockedUntil ?? null;
  };

  it('changes the password only with the right current one and a valid new one; other sessions end, the web session goes on', async () => {
    const account = await createTestAccount(t, Role.FOCAL_POINT, 'MAR');
    const other = await signIn(t, account.email);
    const web = webSession((await t.gql(SIGN_IN, { e: account.email, p: TEST_PASSWORD })).headers);
    expect((await me(web)).data?.me.email).toBe(account.email);

    const wrong = await t.gql(CHANGE_PASSWORD, { c: 'not my password at all', n: NEW_PASSWORD }, web);
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(wrong)).toEqual(['currentPassword']);
    // A wrong current password counts as a failed sign-in.
    expect(await t.dataSource.query('SELECT failed_logins FROM account WHERE id = $1', [account.id])).toEqual([{ failed_logins: 1 }]);
    const weak = await t.gql(CHANGE_PASSWORD, { c: TEST_PASSWORD, n: 'too short' }, web);
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(weak)).toEqual(['newPassword']);
    const same = await t.gql(CHANGE_PASSWORD, { c: TEST_PASSWORD, n: TEST_PASSWORD }, web);
    expect(codeOf(same)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(same)).toEqual(['newPassword']);
    expect((await me(other)).errors).toBeUndefined();

    const changed = await t.gql(CHANGE_PASSWORD, { c: TEST_PASSWORD, n: NEW_PASSWORD }, web);
    expect(changed.errors).toBeUndefined();
    // The right password gave the failure back.
    expect(await t.dataSource.query('SELECT failed_logins FROM account WHERE id = $1', [account.id])).toEqual([{ failed_logins: 0 }]);
    // The other session ended; the web session goes on with the cookies it was given.
    expect(codeOf(await me(other))).toBe('UNAUTHENTICATED');
    expect(codeOf(await me(web))).toBe('UNAUTHENTICATED');
    const renewed = webSession(changed.headers);
    expect(renewed['x-csrf-token']).not.toBe('');
    expect((await me(renewed)).data?.me.email).toBe(account.email);
    expect(codeOf(await t.gql(LOGIN, { e: account.email, p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { e: account.email, p: NEW_PASSWORD })).errors).toBeUndefined();

    const events = await auditOf(account.id);
    expect(events.map((e) => e.action)).toEqual(['CREATE', 'CHANGE_PASSWORD']);
    expect(events[1].changes).toEqual({ password: { before: '[redacted]', after: '[redacted]' } });
    expect(JSON.stringify(events)).not.toContain(NEW_PASSWORD);
  });

  it('checks the current password under the sign-in lock: repeated wrong ones lock the account', async () => {
    const account = await createTestAccount(t, Role.ANALYST);
    const headers = await signIn(t, account.email);
    for (let i = 0; i < 3; i++)
      expect(fieldsOf(await t.gql(CHANGE_PASSWORD, { c: `wrong password ${i}`, n: NEW_PASSWORD }, headers))).toEqual(['currentPassword']);
    expect(await lockedUntilOf(account.id)).not.toBeNull();
    // Locked: even the right current password is refused, and the password is unchanged.
    expect(fieldsOf(await t.gql(CHANGE_PASSWORD, { c: TEST_PASSWORD, n: NEW_PASSWORD }, headers))).toEqual(['currentPassword']);
    expect(codeOf(await t.gql(LOGIN, { e: account.email, p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect((await t.gql('mutation($id: ID!) { unlockAccount(id: $id) { id } }', { id: account.id }, secretariat)).errors).toBeUndefined();
    expect((await t.gql(LOGIN, { e: account.email, p: TEST_PASSWORD })).errors).toBeUndefined();
  });

  it('signs out everywhere: every session of the account ends, those of other accounts go on', async () => {
    const account = await createTestAccount(t, Role.FOCAL_POINT, 'MAR');
    const bearer = await signIn(t, account.email);
    const web = webSession((await t.gql(SIGN_IN, { e: account.email, p: TEST_PASSWORD })).headers);
    const someoneElse = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MAR')).email);

    const res = await t.gql<{ signOutEverywhere: boolean }>('mutation { signOutEverywhere }', {}, web);
    expect(res.errors).toBeUndefined();
    expect(res.data?.signOutEverywhere).toBe(true);
    expect(String(res.headers['set-cookie'])).toMatch(/gcm_session=;/);
    expect(codeOf(await me(bearer))).toBe('UNAUTHENTICATED');
    expect(codeOf(await me(web))).toBe('UNAUTHENTICATED');
    expect((await me(someoneElse)).errors).toBeUndefined();
    // Signing in again works.
    expect((await me(await signIn(t, account.email))).errors).toBeUndefined();
    expect((await auditOf(account.id)).map((e) => e.action)).toEqual(['CREATE', 'SIGN_OUT_EVERYWHERE']);
    expect(codeOf(await t.gql('mutation { signOutEverywhere }'))).toBe('UNAUTHENTICATED');
  });

  it('shows the secretariat an account locked by failed sign-ins, and unlocks it (audited)', async () => {
    const account = await createTestAccount(t, Role.FOCAL_POINT, 'MEX');
    expect(await lockedUntilOf(account.id)).toBeNull();
    for (let i = 0; i < 3; i++) expect(codeOf(await t.gql(LOGIN, { e: account.email, p: `wrong ${i}` }))).toBe('UNAUTHENTICATED');
    const lockedUntil = await lockedUntilOf(account.id);
    expect(new Date(lockedUntil as string).getTime()).toBeGreaterThan(Date.now());
    expect(codeOf(await t.gql(LOGIN, { e: account.email, p: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    const list = await t.gql<{ accounts: { nodes: { id: string; lockedUntil: string | null }[] } }>(
      'query($s: String!) { accounts(filter: { search: $s }) { nodes { id lockedUntil } } }',
      { s: account.email.toUpperCase() },
      secretariat,
    );
    expect(list.data?.accounts.nodes).toEqual([{ id: account.id, lockedUntil }]);

    const focalPoint = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MEX')).email);
    expect(codeOf(await t.gql('mutation($id: ID!) { unlockAccount(id: $id) { id } }', { id: account.id }, focalPoint))).toBe('FORBIDDEN');

    const unlocked = await t.gql<{ unlockAccount: { lockedUntil: string | null } }>(
      'mutation($id: ID!) { unlockAccount(id: $id) { lockedUntil } }',
      { id: account.id },
      secretariat,
    );
    expect(unlocked.errors).toBeUndefined();
    expect(unlocked.data?.unlockAccount.lockedUntil).toBeNull();
    expect((await t.gql(LOGIN, { e: account.email, p: TEST_PASSWORD })).errors).toBeUndefined();
    // Unlocking an account that is not locked records nothing.
    expect((await t.gql('mutation($id: ID!) { unlockAccount(id: $id) { id } }', { id: account.id }, secretariat)).errors).toBeUndefined();
    const events = await auditOf(account.id);
    expect(events.map((e) => e.action)).toEqual(['CREATE', 'UNLOCK']);
    expect(events[1].changes).toEqual({ locked: { before: true, after: false } });
  });

  it('finds accounts by part of the e-mail or the name, with the other filters', async () => {
    const account = await createTestAccount(t, Role.ANALYST);
    const search = (s: string, role?: string) =>
      t.gql<{ accounts: { totalCount: number; nodes: { id: string }[] } }>(
        'query($f: AccountsFilter) { accounts(filter: $f) { totalCount nodes { id } } }',
        { f: { search: s, ...(role ? { role } : {}) } },
        secretariat,
      );
    expect((await search(account.email.slice(0, 16))).data?.accounts.nodes.map((n) => n.id)).toContain(account.id);
    expect((await search(account.email.slice(0, 16), 'SECRETARIAT')).data?.accounts.totalCount).toBe(0);
    expect((await search('%')).data?.accounts.totalCount).toBe(0);
    expect((await search('test analyst')).data?.accounts.nodes.map((n) => n.id)).toContain(account.id);
  });
});
