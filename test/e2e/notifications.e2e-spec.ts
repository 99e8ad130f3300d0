import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Role } from '../../src/common/auth/role.js';
import { MailClock } from '../../src/modules/notifications/mail-clock.service.js';
import { MailOutboxWorker } from '../../src/modules/notifications/mail-outbox.worker.js';
import { ProgressService } from '../../src/modules/progress/progress.service.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { createPractice, practiceStep } from '../factories/practices.factory.js';
import { createEntry, extendWindow, step } from '../factories/progress.factory.js';
import { type ReceivedMail, SmtpInbox } from '../helpers/smtp-inbox.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Headers = Record<string, string>;

const ECA2 = 'RR2-ECA-2024';
const PUBLIC_URL = 'https://gcm-tracker.example.org';

/**
 * Notifications end to end: each event's in-app notifications and mails, received by a real
 * SMTP server inside the test process (smtp-server); the outbox's clock is moved, never waited for.
 */
describe('Notifications and their mails', () => {
  let t: TestApp;
  const inbox = new SmtpInbox();
  const received = inbox.received;
  let now = Date.now();
  let worker: MailOutboxWorker;
  let secretariat: Headers;
  let secretariatEmail: string;
  let secretariat2Email: string;
  let frenchFocal: Headers;
  let frenchEmail: string;
  let spanishFocal: Headers;
  let spanishEmail: string;
  let analyst: Headers;

  const listen = (): Promise<void> => inbox.start();
  const stopSmtp = (): Promise<void> => inbox.stop();

  const mailsTo = (email: string): ReceivedMail[] => inbox.to(email);
  const advance = (seconds: number): void => {
    now += seconds * 1000;
  };
  const outbox = async (): Promise<{ pending: number; total: number }> => {
    const [row] = await t.dataSource.query<{ pending: number; total: number }[]>(
      'SELECT count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL)::int AS pending, count(*)::int AS total FROM mail_outbox',
    );
    return row;
  };
  const myNotifications = (headers: Headers, first = 50) =>
    t.gql<{
      notifications: {
        totalCount: number;
        nodes: {
          id: string;
          kind: string;
          subjectType: string;
          subjectId: string;
          country: string | null;
          cycle: string | null;
          objective: number | null;
          title: string | null;
          comment: string | null;
          path: string;
          readAt: string | null;
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      unreadNotificationCount: number;
    }>(
      `query($first: Int) { notifications(first: $first) { totalCount nodes { id kind subjectType subjectId country cycle objective title comment path readAt }
         pageInfo { hasNextPage endCursor } } unreadNotificationCount }`,
      { first },
      headers,
    );
  const setLanguage = async (headers: Headers, language: string): Promise<void> => {
    const res = await t.gql('mutation($l: Language) { updateMyPreferences(language: $l) { language } }', { l: language }, headers);
    expect(res.errors).toBeUndefined();
  };

  beforeAll(async () => {
    await listen();
    t = await startTestApp({
      SMTP_URL: inbox.url,
      PUBLIC_URL,
      MAIL_GROUP_SECONDS: '120',
      MAIL_FROM: 'GCM Tracker <no-reply@example.org>',
    });
    jest.spyOn(t.app.get(MailClock), 'now').mockImplementation(() => new Date(now));
    worker = t.app.get(MailOutboxWorker);
    const sec = await createTestAccount(t, Role.SECRETARIAT);
    secretariatEmail = sec.email;
    secretariat = await signIn(t, sec.email);
    secretariat2Email = (await createTestAccount(t, Role.SECRETARIAT)).email;
    const fr = await createTestAccount(t, Role.FOCAL_POINT, 'MAR');
    frenchEmail = fr.email;
    frenchFocal = await signIn(t, fr.email);
    await setLanguage(frenchFocal, 'FR');
    const es = await createTestAccount(t, Role.FOCAL_POINT, 'MAR');
    spanishEmail = es.email;
    spanishFocal = await signIn(t, es.email);
    await setLanguage(spanishFocal, 'ES');
    analyst = await signIn(t, (await createTestAccount(t, Role.ANALYST)).email);
    await extendWindow(t, secretariat, ECA2, 'MAR');
  });
  afterAll(async () => {
    await t?.close();
    await stopSmtp();
  });

  let o16: { id: string; version: number };

  it('tells the focal points of the country, in their language, that an entry was returned, with the comment and a link', async () => {
    o16 = await createEntry(t, frenchFocal, ECA2, 16);
    o16 = await step(t, frenchFocal, 'submitProgressEntry', o16);
    o16 = await step(t, secretariat, 'returnProgressEntry', o16, { comment: 'Merci de préciser les régions couvertes.' });
    expect(await worker.deliverDue()).toMatchObject({ sent: 2, failed: 0 });

    const [fr] = mailsTo(frenchEmail);
    expect(mailsTo(frenchEmail)).toHaveLength(1);
    expect(fr?.language).toBe('fr');
    expect(fr?.subject).toMatch(/^Renvoyée pour modification : Objectif 16 : .+ \(Maroc, 2e examen régional, .+ \(RR2-ECA-2024\)\)$/);
    expect(fr?.text).toContain('Le secrétariat a renvoyé pour modification l’entrée de Maroc sur Objectif 16');
    expect(fr?.text).toContain('Commentaire : Merci de préciser les régions couvertes.');
    expect(fr?.text).toContain(`${PUBLIC_URL}/reports/RR2-ECA-2024/16`);
    expect(fr?.html).toContain(`href="${PUBLIC_URL}/reports/RR2-ECA-2024/16"`);
    const [es] = mailsTo(spanishEmail);
    expect(es?.subject).toMatch(/^Devuelta para cambios: Objetivo 16: .+ \(Marruecos, /);
    expect(es?.text).toContain('Comentario: Merci de préciser les régions couvertes.');
    // The secretariat's submission mail waits for the grouping delay; the one who returned it is not told of their own step.
    expect(mailsTo(secretariatEmail)).toHaveLength(0);

    const mine = await myNotifications(frenchFocal);
    expect(mine.data?.unreadNotificationCount).toBe(1);
    expect(mine.data?.notifications.nodes).toEqual([
      expect.objectContaining({
        kind: 'ENTRY_RETURNED',
        subjectType: 'ENTRY',
        subjectId: o16.id,
        country: 'MAR',
        cycle: ECA2,
        objective: 16,
        comment: 'Merci de préciser les régions couvertes.',
        path: '/reports/RR2-ECA-2024/16',
        readAt: null,
      }),
    ]);
  });

  it('mails the secretariat one list of the submissions of a delivery round, not one mail per entry', async () => {
    const o23 = await createEntry(t, frenchFocal, ECA2, 23);
    const o5 = await createEntry(t, spanishFocal, ECA2, 5);
    const res = await t.gql<{ submitProgressReport: { id: string }[] }>(
      'mutation($c: String!) { submitProgressReport(cycle: $c) { id } }',
      { c: ECA2 },
      frenchFocal,
    );
    expect(res.errors).toBeUndefined();
    expect(await worker.deliverDue()).toMatchObject({ sent: 0 });
    advance(121);
    expect(await worker.deliverDue()).toEqual({ sent: 2, rows: 8, failed: 0, gaveUp: 0 });

    for (const email of [secretariatEmail, secretariat2Email]) {
      const mails = mailsTo(email);
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toBe('4 submissions to review');
      expect(mails[0]?.language).toBe('en');
      for (const id of [o16.id, o23.id, o5.id]) expect(mails[0]?.text).toContain(`${PUBLIC_URL}/review/entries/${id}`);
      expect(mails[0]?.text).toMatch(/Morocco submitted its entry on Objective 23: .+ for Second Regional Review/);
    }
    const sec = await myNotifications(secretariat);
    expect(sec.data?.unreadNotificationCount).toBe(4);
    expect(sec.data?.notifications.nodes.every((n) => n.kind === 'ENTRY_SUBMITTED' && n.path.startsWith('/review/entries/'))).toBe(true);
  });

  it('tells the focal points of validations and reopenings (with the reason), in their language', async () => {
    const [entry] =
      (
        await t.gql<{ progressReport: { entries: { id: string; version: number; objective: { number: number } }[] } }>(
          'query { progressReport(country: "MAR", cycle: "RR2-ECA-2024") { entries { id version objective { number } } } }',
          {},
          secretariat,
        )
      ).data?.progressReport.entries.filter((e) => e.objective.number === 23) ?? [];
    const validated = await step(t, secretariat, 'validateProgressEntry', entry);
    await step(t, secretariat, 'reopenProgressEntry', validated, { reason: 'Une source manque pour les accords bilatéraux.' });
    const before = received.length;
    expect(await worker.deliverDue()).toMatchObject({ sent: 4, failed: 0 });
    const fresh = received.slice(before);
    const fr = fresh.filter((m) => m.to.includes(frenchEmail)).map((m) => m.subject);
    expect(fr).toEqual([expect.stringMatching(/^Validée : Objectif 23 : /), expect.stringMatching(/^Rouverte : Objectif 23 : /)]);
    expect(fresh.find((m) => m.to.includes(frenchEmail) && m.subject.startsWith('Rouverte'))?.text).toContain(
      'Motif : Une source manque pour les accords bilatéraux.',
    );
    expect(fresh.filter((m) => m.to.includes(spanishEmail)).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Validada: Objetivo 23: /),
      expect.stringMatching(/^Reabierta: Objetivo 23: /),
    ]);
    expect(fresh.some((m) => m.to.includes(secretariatEmail))).toBe(false);
  });

  it('tells of good practices: submitted to the secretariat, returned and published to the owner country', async () => {
    const created = await createPractice(t, frenchFocal, { results: 'Cinq guichets ouverts.', lessonsLearned: 'Associer les communes.' });
    let p = await practiceStep(t, frenchFocal, 'submitGoodPractice', created);
    p = await practiceStep(t, secretariat, 'returnGoodPractice', p, 'Ajoutez les chiffres de 2023.');
    p = await practiceStep(t, frenchFocal, 'submitGoodPractice', p);
    await practiceStep(t, secretariat, 'publishGoodPractice', p);
    advance(121);
    const before = received.length;
    await worker.deliverDue();
    const fresh = received.slice(before);
    expect(fresh.filter((m) => m.to.includes(frenchEmail)).map((m) => m.subject)).toEqual([
      "Bonne pratique renvoyée pour modification : Guichets d'accueil pour les travailleurs saisonniers",
      "Bonne pratique publiée : Guichets d'accueil pour les travailleurs saisonniers",
    ]);
    expect(fresh.find((m) => m.to.includes(frenchEmail))?.text).toContain(`${PUBLIC_URL}/practices/${created.id}`);
    const toSecretariat = fresh.filter((m) => m.to.includes(secretariat2Email));
    expect(toSecretariat.map((m) => m.subject)).toEqual(['2 submissions to review']);
    expect(toSecretariat[0]?.text).toContain(`${PUBLIC_URL}/review/practices/${created.id}`);
  });

  it('mails a new account, in its language, a single-use link to set its password; a reset without a password does the same', async () => {
    const email = `nueva-${Date.now()}@example.org`;
    const created = await t.gql<{ createAccount: { id: string; language: string } }>(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id language } }',
      { input: { email, displayName: 'Ana Pérez', role: 'FOCAL_POINT', country: 'MEX', language: 'ES' } },
      secretariat,
    );
    expect(created.errors).toBeUndefined();
    await worker.deliverDue();
    const [mail] = mailsTo(email);
    expect(mail?.subject).toBe('Su cuenta de GCM Tracker: elija su contraseña');
    expect(mail?.text).toContain('Hola, Ana Pérez:');
    const token = /\/set-password#([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1] as string;
    expect(mail?.text).toContain(`${PUBLIC_URL}/set-password#${token}`);
    // The mailed token is no longer kept once sent.
    const [kept] = await t.dataSource.query<{ token: string | null }[]>(
      "SELECT payload->>'token' AS token FROM mail_outbox WHERE to_address = $1",
      [email],
    );
    expect(kept?.token).toBeNull();

    const set = (tok: string, pw: string) =>
      t.gql('mutation($t: String!, $p: String!) { setPasswordWithLink(token: $t, newPassword: $p) }', { t: tok, p: pw });
    expect((await set(token, 'una contraseña bastante larga')).data).toEqual({ setPasswordWithLink: true });
    await signIn(t, email, 'una contraseña bastante larga');
    const again = await set(token, 'otra contraseña bastante larga');
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.fields).toEqual([{ field: 'token', messages: ['not a valid link (used, expired or replaced)'] }]);

    const reset = await t.gql(
      'mutation($id: ID!) { resetAccountPassword(id: $id) { id } }',
      { id: created.data?.createAccount.id },
      secretariat,
    );
    expect(reset.errors).toBeUndefined();
    await worker.deliverDue();
    const resetMail = mailsTo(email)[1];
    expect(resetMail?.subject).toBe('GCM Tracker: elija una nueva contraseña');
    const login = await t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: email,
      p: 'una contraseña bastante larga',
    });
    expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const resetToken = /\/set-password#([A-Za-z0-9_-]{43})/.exec(resetMail?.text ?? '')?.[1] as string;
    expect((await set(resetToken, 'la nueva contraseña larga')).data).toEqual({ setPasswordWithLink: true });
    await signIn(t, email, 'la nueva contraseña larga');
  });

  it("pages one's own notifications newest first and marks them read; nobody reads or marks another's", async () => {
    const first = await myNotifications(frenchFocal, 2);
    const all = await myNotifications(frenchFocal, 50);
    const kinds = all.data?.notifications.nodes.map((n) => n.kind);
    expect(kinds?.slice(0, 4)).toEqual(['PRACTICE_PUBLISHED', 'PRACTICE_RETURNED', 'ENTRY_REOPENED', 'ENTRY_VALIDATED']);
    expect(kinds?.at(-1)).toBe('ENTRY_RETURNED');
    expect(first.data?.notifications.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql<{ notifications: { nodes: { id: string }[] } }>(
      'query($after: String) { notifications(first: 2, after: $after) { nodes { id } } }',
      { after: first.data?.notifications.pageInfo.endCursor },
      frenchFocal,
    );
    expect(next.data?.notifications.nodes.map((n) => n.id)).toEqual(all.data?.notifications.nodes.slice(2, 4).map((n) => n.id));

    const unread = all.data?.unreadNotificationCount ?? 0;
    const frId = all.data?.notifications.nodes[0]?.id as string;
    // Another account's notification: NOT_FOUND, and nothing is marked, not even the caller's own.
    const spanishOwn = (await myNotifications(spanishFocal)).data?.notifications.nodes[0]?.id as string;
    const foreign = await t.gql('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [frId, spanishOwn] }, frenchFocal);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await myNotifications(frenchFocal)).data?.unreadNotificationCount).toBe(unread);
    expect((await myNotifications(analyst)).data).toMatchObject({ notifications: { totalCount: 0 }, unreadNotificationCount: 0 });

    const marked = await t.gql('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [frId] }, frenchFocal);
    expect(marked.data).toEqual({ markNotificationsRead: unread - 1 });
    expect((await t.gql('mutation { markAllNotificationsRead }', {}, frenchFocal)).data).toEqual({ markAllNotificationsRead: 0 });
    expect((await myNotifications(spanishFocal)).data?.unreadNotificationCount).toBeGreaterThan(0);

    const bad = await t.gql('mutation { markNotificationsRead(ids: ["not-a-uuid"]) }', {}, frenchFocal);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await t.gql('query { unreadNotificationCount }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('writes nothing when the step fails after its notifications were written: they share its transaction', async () => {
    let o9 = await createEntry(t, frenchFocal, ECA2, 9);
    o9 = await step(t, frenchFocal, 'submitProgressEntry', o9);
    const before = { outbox: await outbox(), notifications: (await myNotifications(frenchFocal)).data?.notifications.totalCount };
    const spy = jest.spyOn(t.app.get(ProgressService), 'findEntry').mockRejectedValueOnce(new Error('the answer could not be read'));
    const failed = await t.gql(
      'mutation($id: ID!, $v: Int!) { validateProgressEntry(id: $id, version: $v) { id } }',
      { id: o9.id, v: o9.version },
      secretariat,
    );
    spy.mockRestore();
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await outbox()).toEqual(before.outbox);
    expect((await myNotifications(frenchFocal)).data?.notifications.totalCount).toBe(before.notifications);
  });

  it('keeps mails while the mail server is down for an hour, retries with backoff, and delivers each once when it is back', async () => {
    advance(121);
    await worker.deliverDue();
    await stopSmtp();
    const [entry] =
      (
        await t.gql<{ progressReport: { entries: { id: string; version: number; objective: { number: number } }[] } }>(
          'query { progressReport(country: "MAR", cycle: "RR2-ECA-2024") { entries { id version objective { number } } } }',
          {},
          secretariat,
        )
      ).data?.progressReport.entries.filter((e) => e.objective.number === 9) ?? [];
    await step(t, secretariat, 'validateProgressEntry', entry);
    const start = now;
    const before = received.length;
    let attempts = 0;
    // An hour of one-minute delivery rounds with the server down: every due mail fails and is pushed back.
    while (now - start < 3600_000) {
      const round = await worker.deliverDue();
      attempts += round.failed > 0 ? 1 : 0;
      advance(60);
    }
    expect(received.length).toBe(before);
    expect(attempts).toBeGreaterThanOrEqual(6);
    expect(attempts).toBeLessThanOrEqual(8);
    const [row] = await t.dataSource.query<{ attempts: number; last_error: string; sent_at: Date | null }[]>(
      "SELECT attempts, last_error, sent_at FROM mail_outbox WHERE kind = 'ENTRY_VALIDATED' AND to_address = $1 ORDER BY created_at DESC LIMIT 1",
      [frenchEmail],
    );
    expect(row).toMatchObject({ sent_at: null });
    expect(row?.attempts).toBe(attempts);
    expect(row?.last_error).toMatch(/ECONNREFUSED|connect/i);

    await listen();
    // Two workers, as two server processes would run, deliver the due mails together: each mail once.
    const other = new MailOutboxWorker(
      t.dataSource,
      t.config,
      // The same transport and clock; the worker's own claim is what keeps them apart.
      ...(['transport', 'clock', 'countries', 'objectives', 'cycles'].map((k) => (worker as unknown as Record<string, unknown>)[k]) as [
        never,
        never,
        never,
        never,
        never,
      ]),
    );
    let sent = 0;
    for (let i = 0; i < 40 && sent === 0; i++) {
      const rounds = await Promise.all([worker.deliverDue(), other.deliverDue()]);
      sent = rounds.reduce((n, r) => n + r.sent, 0);
      if (sent === 0) advance(60);
    }
    expect(sent).toBe(2);
    // Due again at 64 min (attempts at 0, 1, 2, 4, 8, 16, 32 min in one-minute rounds, then 32 min later).
    expect((now - start) / 60_000).toBeLessThanOrEqual(65);
    const fresh = received.slice(before);
    expect(fresh.map((m) => m.to[0]).sort()).toEqual([frenchEmail, spanishEmail].sort());
    expect(new Set(fresh.map((m) => m.messageId)).size).toBe(2);
    expect(fresh.find((m) => m.to.includes(frenchEmail))?.subject).toMatch(/^Validée : Objectif 9 : /);
    advance(3600);
    expect(await worker.deliverDue()).toMatchObject({ sent: 0, failed: 0 });
    expect(received.length).toBe(before + 2);
    expect((await outbox()).pending).toBe(0);
  });
});

describe('Daily digest', () => {
  let t: TestApp;
  const inbox = new SmtpInbox();
  // 10:00 UTC today: the next digest is tomorrow at 06:00 UTC.
  const today = new Date();
  let now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 10);

  beforeAll(async () => {
    await inbox.start();
    t = await startTestApp({ SMTP_URL: inbox.url, PUBLIC_URL, MAIL_GROUP_SECONDS: '0', DIGEST_HOUR_UTC: '6' });
    jest.spyOn(t.app.get(MailClock), 'now').mockImplementation(() => new Date(now));
  });
  afterAll(async () => {
    await t?.close();
    await inbox.stop();
  });

  it('mails those who chose it one list of the day’s notifications at the digest hour, in their language, once', async () => {
    const secretariat = await signIn(t, (await createTestAccount(t, Role.SECRETARIAT)).email);
    const digestAccount = await createTestAccount(t, Role.FOCAL_POINT, 'MAR');
    const digestFocal = await signIn(t, digestAccount.email);
    const prefs = await t.gql('mutation { updateMyPreferences(language: FR, mailMode: DAILY_DIGEST) { mailMode } }', {}, digestFocal);
    expect(prefs.errors).toBeUndefined();
    const immediateEmail = (await createTestAccount(t, Role.FOCAL_POINT, 'MAR')).email;
    await extendWindow(t, secretariat, ECA2, 'MAR');
    const worker = t.app.get(MailOutboxWorker);

    let o16 = await createEntry(t, digestFocal, ECA2, 16);
    let o23 = await createEntry(t, digestFocal, ECA2, 23);
    o16 = await step(t, digestFocal, 'submitProgressEntry', o16);
    o23 = await step(t, digestFocal, 'submitProgressEntry', o23);
    await step(t, secretariat, 'returnProgressEntry', o16, { comment: 'Merci de citer vos sources.' });
    await step(t, secretariat, 'validateProgressEntry', o23);
    await worker.deliverDue();
    expect(inbox.to(immediateEmail)).toHaveLength(2);
    expect(inbox.to(digestAccount.email)).toHaveLength(0);

    now += 20 * 3600_000 - 1000; // 05:59:59 the next day: not yet
    expect(await worker.deliverDue()).toMatchObject({ sent: 0 });
    now += 1000;
    expect(await worker.deliverDue()).toMatchObject({ sent: 1, rows: 2, failed: 0 });
    const [digest] = inbox.to(digestAccount.email);
    expect(inbox.to(digestAccount.email)).toHaveLength(1);
    expect(digest?.subject).toBe('Résumé quotidien de GCM Tracker : 2 notifications');
    expect(digest?.text).toContain('Depuis votre dernier résumé :');
    expect(digest?.text).toContain('- Le secrétariat a renvoyé pour modification l’entrée de Maroc sur Objectif 16');
    expect(digest?.text).toContain('  Commentaire : Merci de citer vos sources.');
    expect(digest?.text).toContain('- Le secrétariat a validé l’entrée de Maroc sur Objectif 23');
    expect(digest?.text).toContain(`${PUBLIC_URL}/reports/RR2-ECA-2024/16`);
    now += 24 * 3600_000;
    expect(await worker.deliverDue()).toMatchObject({ sent: 0 });
  });
});
