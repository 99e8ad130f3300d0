import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error.js';
import type { Connection } from '../../common/pagination/connection.js';
import { keysetPage, SqlParams } from '../../common/pagination/keyset-page.js';
import { pageSize } from '../../common/pagination/keyset.js';
import { AppConfig } from '../../config/app-config.js';
import { LiveBus } from '../../database/live-bus.js';
import { MailMode } from '../accounts/account.enums.js';
import { AccountDirectoryService, type Recipient } from '../accounts/account-directory.service.js';
import type { NotificationsArgs } from './dto/notifications.args.js';
import { MailClock } from './mail-clock.service.js';
import { type MailPayload, MailOutboxEntity } from './mail-outbox.entity.js';
import { GROUPED_KINDS, NotificationKind, SUBJECT_OF_KIND } from './notification.enums.js';
import { NotificationEntity, type NotificationPayload } from './notification.entity.js';
import type { NotificationRow } from './notifications.rows.js';

/** A step on a progress entry that someone is told about. */
export interface EntryEvent {
  kind:
    NotificationKind.ENTRY_SUBMITTED | NotificationKind.ENTRY_RETURNED | NotificationKind.ENTRY_VALIDATED | NotificationKind.ENTRY_REOPENED;
  entryId: string;
  countryIso3: string;
  cycleCode: string;
  objective: number;
  /** The return comment or the reopening reason. */
  comment?: string | null;
  /** Who took the step (not told about their own step). */
  actorAccountId: string | null;
}

/** A step on a good practice that someone is told about. */
export interface PracticeEvent {
  kind: NotificationKind.PRACTICE_SUBMITTED | NotificationKind.PRACTICE_RETURNED | NotificationKind.PRACTICE_PUBLISHED;
  practiceId: string;
  /** The owner country (none for a regional or global practice kept by the secretariat). */
  countryIso3: string | null;
  title: string;
  comment?: string | null;
  actorAccountId: string | null;
}

/** A calendar reminder (computed by the reminders feature, which makes sure each fires once). */
export interface ReminderEvent {
  kind:
    | NotificationKind.WINDOW_CLOSING
    | NotificationKind.WINDOW_CLOSED
    | NotificationKind.REPORT_UNFINISHED
    | NotificationKind.REVIEW_WAITING
    | NotificationKind.PLEDGE_OVERDUE;
  /** The report (`<cycle>:<ISO3>`), entry or pledge. */
  subjectId: string;
  countryIso3: string;
  cycleCode: string | null;
  objective?: number | null;
  title?: string | null;
  date?: string | null;
  days?: number | null;
  /** What a report still lacks (mails only). */
  work?: { draft: number; returned: number; missing: number } | null;
}

/** A link to set one's password, mailed to the person (mail only: they cannot sign in yet). */
export interface PasswordLinkEvent {
  kind: NotificationKind.ACCOUNT_CREATED | NotificationKind.PASSWORD_RESET | NotificationKind.PASSWORD_RESET_REQUESTED;
  recipient: Recipient;
  token: string;
  expiresAt: Date;
}

/** The outbox group of an account's daily digest: its due mails go out as one mail. */
export const DIGEST_GROUP = 'digest:';

/** The next daily digest after `now`: today at `hourUtc`:00 UTC if that is still ahead, else tomorrow. */
export function nextDigestAt(now: Date, hourUtc: number): Date {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (at.getTime() <= now.getTime()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

const TO_SECRETARIAT: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.ENTRY_SUBMITTED,
  NotificationKind.PRACTICE_SUBMITTED,
  NotificationKind.REPORT_UNFINISHED,
  NotificationKind.REVIEW_WAITING,
]);

