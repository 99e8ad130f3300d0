import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/common/auth/role.js';
import { createTestAccount, signIn, type TestAccount, TEST_PASSWORD } from '../factories/accounts.factory.js';
import { createEvent, dialogueInput } from '../factories/events.factory.js';
import { createPledge, moroccoPledgeInput, recordPledgeUpdate } from '../factories/pledges.factory.js';
import { createPractice, moroccoPracticeInput, practiceStep } from '../factories/practices.factory.js';
import { createEntry, daysFromToday, entryInput, step } from '../factories/progress.factory.js';
import { type GraphqlResult, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The access matrix: every mutation, called by every kind of caller, is allowed or refused
 * with the right code, and a refused call changes nothing. A mutation added to the schema
 * without a row here fails the first test.
 */
const PASSWORD = TEST_PASSWORD;
const CALLERS = ['anonymous', 'focalPointOfTheCountry', 'focalPointOfAnotherCountry', 'analyst', 'secretariat'] as const;
type CallerName = (typeof CALLERS)[number];
/** CONFLICT: let through to everyone, and refused by the state (the first account, once accounts exist). */
type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** The Morocco focal point account the row acts on, and the pledge or practice it prepared. */
type Target = TestAccount & {
  subject?: { id: string; version: number };
  slot?: { cycle: string; objective: number };
  /** The event the row acts on (events rows). */
  event?: { id: string; version: number };
};

/** Set in beforeAll: rows prepare their pledges and practices as the secretariat, progress entries as Morocco's focal point. */
let secretariatHeaders: Record<string, string> = {};
let moroccoHeaders: Record<string, string> = {};

interface Row {
  /** Puts the target in the state the mutation expects (before the fingerprint is taken). */
  prepare?: (t: TestApp, target: Target) => Promise<void>;
  /** Calls the mutation on the target: a focal point account of Morocco, fresh for each call. */
  call: (t: TestApp, target: Target, headers: Record<string, string>) => Promise<GraphqlResult>;
  /** What an allowed call must have done, read from the database. */
  check: (t: TestApp, target: Target) => Promise<void>;
  expected: Record<CallerName, Outcome>;
}

const SECRETARIAT_ONLY: Record<CallerName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  focalPointOfTheCountry: 'FORBIDDEN',
  focalPointOfAnotherCountry: 'FORBIDDEN',
  analyst: 'FORBIDDEN',
  secretariat: 'ALLOWED',
};

const COUNTRY_SCOPED: Record<CallerName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  focalPointOfTheCountry: 'ALLOWED',
  focalPointOfAnotherCountry: 'FORBIDDEN',
  analyst: 'FORBIDDEN',
  secretariat: 'ALLOWED',
};

/**
 * A record the other country's focal point cannot even see (a draft or submitted entry or
 * practice of Morocco) is NOT_FOUND for them, as a record that does not exist: FORBIDDEN
 * would confirm the id and name its country (issue 12, part 3).
 */
const UNSEEN_BY_OTHER_COUNTRIES = { focalPointOfAnotherCountry: 'NOT_FOUND' } as const;

const subjectOf = (target: Target): { id: string; version: number } => {
  if (!target.subject) throw new Error('the row prepared no subject');
  return target.subject;
};
const pledgeRow = async (t: TestApp, id: string): Promise<Record<string, unknown>> =>
  (await t.dataSource.query<Record<string, unknown>[]>('SELECT title, status, version FROM pledge WHERE id = $1', [id]))[0];
const practiceRow = async (t: TestApp, id: string): Promise<Record<string, unknown>> =>
  (await t.dataSource.query<Record<string, unknown>[]>('SELECT title, status, version FROM good_practice WHERE id = $1', [id]))[0];
const preparePledge = async (t: TestApp, target: Target, status?: 'FULFILLED'): Promise<void> => {
  let pledge = await createPledge(t, secretariatHeaders, { title: `Pledge for ${target.id}` });
  if (status) pledge = await recordPledgeUpdate(t, secretariatHeaders, pledge, { status, narrative: 'Done.' });
  target.subject = pledge;
};
const preparePractice = async (t: TestApp, target: Target, submitted = false): Promise<void> => {
  let practice = await createPractice(t, secretariatHeaders, { ownerCountry: 'MAR', results: 'Results.', lessonsLearned: 'Lessons.' });
  if (submitted) practice = await practiceStep(t, secretariatHeaders, 'submitGoodPractice', practice);
  target.subject = practice;
};

const prepareEvent = async (t: TestApp, target: Target): Promise<void> => {
  target.event = await createEvent(t, secretariatHeaders, { title: { en: `Event for ${target.id}` } });
};
const eventOf = (target: Target): { id: string; version: number } => {
  if (!target.event) throw new Error('the row prepared no event');
  return target.event;
};
const participationOf = (t: TestApp, target: Target): Promise<unknown> =>
  t.dataSource.query("SELECT role FROM event_participation WHERE event_id = $1 AND country_iso3 = 'MAR'", [eventOf(target).id]);
