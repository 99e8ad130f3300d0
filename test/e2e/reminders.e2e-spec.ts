import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Role } from '../../src/common/auth/role.js';
import { MailClock } from '../../src/modules/notifications/mail-clock.service.js';
import { MailOutboxWorker } from '../../src/modules/notifications/mail-outbox.worker.js';
import { RemindersService } from '../../src/modules/reminders/reminders.service.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { createPledge } from '../factories/pledges.factory.js';
import { createEntry, daysFromToday, step } from '../factories/progress.factory.js';
import { SmtpInbox } from '../helpers/smtp-inbox.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Headers = Record<string, string>;

const ECA2 = 'RR2-ECA-2024';
const PUBLIC_URL = 'https://gcm-tracker.example.org';
const DAY = 86_400_000;

/**
 * The calendar's reminders and forgot password, end to end: a real SMTP server in the test
 * process receives the mails; the clock the reminders and the outbox go by is moved, never
 * waited for. The reporting window is set around the real today (focal points can only write
 * while it is open), then the clock is moved towards its last day.
 */
describe('Reminders tied to the review calendar', () => {
  let t: TestApp;
  const inbox = new SmtpInbox();
  let now = Date.now();
  let reminders: RemindersService;
  let worker: MailOutboxWorker;
  let secretariat: Headers;
  let secretariatEmail: string;
  /** Morocco: a draft and a returned entry, 21 objectives not reported on; its focal point reads French. */
  let moroccoFocal: Headers;
  let moroccoEmail: string;
  /** Another country of the region that reported on all 23 objectives: no work left. */
  let doneEmail: string;
  let doneIso3: string;
  /** A third country of the region that has not started. */
  let idleEmail: string;
  let idleIso3: string;
  /** A country outside the region: never reminded of RR2-ECA-2024. */
  let outsideEmail: string;
  let overduePledgeId: string;

  const at = (daysAhead: number): void => {
    now = Date.now() + daysAhead * DAY;
  };
  const windowReminders = async (
    email: string,
  ): Promise<{ kind: string; cycle_code: string; payload: { days?: number; date?: string } }[]> =>
    t.dataSource.query(
      `SELECT n.kind, n.cycle_code, n.payload FROM notification n JOIN account a ON a.id = n.account_id
        WHERE a.email = $1 AND n.kind IN ('WINDOW_CLOSING', 'WINDOW_CLOSED', 'REPORT_UNFINISHED') AND n.cycle_code = $2 ORDER BY n.created_at`,
      [email, ECA2],
    );

  beforeAll(async () => {
    await inbox.start();
    t = await startTestApp({ SMTP_URL: inbox.url, PUBLIC_URL, MAIL_FROM: 'GCM Tracker <no-reply@example.org>', MAIL_GROUP_SECONDS: '0' });
    jest.spyOn(t.app.get(MailClock), 'now').mockImplementation(() => new Date(now));
    reminders = t.app.get(RemindersService);
    worker = t.app.get(MailOutboxWorker);

    const sec = await createTestAccount(t, Role.SECRETARIAT);
    secretariatEmail = sec.email;
    secretariat = await signIn(t, sec.email);
    const window = await t.gql(
      'mutation($c: String!, $o: String!, $e: String!) { setReportingWindow(cycle: $c, opensOn: $o, closesOn: $e) { isOpen } }',
      { c: ECA2, o: daysFromToday(-10), e: daysFromToday(20) },
      secretariat,
    );
    expect(window.errors).toBeUndefined();

    const region = await t.dataSource.query<{ iso3: string }[]>(
      `SELECT m.country_iso3 AS iso3 FROM region_membership m JOIN review_cycle rc ON rc.region_code = m.region_code
        WHERE rc.code = $1 AND m.country_iso3 <> 'MAR' ORDER BY 1 LIMIT 2`,
      [ECA2],
    );
    [doneIso3, idleIso3] = region.map((r) => r.iso3) as [string, string];
    const [outside] = await t.dataSource.query<{ iso3: string }[]>(
      `SELECT c.iso3 FROM country c WHERE NOT EXISTS (SELECT 1 FROM region_membership m JOIN review_cycle rc ON rc.region_code = m.region_code
         WHERE rc.code = $1 AND m.country_iso3 = c.iso3) ORDER BY 1 LIMIT 1`,
      [ECA2],
    );

    const mar = await createTestAccount(t, Role.FOCAL_POINT, 'MAR');
    moroccoEmail = mar.email;
    await t.dataSource.query("UPDATE account SET language = 'FR' WHERE id = $1", [mar.id]);
    moroccoFocal = await signIn(t, mar.email);
    const done = await createTestAccount(t, Role.FOCAL_POINT, doneIso3);
    doneEmail = done.email;
    idleEmail = (await createTestAccount(t, Role.FOCAL_POINT, idleIso3)).email;
    outsideEmail = (await createTestAccount(t, Role.FOCAL_POINT, outside?.iso3)).email;

    await createEntry(t, moroccoFocal, ECA2, 16);
    let o23 = await createEntry(t, moroccoFocal, ECA2, 23);
    o23 = await step(t, moroccoFocal, 'submitProgressEntry', o23);
    await step(t, secretariat, 'returnProgressEntry', o23, { comment: 'Merci de préciser les sources.' });

    const doneHeaders = await signIn(t, done.email);
    for (let objective = 1; objective <= 23; objective += 1) await createEntry(t, doneHeaders, ECA2, objective);
    const submitted = await t.gql('mutation($c: String!) { submitProgressReport(cycle: $c) { id } }', { c: ECA2 }, doneHeaders);
    expect(submitted.errors).toBeUndefined();

    // A pledge whose target date falls 15 days from now, and one whose target passed long ago (not reminded of: outside the catch-up days).
    overduePledgeId = (
      await createPledge(t, moroccoFocal, { title: 'Legal aid desks in the three main ports', targetDate: daysFromToday(15) })
    ).id;
    const old = await createPledge(t, moroccoFocal, { title: 'An old pledge, long past its target' });
    await t.dataSource.query('UPDATE pledge SET target_date = $2 WHERE id = $1', [old.id, daysFromToday(-60)]);

    // What the steps above mailed goes out first, so each test sees only its own mails.
    await worker.deliverDue();
    inbox.received.length = 0;
  });
  afterAll(async () => {
    await t?.close();
    await inbox.stop();
  });

  it('sends nothing while the window is far from closing', async () => {
    at(0);
    expect(await reminders.sendDue()).toEqual({ WINDOW_CLOSING: 0, WINDOW_CLOSED: 0, REVIEW_WAITING: 0, PLEDGE_OVERDUE: 0 });
  });

  it('14 days before the last day: reminds exactly the countries with work left, once', async () => {
    at(6);
    const first = await reminders.sendDue();
    expect(first.WINDOW_CLOSING).toBe(2);
    expect(await reminders.sendDue()).toMatchObject({ WINDOW_CLOSING: 0 });
    expect(await windowReminders(moroccoEmail)).toEqual([
      { kind: 'WINDOW_CLOSING', cycle_code: ECA2, payload: expect.objectContaining({ days: 14, date: daysFromToday(20) }) },
    ]);
    expect(await windowReminders(idleEmail)).toHaveLength(1);
    expect(await windowReminders(doneEmail)).toHaveLength(0);
    expect(await windowReminders(outsideEmail)).toHaveLength(0);
    expect(await windowReminders(secretariatEmail)).toHaveLength(0);
  });

  it('3 days before: one reminder per country even when two rounds run at once, in French for a French reader, saying what is left', async () => {
    at(17);
    const [a, b] = await Promise.all([reminders.sendDue(), reminders.sendDue()]);
    expect((a?.WINDOW_CLOSING ?? 0) + (b?.WINDOW_CLOSING ?? 0)).toBe(2);
    expect(await worker.deliverDue()).toMatchObject({ failed: 0 });

    // The 14-day reminder, sent earlier, went out in this delivery round too: one mail each.
    expect(inbox.to(moroccoEmail).filter((m) => /clôturent dans 14 jours/.test(m.subject))).toHaveLength(1);
    const mails = inbox.to(moroccoEmail).filter((m) => /clôturent dans 3 jours/.test(m.subject));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.language).toBe('fr');
    expect(mail?.subject).toMatch(/^Les rapports se clôturent dans 3 jours : 2e examen régional, .+ \(RR2-ECA-2024\)$/);
    expect(mail?.text).toContain('se clôturent pour Maroc le');
    expect(mail?.text).toContain('1 brouillon, 1 entrée renvoyée pour modification, 21 objectifs sans entrée');
    expect(mail?.text).toContain(`${PUBLIC_URL}/reports`);
    expect(inbox.to(doneEmail)).toHaveLength(0);
    expect(inbox.to(outsideEmail)).toHaveLength(0);
    expect(await windowReminders(moroccoEmail)).toHaveLength(2);

    const inApp = await t.gql<{
      notifications: { nodes: { kind: string; subjectType: string; subjectId: string; date: string; days: number; path: string }[] };
    }>('{ notifications(first: 5) { nodes { kind subjectType subjectId date days path } } }', {}, moroccoFocal);
    expect(inApp.data?.notifications.nodes.find((n) => n.kind === 'WINDOW_CLOSING' && n.days === 3)).toMatchObject({
      kind: 'WINDOW_CLOSING',
      subjectType: 'REPORT',
      subjectId: `${ECA2}:MAR`,
      date: daysFromToday(20),
      days: 3,
      path: '/reports',
    });
  });

  it('reminds the state of a pledge past its target date once, and not of one long past', async () => {
    expect(await t.dataSource.query("SELECT subject_id FROM notification WHERE kind = 'PLEDGE_OVERDUE'")).toEqual([
      { subject_id: overduePledgeId },
    ]);
    const mail = inbox.to(moroccoEmail).find((m) => m.subject.startsWith('Engagement dont la date cible est dépassée'));
    expect(mail?.subject).toBe('Engagement dont la date cible est dépassée : Legal aid desks in the three main ports');
    expect(mail?.text).toContain(`${PUBLIC_URL}/pledges/${overduePledgeId}`);
  });

  it('reminds the secretariat of submissions waiting longer than REVIEW_WAITING_DAYS, in one mail, once', async () => {
    const waiting = await t.dataSource.query<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM notification n JOIN account a ON a.id = n.account_id WHERE a.email = $1 AND n.kind = 'REVIEW_WAITING'",
      [secretariatEmail],
    );
    expect(waiting).toEqual([{ n: 23 }]);
    const mails = inbox.to(secretariatEmail).filter((m) => m.text.includes('attend') || m.text.includes('waited'));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('23 submissions to review');
    expect(mails[0]?.text).toMatch(/entry on Objective 1: .+ has waited 17 days for review\./);
  });

  it('an extension moves the dates: new reminders for the new last day; a closed window tells the country and the secretariat, once', async () => {
    const ext = await t.gql(
      'mutation($c: String!, $to: String!) { extendReportingWindow(cycle: $c, country: "MAR", closesOn: $to, reason: "Consultation nationale") { isOpen } }',
      { c: ECA2, to: daysFromToday(25) },
      secretariat,
    );
    expect(ext.errors).toBeUndefined();
    at(21);
    const round = await reminders.sendDue();
    expect(round).toMatchObject({ WINDOW_CLOSING: 1, WINDOW_CLOSED: 1 });
    expect(await reminders.sendDue()).toMatchObject({ WINDOW_CLOSING: 0, WINDOW_CLOSED: 0 });
    expect((await windowReminders(moroccoEmail)).at(-1)).toEqual({
      kind: 'WINDOW_CLOSING',
      cycle_code: ECA2,
      payload: expect.objectContaining({ days: 4, date: daysFromToday(25) }),
    });
    expect((await windowReminders(idleEmail)).map((n) => n.kind)).toEqual(['WINDOW_CLOSING', 'WINDOW_CLOSING', 'WINDOW_CLOSED']);
    expect(await windowReminders(secretariatEmail)).toEqual([
      { kind: 'REPORT_UNFINISHED', cycle_code: ECA2, payload: expect.objectContaining({ date: daysFromToday(20) }) },
    ]);
    expect(await worker.deliverDue()).toMatchObject({ failed: 0 });
    const unfinished = inbox.to(secretariatEmail).find((m) => m.subject.startsWith('Unfinished report'));
    expect(unfinished?.text).toContain('23 objectives not reported on. You may extend its window.');
    expect(unfinished?.text).toContain(`${PUBLIC_URL}/admin/windows`);
    // Morocco's extended window closes with work left: told once; long after, nothing more about it.
    at(26);
    expect(await reminders.sendDue()).toMatchObject({ WINDOW_CLOSING: 0, WINDOW_CLOSED: 1 });
    expect(await reminders.sendDue()).toMatchObject({ WINDOW_CLOSED: 0 });
    at(60);
    expect(await reminders.sendDue()).toMatchObject({ WINDOW_CLOSING: 0, WINDOW_CLOSED: 0 });
  });
});