/**
 * In-app notifications and the mail outbox. The notifying features call the event methods
 * with their own transaction's EntityManager: the notifications and their mails are written
 * with the step they report, or not at all. Reading is for one's own account only.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly directory: AccountDirectoryService,
    private readonly clock: MailClock,
    private readonly config: AppConfig,
    private readonly live: LiveBus,
  ) {}

  /** Submissions: the secretariat; returns, validations and reopenings: the country's focal points. */
  async entryEvent(m: EntityManager, e: EntryEvent): Promise<void> {
    const recipients = TO_SECRETARIAT.has(e.kind)
      ? await this.directory.secretariat(m)
      : await this.directory.focalPointsOf(m, e.countryIso3);
    // Every step on an entry moves it into or out of the review queue.
    this.live.publish(m, { topic: 'review-queue' });
    await this.notify(m, recipients, e.actorAccountId, {
      kind: e.kind,
      subjectId: e.entryId,
      countryIso3: e.countryIso3,
      cycleCode: e.cycleCode,
      payload: { objective: e.objective, comment: e.comment?.trim() || null },
    });
  }

  /** Submissions: the secretariat; returns and publications: the owner country's focal points (if it has one). */
  async practiceEvent(m: EntityManager, e: PracticeEvent): Promise<void> {
    const recipients = TO_SECRETARIAT.has(e.kind)
      ? await this.directory.secretariat(m)
      : e.countryIso3
        ? await this.directory.focalPointsOf(m, e.countryIso3)
        : [];
    this.live.publish(m, { topic: 'review-queue' });
    await this.notify(m, recipients, e.actorAccountId, {
      kind: e.kind,
      subjectId: e.practiceId,
      countryIso3: e.countryIso3,
      cycleCode: null,
      payload: { title: e.title, comment: e.comment?.trim() || null },
    });
  }

  /**
   * Reminders: the country's focal points, or (an unfinished report, a submission waiting for
   * review) the secretariat. Each list of recipients is read once for all the reminders given.
   */
  async reminderEvents(m: EntityManager, events: readonly ReminderEvent[]): Promise<void> {
    const lists = new Map<string, Promise<Recipient[]>>();
    const recipientsOf = (e: ReminderEvent): Promise<Recipient[]> => {
      const key = TO_SECRETARIAT.has(e.kind) ? 'secretariat' : `focal:${e.countryIso3}`;
      let list = lists.get(key);
      if (!list) {
        list = TO_SECRETARIAT.has(e.kind) ? this.directory.secretariat(m) : this.directory.focalPointsOf(m, e.countryIso3);
        lists.set(key, list);
      }
      return list;
    };
    for (const e of events) {
      await this.notify(m, await recipientsOf(e), null, {
        kind: e.kind,
        subjectId: e.subjectId,
        countryIso3: e.countryIso3,
        cycleCode: e.cycleCode,
        payload: { objective: e.objective ?? null, title: e.title ?? null, date: e.date ?? null, days: e.days ?? null },
        mail: e.work ? { work: e.work } : {},
      });
    }
  }

  /** The mail with a single-use link to set one's password, whatever the person's mail mode (it is their only way in). */
  async passwordLinkEvent(m: EntityManager, e: PasswordLinkEvent): Promise<void> {
    await m.insert(MailOutboxEntity, {
      accountId: e.recipient.accountId,
      toAddress: e.recipient.email,
      language: e.recipient.language,
      kind: e.kind,
      groupKey: null,
      payload: {
        subjectType: SUBJECT_OF_KIND[e.kind],
        subjectId: e.recipient.accountId,
        displayName: e.recipient.displayName,
        token: e.token,
        expiresAt: e.expiresAt.toISOString(),
      },
      nextAttemptAt: this.clock.now(),
    });
  }

  private async notify(
    m: EntityManager,
    recipients: Recipient[],
    actorAccountId: string | null,
    n: {
      kind: NotificationKind;
      subjectId: string;
      countryIso3: string | null;
      cycleCode: string | null;
      payload: NotificationPayload;
      /** What only the mail says. */
      mail?: Partial<MailPayload>;
    },
  ): Promise<void> {
    const to = recipients.filter((r) => r.accountId !== actorAccountId);
    if (to.length === 0) return;
    const subjectType = SUBJECT_OF_KIND[n.kind];
    await m.insert(
      NotificationEntity,
      to.map((r) => ({
        accountId: r.accountId,
        kind: n.kind,
        subjectType,
        subjectId: n.subjectId,
        countryIso3: n.countryIso3,
        cycleCode: n.cycleCode,
        payload: n.payload,
      })),
    );
    this.live.publish(m, { topic: 'notifications', accounts: to.map((r) => r.accountId) });
    // No mail for those who chose none; a daily digest's mails wait for its hour and go out as one mail.
    const mailed = to.filter((r) => r.mailMode !== MailMode.NONE);
    if (mailed.length === 0) return;
    const now = this.clock.now();
    const grouped = GROUPED_KINDS.has(n.kind);
    const immediateDue = new Date(now.getTime() + (grouped ? this.config.MAIL_GROUP_SECONDS * 1000 : 0));
    const digestDue = nextDigestAt(now, this.config.DIGEST_HOUR_UTC);
    const payload: MailPayload = {
      ...n.payload,
      ...n.mail,
      subjectType,
      subjectId: n.subjectId,
      countryIso3: n.countryIso3,
      cycleCode: n.cycleCode,
      displayName: '',
    };
    await m.insert(
      MailOutboxEntity,
      mailed.map((r) => {
        const digest = r.mailMode === MailMode.DAILY_DIGEST;
        return {
          accountId: r.accountId,
          toAddress: r.email,
          language: r.language,
          kind: n.kind,
          groupKey: digest ? `${DIGEST_GROUP}${r.accountId}` : grouped ? `submissions:${r.accountId}` : null,
          payload: { ...payload, displayName: r.displayName },
          nextAttemptAt: digest ? digestDue : immediateDue,
        };
      }),
    );
  }

  /** One's own notifications, newest first. */
  async findPage(accountId: string, args: NotificationsArgs): Promise<Connection<NotificationRow>> {
    const params = new SqlParams();
    const where = [`n.account_id = ${params.add(accountId)}`];
    if (args.unreadOnly) where.push('n.read_at IS NULL');
    return keysetPage<NotificationRow>(this.db.manager, {
      select: 'n.id, n.kind, n.subject_type, n.subject_id, n.country_iso3, n.cycle_code, n.payload, n.created_at, n.read_at',
      from: 'notification n',
      where,
      sort: { key: 'n.created_at', type: 'timestamptz', dir: 'DESC' },
      size: pageSize(args),
      after: args.after,
      params,
    });
  }

  /** The unread count and the newest notification, in one statement (what a live update sends). */
  async standing(accountId: string): Promise<{ unreadCount: number; latest: NotificationRow | null }> {
    const rows = await this.db.query<(NotificationRow & { unread: number })[]>(
      `SELECT (SELECT count(*)::int FROM notification WHERE account_id = $1 AND read_at IS NULL) AS unread, n.*
         FROM (SELECT 1) one
         LEFT JOIN LATERAL (
           SELECT id, kind, subject_type, subject_id, country_iso3, cycle_code, payload, created_at, read_at
             FROM notification WHERE account_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1
         ) n ON true`,
      [accountId],
    );
    const row = rows[0];
    return { unreadCount: row?.unread ?? 0, latest: row?.id ? row : null };
  }

  async unreadCount(accountId: string, m: EntityManager = this.db.manager): Promise<number> {
    const [row] = await m.query<{ n: number }[]>('SELECT count(*)::int AS n FROM notification WHERE account_id = $1 AND read_at IS NULL', [
      accountId,
    ]);
    return row?.n ?? 0;
  }

  /**
   * Marks one's own notifications read (all of them when `ids` is null) and returns how many
   * stay unread. An id that is not one of the caller's notifications is NOT_FOUND, and then
   * nothing is marked: another account's notifications are neither read nor changed.
   */
  async markRead(accountId: string, ids: readonly string[] | null): Promise<number> {
    return this.db.transaction(async (m) => {
      // The account's other tabs show the new count.
      this.live.publish(m, { topic: 'notifications', accounts: [accountId] });
      if (ids === null) {
        await m.query('UPDATE notification SET read_at = now() WHERE account_id = $1 AND read_at IS NULL', [accountId]);
        return this.unreadCount(accountId, m);
      }
      const wanted = [...new Set(ids)];
      const own = await m.query<{ id: string }[]>('SELECT id FROM notification WHERE account_id = $1 AND id = ANY($2::uuid[])', [
        accountId,
        wanted,
      ]);
      const found = new Set(own.map((r) => r.id));
      const missing = wanted.filter((id) => !found.has(id));
      if (missing.length) throw new NotFoundError('Notification', missing.join(', '));
      await m.query('UPDATE notification SET read_at = now() WHERE account_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL', [
        accountId,
        wanted,
      ]);
      return this.unreadCount(accountId, m);
    });
  }
}