const eventLinks = async (t: TestApp, target: Target, table: string, column: string): Promise<number> =>
  (
    await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table} WHERE event_id = $1 AND ${column} = $2`, [
      eventOf(target).id,
      subjectOf(target).id,
    ])
  )[0].n;

/** Cycles whose window beforeAll opens; each progress row takes a fresh (cycle, objective) of Morocco's reports. */
const OPEN_CYCLES = ['IMRF-2022', 'IMRF-2026', 'IMRF-2030'];
/** Kept for submitProgressReport, which submits everything Morocco has in DRAFT there. */
const REPORT_CYCLE = 'RR1-ECA-2021';
let slotsTaken = 0;
const nextSlot = (target: Target, cycle?: string): { cycle: string; objective: number } => {
  const n = slotsTaken++;
  target.slot = { cycle: cycle ?? OPEN_CYCLES[Math.floor(n / 23)], objective: (n % 23) + 1 };
  return target.slot;
};
const slotOf = (target: Target): { cycle: string; objective: number } => {
  if (!target.slot) throw new Error('the row prepared no slot');
  return target.slot;
};
const entryRow = async (t: TestApp, id: string): Promise<Record<string, unknown>> =>
  (
    await t.dataSource.query<Record<string, unknown>[]>(
      'SELECT state, narrative, validated_level, version FROM progress_entry WHERE id = $1',
      [id],
    )
  )[0];
const prepareEntry = async (
  t: TestApp,
  target: Target,
  until: 'DRAFT' | 'SUBMITTED' | 'VALIDATED' = 'DRAFT',
  cycle?: string,
): Promise<void> => {
  const slot = nextSlot(target, cycle);
  let entry = await createEntry(t, moroccoHeaders, slot.cycle, slot.objective);
  if (until !== 'DRAFT') entry = await step(t, moroccoHeaders, 'submitProgressEntry', entry);
  if (until === 'VALIDATED') entry = await step(t, secretariatHeaders, 'validateProgressEntry', entry);
  target.subject = entry;
};
const entryStep =
  (mutation: string, extra = '') =>
  (t: TestApp, target: Target, headers: Record<string, string>) =>
    t.gql(
      `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, version: $v${extra}) { id } }`,
      { id: subjectOf(target).id, v: subjectOf(target).version },
      headers,
    );

const FOCAL_POINT_OF_THE_COUNTRY: Record<CallerName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  focalPointOfTheCountry: 'ALLOWED',
  focalPointOfAnotherCountry: 'FORBIDDEN',
  analyst: 'FORBIDDEN',
  secretariat: 'FORBIDDEN',
};

const EVERY_ACCOUNT: Record<CallerName, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  focalPointOfTheCountry: 'ALLOWED',
  focalPointOfAnotherCountry: 'ALLOWED',
  analyst: 'ALLOWED',
  secretariat: 'ALLOWED',
};

/** The e-mail of the account whose session the headers carry (null for the anonymous caller). */
const callerEmail = async (t: TestApp, headers: Record<string, string>): Promise<string | null> =>
  (await t.gql<{ me: { email: string } }>('{ me { email } }', {}, headers)).data?.me.email ?? null;

/**
 * The rows on one's own account end the caller's sessions: the caller's headers (shared by
 * every row) are given a new session, and the session that ended is kept for the row's check.
 */
const ownAccountRow: { email?: string; passwordHash?: string; endedSession?: Record<string, string>; headers?: Record<string, string> } =
  {};
const OWN_NEW_PASSWORD = 'my own new password';

/** Password-link tokens the setPasswordWithLink row prepared, by target account. */
const linkTokens = new Map<string, string>();

/** The mark-read rows: an unread notification for every account (before the fingerprint), then the caller's own is marked. */
const notifyEveryAccount = async (t: TestApp): Promise<void> => {
  await t.dataSource.query(
    "INSERT INTO notification (account_id, kind, subject_type, subject_id) SELECT id, 'ENTRY_VALIDATED', 'ENTRY', gen_random_uuid() FROM account",
  );
};
/** The caller's newest unread notification (the target's for the anonymous caller), remembered for the check. */
let lastNotification = '';
const ownNotification = async (t: TestApp, headers: Record<string, string>, target: Target): Promise<string> => {
  const email = (await callerEmail(t, headers)) ?? target.email;
  const [row] = await t.dataSource.query<{ id: string }[]>(
    'SELECT n.id FROM notification n JOIN account a ON a.id = n.account_id WHERE a.email = $1 AND n.read_at IS NULL ORDER BY n.created_at DESC LIMIT 1',
    [email],
  );
  lastNotification = row?.id ?? '';
  return lastNotification;
};
const readAtOf = async (t: TestApp): Promise<Date | null> =>
  (await t.dataSource.query<{ read_at: Date | null }[]>('SELECT read_at FROM notification WHERE id = $1', [lastNotification]))[0]
    ?.read_at ?? null;

const accountRow = async (t: TestApp, id: string): Promise<Record<string, unknown>> =>
  (
    await t.dataSource.query<Record<string, unknown>[]>(
      'SELECT display_name, role, country_iso3, active, token_version FROM account WHERE id = $1',
      [id],
    )
  )[0];

const MATRIX: Record<string, Row> = {
  login: {
    call: (t, target, headers) =>
      t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: target.email, p: PASSWORD }, headers),
    check: async () => undefined,
    expected: {
      anonymous: 'ALLOWED',
      focalPointOfTheCountry: 'ALLOWED',
      focalPointOfAnotherCountry: 'ALLOWED',
      analyst: 'ALLOWED',
      secretariat: 'ALLOWED',
    },
  },
  signIn: {
    call: (t, target, headers) =>
      t.gql(
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { account { email } } }',
        { e: target.email, p: PASSWORD },
        headers,
      ),
    check: async () => undefined,
    expected: {
      anonymous: 'ALLOWED',
      focalPointOfTheCountry: 'ALLOWED',
      focalPointOfAnotherCountry: 'ALLOWED',
      analyst: 'ALLOWED',
      secretariat: 'ALLOWED',
    },
  },
  signOut: {
    call: (t, _target, headers) => t.gql('mutation { signOut }', {}, headers),
    check: async () => undefined,
    expected: {
      anonymous: 'ALLOWED',
      focalPointOfTheCountry: 'ALLOWED',
      focalPointOfAnotherCountry: 'ALLOWED',
      analyst: 'ALLOWED',
      secretariat: 'ALLOWED',
    },
  },
  createAccount: {
    call: (t, target, headers) =>
      t.gql(
        'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
        { input: { email: `new-${target.id}@example.org`, displayName: 'New', role: 'FOCAL_POINT', country: 'MAR', password: PASSWORD } },
        headers,
      ),
    check: async (t, target) => {
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM account WHERE email = $1', [`new-${target.id}@example.org`])).toEqual(
        [{ n: 1 }],
      );
    },
    expected: SECRETARIAT_ONLY,
  },
  updateAccount: {
    call: (t, target, headers) =>
      t.gql(
        'mutation($id: ID!, $v: Int!) { updateAccount(id: $id, version: $v, input: { displayName: "Renamed" }) { id } }',
        { id: target.id, v: target.version },
        headers,
      ),
    check: async (t, target) => expect((await accountRow(t, target.id)).display_name).toBe('Renamed'),
    expected: SECRETARIAT_ONLY,
  },
  deactivateAccount: {
    call: (t, target, headers) => t.gql('mutation($id: ID!) { deactivateAccount(id: $id) { id } }', { id: target.id }, headers),
    check: async (t, target) => expect((await accountRow(t, target.id)).active).toBe(false),
    expected: SECRETARIAT_ONLY,
  },
  reactivateAccount: {
    prepare: async (t, target) => {
      await t.dataSource.query('UPDATE account SET active = false WHERE id = $1', [target.id]);
    },
    call: (t, target, headers) => t.gql('mutation($id: ID!) { reactivateAccount(id: $id) { id } }', { id: target.id }, headers),
    check: async (t, target) => expect((await accountRow(t, target.id)).active).toBe(true),
    expected: SECRETARIAT_ONLY,
  },
  resetAccountPassword: {
    call: (t, target, headers) =>
      t.gql('mutation($id: ID!) { resetAccountPassword(id: $id, newPassword: "a brand new password") { id } }', { id: target.id }, headers),
    check: async (t, target) => {
      const res = await t.gql('mutation($e: String!) { login(email: $e, password: "a brand new password") { token } }', {
        e: target.email,
      });
      expect(res.errors).toBeUndefined();
    },
    expected: SECRETARIAT_ONLY,
  },
  createFirstAccount: {
    call: (t, target, headers) =>
      t.gql(
        'mutation($input: FirstAccountInput!) { createFirstAccount(token: "any-token", input: $input) { id } }',
        { input: { email: `first-${target.id}@example.org`, displayName: 'First', password: PASSWORD } },
        headers,
      ),
    check: async () => undefined,
    expected: {
      anonymous: 'CONFLICT',
      focalPointOfTheCountry: 'CONFLICT',
      focalPointOfAnotherCountry: 'CONFLICT',
      analyst: 'CONFLICT',
      secretariat: 'CONFLICT',
    },
  },
  changeMyPassword: {
    call: async (t, _target, headers) => {
      const email = await callerEmail(t, headers);
      const stored = email
        ? (await t.dataSource.query<{ password_hash: string }[]>('SELECT password_hash FROM account WHERE email = $1', [email]))[0]
        : undefined;
      const res = await t.gql(
        'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) { id } }',
        { c: PASSWORD, n: OWN_NEW_PASSWORD },
        headers,
      );
      Object.assign(ownAccountRow, { email, passwordHash: stored?.password_hash, endedSession: { ...headers }, headers });
      return res;
    },
    check: async (t) => {
      const { email, passwordHash, endedSession, headers } = ownAccountRow as Required<typeof ownAccountRow>;
      expect((await t.gql('{ me { email } }', {}, endedSession)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const res = await t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
        e: email,
        p: OWN_NEW_PASSWORD,
      });
      expect(res.errors).toBeUndefined();
      // The caller's password back as it was, and a new session for the rows that follow.
      await t.dataSource.query('UPDATE account SET password_hash = $2 WHERE email = $1', [email, passwordHash]);
      Object.assign(headers, await signIn(t, email, PASSWORD));
    },
    expected: EVERY_ACCOUNT,
  },
  signOutEverywhere: {
    call: async (t, _target, headers) => {
      const email = await callerEmail(t, headers);
      const res = await t.gql('mutation { signOutEverywhere }', {}, headers);
      Object.assign(ownAccountRow, { email, endedSession: { ...headers }, headers });
      return res;
    },
    check: async (t) => {
      const { email, endedSession, headers } = ownAccountRow as Required<typeof ownAccountRow>;
      expect((await t.gql('{ me { email } }', {}, endedSession)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      Object.assign(headers, await signIn(t, email, PASSWORD));
    },
    expected: EVERY_ACCOUNT,
  },
  setPasswordWithLink: {
    prepare: async (t, target) => {
      // The secretariat resets without a password: the target is mailed a link (kept in the outbox: this app has no mail server).
      const reset = await t.gql('mutation($id: ID!) { resetAccountPassword(id: $id) { id } }', { id: target.id }, secretariatHeaders);
      if (reset.errors) throw new Error(`resetAccountPassword failed: ${JSON.stringify(reset.errors)}`);
      const [row] = await t.dataSource.query<{ token: string }[]>(
        "SELECT payload->>'token' AS token FROM mail_outbox WHERE account_id = $1 ORDER BY created_at DESC LIMIT 1",
        [target.id],
      );
      linkTokens.set(target.id, row?.token ?? '');
    },
    call: (t, target, headers) =>
      t.gql(
        'mutation($t: String!) { setPasswordWithLink(token: $t, newPassword: "a password set by link") }',
        { t: linkTokens.get(target.id) },
        headers,
      ),
    check: async (t, target) => {
      const res = await t.gql('mutation($e: String!) { login(email: $e, password: "a password set by link") { token } }', {
        e: target.email,
      });
      expect(res.errors).toBeUndefined();
    },
    expected: {
      anonymous: 'ALLOWED',
      focalPointOfTheCountry: 'ALLOWED',
      focalPointOfAnotherCountry: 'ALLOWED',
      analyst: 'ALLOWED',
      secretariat: 'ALLOWED',
    },
  },
  requestPasswordReset: {
    call: (t, target, headers) => t.gql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: target.email }, headers),
    check: async (t, target) => {
      const rows = await t.dataSource.query<{ kind: string }[]>('SELECT kind FROM mail_outbox WHERE account_id = $1', [target.id]);
      expect(rows).toEqual([{ kind: 'PASSWORD_RESET_REQUESTED' }]);
    },
    expected: {
      anonymous: 'ALLOWED',
      focalPointOfTheCountry: 'ALLOWED',
      focalPointOfAnotherCountry: 'ALLOWED',
      analyst: 'ALLOWED',
      secretariat: 'ALLOWED',
    },
  },
  updateMyPreferences: {
    call: async (t, _target, headers) => {
      Object.assign(ownAccountRow, { email: await callerEmail(t, headers) });
      return t.gql('mutation { updateMyPreferences(language: FR, mailMode: NONE) { language } }', {}, headers);
    },
    check: async (t) => {
      const [row] = await t.dataSource.query<{ language: string; mail_mode: string }[]>(
        'SELECT language, mail_mode FROM account WHERE email = $1',
        [ownAccountRow.email],
      );
      expect(row).toEqual({ language: 'FR', mail_mode: 'NONE' });
      await t.dataSource.query("UPDATE account SET language = 'EN', mail_mode = 'IMMEDIATE' WHERE email = $1", [ownAccountRow.email]);
    },
    expected: EVERY_ACCOUNT,
  },
  markNotificationsRead: {
    prepare: notifyEveryAccount,
    call: async (t, target, headers) => {
      const id = await ownNotification(t, headers, target);
      return t.gql('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [id] }, headers);
    },
    check: async (t) => expect(await readAtOf(t)).not.toBeNull(),
    expected: EVERY_ACCOUNT,
  },
  markAllNotificationsRead: {
    prepare: notifyEveryAccount,
    call: async (t, target, headers) => {
      await ownNotification(t, headers, target);
      return t.gql('mutation { markAllNotificationsRead }', {}, headers);
    },
    check: async (t) => expect(await readAtOf(t)).not.toBeNull(),
    expected: EVERY_ACCOUNT,
  },
  unlockAccount: {
    prepare: async (t, target) => {
      await t.dataSource.query("UPDATE account SET locked_until = now() + interval '1 hour' WHERE id = $1", [target.id]);
    },
    call: (t, target, headers) => t.gql('mutation($id: ID!) { unlockAccount(id: $id) { id } }', { id: target.id }, headers),
    check: async (t, target) =>
      expect(await t.dataSource.query('SELECT locked_until FROM account WHERE id = $1', [target.id])).toEqual([{ locked_until: null }]),
    expected: SECRETARIAT_ONLY,
  },
  createPledge: {
    call: (t, target, headers) =>
      t.gql(
        'mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id } }',
        { input: moroccoPledgeInput({ title: `New pledge ${target.id}` }) },
        headers,
      ),
    check: async (t, target) => {
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM pledge WHERE title = $1', [`New pledge ${target.id}`])).toEqual([
        { n: 1 },
      ]);
    },
    expected: COUNTRY_SCOPED,
  },
  updatePledge: {
    prepare: (t, target) => preparePledge(t, target),
    call: (t, target, headers) =>
      t.gql(
        'mutation($id: ID!, $v: Int!) { updatePledge(id: $id, version: $v, input: { title: "Renamed pledge" }) { id } }',
        { id: subjectOf(target).id, v: subjectOf(target).version },
        headers,
      ),
    check: async (t, target) => expect((await pledgeRow(t, subjectOf(target).id)).title).toBe('Renamed pledge'),
    expected: COUNTRY_SCOPED,
  },
  recordPledgeUpdate: {
    prepare: (t, target) => preparePledge(t, target),
    call: (t, target, headers) =>
      t.gql(
        'mutation($id: ID!, $v: Int!) { recordPledgeUpdate(pledgeId: $id, version: $v, input: { status: IN_PROGRESS, narrative: "Started." }) { id } }',
        { id: subjectOf(target).id, v: subjectOf(target).version },
        headers,
      ),
    check: async (t, target) => expect((await pledgeRow(t, subjectOf(target).id)).status).toBe('IN_PROGRESS'),
    expected: COUNTRY_SCOPED,
  },
  importPledges: {
    call: (t, target, headers) =>
      t.upload(
        'mutation($file: Upload!) { importPledges(file: $file) { imported } }',
        {},
        {
          name: 'pledges.csv',
          content: `externalId,title,description,pledgingCountry,nature,objectives,target\r\nIMP-${target.id},Imported ${target.id},An imported pledge description.,MAR,POLICY,16,A target`,
        },
        headers,
      ),
    check: async (t, target) => {
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM pledge WHERE title = $1', [`Imported ${target.id}`])).toEqual([
        { n: 1 },
      ]);
    },
    expected: SECRETARIAT_ONLY,
  },
  createGoodPractice: {
    call: (t, target, headers) =>
      t.gql(
        'mutation($input: CreateGoodPracticeInput!) { createGoodPractice(input: $input) { id } }',
        { input: moroccoPracticeInput({ title: `Practice ${target.id}`, ownerCountry: 'MAR' }) },
        headers,
      ),
    check: async (t, target) => {
      expect(
        await t.dataSource.query('SELECT owner_country_iso3 AS owner FROM good_practice WHERE title = $1', [`Practice ${target.id}`]),
      ).toEqual([{ owner: 'MAR' }]);
    },
    expected: COUNTRY_SCOPED,
  },
  updateGoodPractice: {
    prepare: (t, target) => preparePractice(t, target),
    call: (t, target, headers) =>
      t.gql(
        'mutation($id: ID!, $v: Int!) { updateGoodPractice(id: $id, version: $v, input: { title: "Renamed practice" }) { id } }',
        { id: subjectOf(target).id, v: subjectOf(target).version },
        headers,
      ),
    check: async (t, target) => expect((await practiceRow(t, subjectOf(target).id)).title).toBe('Renamed practice'),
    expected: { ...COUNTRY_SCOPED, ...UNSEEN_BY_OTHER_COUNTRIES },
  },
  submitGoodPractice: {
    prepare: (t, target) => preparePractice(t, target),
    call: (t, target, headers) =>
      t.gql(
        'mutation($id: ID!, $v: Int!) { submitGoodPractice(id: $id, version: $v) { id } }',
        { id: subjectOf(target).id, v: subjectOf(target).version },
        headers,
      ),
    check: async (t, target) => expect((await practiceRow(t, subjectOf(target).id)).status).toBe('SUBMITTED'),
    expected: { ...COUNTRY_SCOPED, ...UNSEEN_BY_OTHER_COUNTRIES },
  },
  returnGoodPractice: {
    prepare: (t, target) => preparePractice(t, target, true),
    call: (t, target, headers) =>
      t.gql(
        'mutation($id: ID!, $v: Int!) { returnGoodPractice(id: $id, version: $v, comment: "Please add figures.") { id } }',
        { id: subjectOf(target).id, v: subjectOf(target).version },
        headers,
      ),
    check: async (t, target) => expect((await practiceRow(t, subjectOf(target).id)).status).toBe('RETURNED'),
    expected: SECRETARIAT_ONLY,
  },
  publishGoodPractice: {
    prepare: (t, target) => preparePractice(t, target, true),
    call: (t, target, headers) =>
      t.gql(
        'mutation($id: ID!, $v: Int!) { publishGoodPractice(id: $id, version: $v) { id } }',
        { id: subjectOf(target).id, v: subjectOf(target).version },
        headers,
      ),
    check: async (t, target) => expect((await practiceRow(t, subjectOf(target).id)).status).toBe('PUBLISHED'),
    expected: SECRETARIAT_ONLY,
  },
  draftGoodPracticeFromPledge: {
    prepare: (t, target) => preparePledge(t, target, 'FULFILLED'),
    call: (t, target, headers) =>
      t.gql('mutation($id: ID!) { draftGoodPracticeFromPledge(pledgeId: $id) { id } }', { id: subjectOf(target).id }, headers),
    check: async (t, target) => {
      expect(await t.dataSource.query('SELECT status FROM good_practice WHERE from_pledge_id = $1', [subjectOf(target).id])).toEqual([
        { status: 'DRAFT' },
      ]);
    },
    expected: COUNTRY_SCOPED,
  },
  createProgressEntry: {
    // No country in the input: a focal point always writes its own country's report.
    prepare: async (_t, target) => {
      nextSlot(target);
    },
    call: (t, target, headers) =>
      t.gql(
        'mutation($input: CreateProgressEntryInput!) { createProgressEntry(input: $input) { id } }',
        { input: entryInput(slotOf(target).cycle, slotOf(target).objective) },
        headers,
      ),
    check: async (t, target) => {
      const rows = await t.dataSource.query<unknown[]>(
        'SELECT e.state FROM progress_entry e JOIN progress_report r ON r.id = e.report_id WHERE r.cycle_code = $1 AND e.objective_number = $2',
        [slotOf(target).cycle, slotOf(target).objective],
      );
      expect(rows).toEqual([{ state: 'DRAFT' }]);
    },
    expected: {
      anonymous: 'UNAUTHENTICATED',
      focalPointOfTheCountry: 'ALLOWED',
      focalPointOfAnotherCountry: 'ALLOWED',
      analyst: 'FORBIDDEN',
      secretariat: 'FORBIDDEN',
    },
  },
  updateProgressEntry: {
    prepare: (t, target) => prepareEntry(t, target),
    call: entryStep('updateProgressEntry', ', input: { narrative: "A narrative rewritten by the caller." }'),
    check: async (t, target) => expect((await entryRow(t, subjectOf(target).id)).narrative).toBe('A narrative rewritten by the caller.'),
    expected: { ...FOCAL_POINT_OF_THE_COUNTRY, ...UNSEEN_BY_OTHER_COUNTRIES },
  },
  submitProgressEntry: {
    prepare: (t, target) => prepareEntry(t, target),
    call: entryStep('submitProgressEntry'),
    check: async (t, target) => expect((await entryRow(t, subjectOf(target).id)).state).toBe('SUBMITTED'),
    expected: { ...FOCAL_POINT_OF_THE_COUNTRY, ...UNSEEN_BY_OTHER_COUNTRIES },
  },
  submitProgressReport: {
    prepare: (t, target) => prepareEntry(t, target, 'DRAFT', REPORT_CYCLE),
    // Acts on the caller's own report: Mexico has none in an ECA review.
    call: (t, _target, headers) => t.gql(`mutation { submitProgressReport(cycle: "${REPORT_CYCLE}") { id } }`, {}, headers),
    check: async (t, target) => expect((await entryRow(t, subjectOf(target).id)).state).toBe('SUBMITTED'),
    expected: { ...FOCAL_POINT_OF_THE_COUNTRY, focalPointOfAnotherCountry: 'NOT_FOUND' },
  },
  validateProgressEntry: {
    prepare: (t, target) => prepareEntry(t, target, 'SUBMITTED'),
    call: entryStep('validateProgressEntry'),
    check: async (t, target) => expect(await entryRow(t, subjectOf(target).id)).toMatchObject({ state: 'VALIDATED', validated_level: 2 }),
    expected: SECRETARIAT_ONLY,
  },
  returnProgressEntry: {
    prepare: (t, target) => prepareEntry(t, target, 'SUBMITTED'),
    call: entryStep('returnProgressEntry', ', comment: "Please add figures."'),
    check: async (t, target) => expect((await entryRow(t, subjectOf(target).id)).state).toBe('RETURNED'),
    expected: SECRETARIAT_ONLY,
  },
  reopenProgressEntry: {
    prepare: (t, target) => prepareEntry(t, target, 'VALIDATED'),
    call: entryStep('reopenProgressEntry', ', reason: "New figures."'),
    check: async (t, target) => expect(await entryRow(t, subjectOf(target).id)).toMatchObject({ state: 'RETURNED', validated_level: null }),
    expected: SECRETARIAT_ONLY,
  },
  commentOnProgressEntry: {
    prepare: (t, target) => prepareEntry(t, target, 'SUBMITTED'),
    call: (t, target, headers) =>
      t.gql(
        'mutation($id: ID!) { commentOnProgressEntry(id: $id, comment: "A question on the figures.") { id } }',
        { id: subjectOf(target).id },
        headers,
      ),
    check: async (t, target) => {
      expect(
        await t.dataSource.query("SELECT count(*)::int AS n FROM progress_entry_event WHERE entry_id = $1 AND action = 'COMMENTED'", [
          subjectOf(target).id,
        ]),
      ).toEqual([{ n: 1 }]);
    },
    expected: { ...COUNTRY_SCOPED, ...UNSEEN_BY_OTHER_COUNTRIES },
  },
  setReportingWindow: {
    call: (t, _target, headers) =>
      t.gql(
        'mutation { setReportingWindow(cycle: "RR1-UNECE-2020", opensOn: "2020-03-01", closesOn: "2020-10-31") { isOpen } }',
        {},
        headers,
      ),
    check: async (t) => {
      expect(
        await t.dataSource.query("SELECT opens_on::text, closes_on::text FROM reporting_window WHERE cycle_code = 'RR1-UNECE-2020'"),
      ).toEqual([{ opens_on: '2020-03-01', closes_on: '2020-10-31' }]);
    },
    expected: SECRETARIAT_ONLY,
  },
  extendReportingWindow: {
    call: (t, _target, headers) =>
      t.gql(
        'mutation { extendReportingWindow(cycle: "RR2-UNECE-2024", country: "PRT", closesOn: "2024-05-31", reason: "National elections") { extendedTo } }',
        {},
        headers,
      ),
    check: async (t) => {
      expect(
        await t.dataSource.query(
          "SELECT closes_on::text FROM reporting_window_extension WHERE cycle_code = 'RR2-UNECE-2024' AND country_iso3 = 'PRT'",
        ),
      ).toEqual([{ closes_on: '2024-05-31' }]);
    },
    expected: SECRETARIAT_ONLY,
  },
  createEvent: {
    call: (t, target, headers) =>
      t.gql(
        'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
        { input: dialogueInput({ title: { en: `Event ${target.id}` } }) },
        headers,
      ),
    check: async (t, target) => {
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM event WHERE title_en = $1', [`Event ${target.id}`])).toEqual([
        { n: 1 },
      ]);
    },
    expected: SECRETARIAT_ONLY,
  },
  updateEvent: {
    prepare: prepareEvent,
    call: (t, target, headers) =>
      t.gql(
        'mutation($id: ID!, $v: Int!) { updateEvent(id: $id, version: $v, input: { place: "Renamed place" }) { id } }',
        { id: eventOf(target).id, v: eventOf(target).version },
        headers,
      ),
    check: async (t, target) => {
      expect(await t.dataSource.query('SELECT place FROM event WHERE id = $1', [eventOf(target).id])).toEqual([{ place: 'Renamed place' }]);
    },
    expected: SECRETARIAT_ONLY,
  },
  deleteEvent: {
    prepare: prepareEvent,
    call: (t, target, headers) =>
      t.gql(
        'mutation($id: ID!, $v: Int!) { deleteEvent(id: $id, version: $v) }',
        { id: eventOf(target).id, v: eventOf(target).version },
        headers,
      ),
    check: async (t, target) => {
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM event WHERE id = $1', [eventOf(target).id])).toEqual([{ n: 0 }]);
    },
    expected: SECRETARIAT_ONLY,
  },
  recordEventParticipation: {
    prepare: prepareEvent,
    call: (t, target, headers) =>
      t.gql(
        'mutation($e: ID!) { recordEventParticipation(input: { eventId: $e, country: "MAR", role: SPEAKER }) { id } }',
        { e: eventOf(target).id },
        headers,
      ),
    check: async (t, target) => expect(await participationOf(t, target)).toEqual([{ role: 'SPEAKER' }]),
    expected: COUNTRY_SCOPED,
  },
  removeEventParticipation: {
    prepare: async (t, target) => {
      await prepareEvent(t, target);
      const res = await t.gql(
        'mutation($e: ID!) { recordEventParticipation(input: { eventId: $e, country: "MAR" }) { id } }',
        { e: eventOf(target).id },
        secretariatHeaders,
      );
      expect(res.errors).toBeUndefined();
    },
    call: (t, target, headers) =>
      t.gql('mutation($e: ID!) { removeEventParticipation(eventId: $e, country: "MAR") { id } }', { e: eventOf(target).id }, headers),
    check: async (t, target) => expect(await participationOf(t, target)).toEqual([]),
    expected: COUNTRY_SCOPED,
  },
  linkEventGoodPractice: {
    prepare: async (t, target) => {
      await prepareEvent(t, target);
      await preparePractice(t, target);
    },
    call: (t, target, headers) =>
      t.gql(
        'mutation($e: ID!, $p: ID!) { linkEventGoodPractice(eventId: $e, practiceId: $p) { id } }',
        { e: eventOf(target).id, p: subjectOf(target).id },
        headers,
      ),
    check: async (t, target) => expect(await eventLinks(t, target, 'event_good_practice', 'practice_id')).toBe(1),
    // The practice is a draft of Morocco's: to another country's focal point it does not exist.
    expected: { ...COUNTRY_SCOPED, focalPointOfAnotherCountry: 'NOT_FOUND' },
  },
  unlinkEventGoodPractice: {
    prepare: async (t, target) => {
      await prepareEvent(t, target);
      await preparePractice(t, target);
      const res = await t.gql(
        'mutation($e: ID!, $p: ID!) { linkEventGoodPractice(eventId: $e, practiceId: $p) { id } }',
        { e: eventOf(target).id, p: subjectOf(target).id },
        secretariatHeaders,
      );
      expect(res.errors).toBeUndefined();
    },
    call: (t, target, headers) =>
      t.gql(
        'mutation($e: ID!, $p: ID!) { unlinkEventGoodPractice(eventId: $e, practiceId: $p) { id } }',
        { e: eventOf(target).id, p: subjectOf(target).id },
        headers,
      ),
    check: async (t, target) => expect(await eventLinks(t, target, 'event_good_practice', 'practice_id')).toBe(0),
    expected: { ...COUNTRY_SCOPED, focalPointOfAnotherCountry: 'NOT_FOUND' },
  },
  linkEventPledge: {
    prepare: async (t, target) => {
      await prepareEvent(t, target);
      await preparePledge(t, target);
    },
    call: (t, target, headers) =>
      t.gql(
        'mutation($e: ID!, $p: ID!) { linkEventPledge(input: { eventId: $e, pledgeId: $p }) { id } }',
        { e: eventOf(target).id, p: subjectOf(target).id },
        headers,
      ),
    check: async (t, target) => expect(await eventLinks(t, target, 'event_pledge', 'pledge_id')).toBe(1),
    expected: COUNTRY_SCOPED,
  },
  unlinkEventPledge: {
    prepare: async (t, target) => {
      await prepareEvent(t, target);
      await preparePledge(t, target);
      const res = await t.gql(
        'mutation($e: ID!, $p: ID!) { linkEventPledge(input: { eventId: $e, pledgeId: $p }) { id } }',
        { e: eventOf(target).id, p: subjectOf(target).id },
        secretariatHeaders,
      );
      expect(res.errors).toBeUndefined();
    },
    call: (t, target, headers) =>
      t.gql(
        'mutation($e: ID!, $p: ID!) { unlinkEventPledge(input: { eventId: $e, pledgeId: $p }) { id } }',
        { e: eventOf(target).id, p: subjectOf(target).id },
        headers,
      ),
    check: async (t, target) => expect(await eventLinks(t, target, 'event_pledge', 'pledge_id')).toBe(0),
    expected: COUNTRY_SCOPED,
  },
};

describe('access matrix: every mutation for every kind of caller', () => {
  let t: TestApp;
  const headers = {} as Record<CallerName, Record<string, string>>;

  const createAccount = (role: Role, country?: string) => createTestAccount(t, role, country);
  const bearer = (account: Target) => signIn(t, account.email);
  /** Everything a refused call could have touched. */
  const fingerprint = async (): Promise<unknown> =>
    t.dataSource.query(
      `SELECT (SELECT md5(string_agg(a::text, ',' ORDER BY a.id)) FROM account a) AS accounts,
              (SELECT md5(coalesce(string_agg(p::text, ',' ORDER BY p.id), '')) FROM pledge p) AS pledges,
              (SELECT md5(coalesce(string_agg(g::text, ',' ORDER BY g.id), '')) FROM good_practice g) AS practices,
              (SELECT count(*)::int FROM pledge_update) AS pledge_updates,
              (SELECT count(*)::int FROM good_practice_review) AS practice_reviews,
              (SELECT md5(coalesce(string_agg(e::text, ',' ORDER BY e.id), '')) FROM progress_entry e) AS entries,
              (SELECT count(*)::int FROM progress_report) AS reports,
              (SELECT count(*)::int FROM progress_entry_event) AS entry_events,
              (SELECT md5(coalesce(string_agg(w::text, ',' ORDER BY w.cycle_code), '')) FROM reporting_window w) AS windows,
              (SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x.cycle_code, x.country_iso3), '')) FROM reporting_window_extension x) AS extensions,
              (SELECT md5(coalesce(string_agg(ev::text, ',' ORDER BY ev.id), '')) FROM event ev) AS calendar_events,
              (SELECT md5(coalesce(string_agg(ep::text, ',' ORDER BY ep.event_id, ep.country_iso3), '')) FROM event_participation ep) AS participation,
              (SELECT count(*)::int FROM event_good_practice) AS event_practices,
              (SELECT count(*)::int FROM event_pledge) AS event_pledges,
              (SELECT md5(coalesce(string_agg(n::text, ',' ORDER BY n.id), '')) FROM notification n) AS notifications,
              (SELECT md5(coalesce(string_agg(o::text, ',' ORDER BY o.id), '')) FROM mail_outbox o) AS mails,
              (SELECT count(*)::int FROM audit_event) AS events`,
    );

  beforeAll(async () => {
    t = await startTestApp();
    headers.anonymous = {};
    headers.focalPointOfTheCountry = await bearer(await createAccount(Role.FOCAL_POINT, 'MAR'));
    headers.focalPointOfAnotherCountry = await bearer(await createAccount(Role.FOCAL_POINT, 'MEX'));
    headers.analyst = await bearer(await createAccount(Role.ANALYST));
    headers.secretariat = await bearer(await createAccount(Role.SECRETARIAT));
    secretariatHeaders = headers.secretariat;
    moroccoHeaders = headers.focalPointOfTheCountry;
    for (const cycle of [...OPEN_CYCLES, REPORT_CYCLE]) {
      const res = await t.gql(
        'mutation($c: String!, $o: String!, $e: String!) { setReportingWindow(cycle: $c, opensOn: $o, closesOn: $e) { isOpen } }',
        { c: cycle, o: daysFromToday(-1), e: daysFromToday(30) },
        secretariatHeaders,
      );
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has a row for every mutation in the schema, and none for a mutation that is gone', async () => {
    const res = await t.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { mutationType { fields { name } } } }',
    );
    const inSchema = (res.data?.__schema.mutationType.fields ?? []).map((f) => f.name).sort();
    expect(inSchema.length).toBeGreaterThan(0);
    expect(Object.keys(MATRIX).sort()).toEqual(inSchema);
  });

  const cases = Object.entries(MATRIX).flatMap(([mutation, row]) =>
    CALLERS.map((caller) => [mutation, caller, row.expected[caller]] as const),
  );

  it.each(cases)('%s by %s: %s', async (mutation, caller, expected) => {
    const row = MATRIX[mutation];
    const target = await createAccount(Role.FOCAL_POINT, 'MAR');
    await row.prepare?.(t, target);
    const before = await fingerprint();
    const res = await row.call(t, target, headers[caller]);
    if (expected === 'ALLOWED') {
      expect(res.errors).toBeUndefined();
      await row.check(t, target);
    } else {
      expect(res.errors?.[0].extensions?.code).toBe(expected);
      expect(await fingerprint()).toEqual(before);
    }
  });
});