describe('Forgot password', () => {
  let t: TestApp;
  const inbox = new SmtpInbox();
  let worker: MailOutboxWorker;

  const ask = (email: string) =>
    t.gql<{ requestPasswordReset: boolean }>('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: email });

  beforeAll(async () => {
    await inbox.start();
    t = await startTestApp({ SMTP_URL: inbox.url, PUBLIC_URL, MAIL_FROM: 'GCM Tracker <no-reply@example.org>' });
    worker = t.app.get(MailOutboxWorker);
  });
  afterAll(async () => {
    await t?.close();
    await inbox.stop();
  });

  it('mails a single-use link in the person’s language; the password is unchanged until the link is used', async () => {
    const account = await createTestAccount(t, Role.FOCAL_POINT, 'MAR');
    await t.dataSource.query("UPDATE account SET language = 'ES' WHERE id = $1", [account.id]);
    expect((await ask(account.email.toUpperCase())).data).toEqual({ requestPasswordReset: true });
    await worker.deliverDue();
    const [mail] = inbox.to(account.email);
    expect(mail?.subject).toBe('GCM Tracker: restablezca su contraseña');
    expect(mail?.text).toContain('Si no lo pidió, ignore este mensaje: su contraseña no ha cambiado.');
    const token = /\/set-password#([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
    expect(token).toBeDefined();
    await signIn(t, account.email);

    const set = await t.gql('mutation($t: String!) { setPasswordWithLink(token: $t, newPassword: "a brand new password") }', { t: token });
    expect(set.errors).toBeUndefined();
    await signIn(t, account.email, 'a brand new password');
    const again = await t.gql('mutation($t: String!) { setPasswordWithLink(token: $t, newPassword: "yet another password") }', {
      t: token,
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [audit] = await t.dataSource.query<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'REQUEST_PASSWORD_RESET'",
      [account.id],
    );
    expect(audit).toEqual({ n: 1 });
  });

  it('answers the same for an unknown or deactivated address, and mails nothing', async () => {
    const inactive = await createTestAccount(t, Role.ANALYST);
    await t.dataSource.query('UPDATE account SET active = false WHERE id = $1', [inactive.id]);
    const [before] = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM mail_outbox');
    for (const email of ['nobody-here@example.org', inactive.email]) {
      const res = await ask(email);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ requestPasswordReset: true });
    }
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM mail_outbox')).toEqual([before]);
  });

  it('sends at most PASSWORD_RESET_REQUESTS_PER_HOUR links per address, answering the same past it', async () => {
    const account = await createTestAccount(t, Role.ANALYST);
    for (let i = 0; i < 5; i += 1) expect((await ask(account.email)).data).toEqual({ requestPasswordReset: true });
    const rows = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM mail_outbox WHERE account_id = $1', [
      account.id,
    ]);
    expect(rows).toEqual([{ n: 3 }]);
    // Only the newest link works.
    const links = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM password_link WHERE account_id = $1 AND used_at IS NULL',
      [account.id],
    );
    expect(links).toEqual([{ n: 1 }]);
  });

  it('refuses a malformed address with a field error on email', async () => {
    const bad = await ask('not an address');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors?.[0]?.extensions)).toContain('email');
  });
});
