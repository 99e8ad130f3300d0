import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { addDays } from '../../common/validation/fields.js';
import { AppConfig } from '../../config/app-config.js';
import { AccountDirectoryService } from '../accounts/account-directory.service.js';
import { MailClock } from '../notifications/mail-clock.service.js';
import { NotificationKind } from '../notifications/notification.enums.js';
import { NotificationsService, type ReminderEvent } from '../notifications/notifications.service.js';
import { ObjectivesService } from '../objectives/objectives.service.js';
import { PledgesService } from '../pledges/pledges.service.js';
import { ProgressService } from '../progress/progress.service.js';
import { ReportingWindowsService } from '../progress/reporting-windows.service.js';
import { closedReminderDue, closingReminderDue, daysBetween, reminderKey } from './reminder-calendar.js';

/** The reminders of one round, by kind: how many were sent now (each key once, ever). */
export type ReminderRound = Record<
  NotificationKind.WINDOW_CLOSING | NotificationKind.WINDOW_CLOSED | NotificationKind.REVIEW_WAITING | NotificationKind.PLEDGE_OVERDUE,
  number
>;

/** At most this many waiting submissions and overdue pledges are looked at per round (the next round takes the rest). */
const BATCH = 500;
/** Reminders written per transaction: short transactions, so a round never holds the (embedded) database for long. */
const CHUNK = 50;

type Counted = keyof ReminderRound;

/** A reminder due now: its key, what it is counted as, and the notifications it writes. */
interface DueReminder {
  key: string;
  counted: Counted;
  events: ReminderEvent[];
}

/**
 * The calendar's reminders, computed from each cycle's reporting window, the countries'
 * extensions, the review queue and the pledges' target dates on the clock's day (UTC):
 * - a window closes in REMINDER_DAYS_BEFORE_CLOSE days while the country's report has DRAFT,
 *   RETURNED or missing entries: its focal points;
 * - the window has closed with such entries: its focal points and the secretariat;
 * - a submission has waited more than REVIEW_WAITING_DAYS: the secretariat;
 * - a member state's pledge passed its target date unfulfilled: that state's focal points.
 * Only countries with an active focal point are looked at. Each reminder has a key, written to
 * `sent_reminder` in the transaction that writes its notifications and mails: a reminder that
 * another process (or an earlier round) already sent meets its key and sends nothing.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: MailClock,
    private readonly directory: AccountDirectoryService,
    private readonly windows: ReportingWindowsService,
    private readonly progress: ProgressService,
    private readonly pledges: PledgesService,
    private readonly objectives: ObjectivesService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Sends every reminder due now that was not sent before. */
  async sendDue(): Promise<ReminderRound> {
    const now = this.clock.now();
    const today = now.toISOString().slice(0, 10);
    const catchUp = this.config.REMINDER_CATCH_UP_DAYS;
    const out: ReminderRound = {
      [NotificationKind.WINDOW_CLOSING]: 0,
      [NotificationKind.WINDOW_CLOSED]: 0,
      [NotificationKind.REVIEW_WAITING]: 0,
      [NotificationKind.PLEDGE_OVERDUE]: 0,
    };
    const due: DueReminder[] = [];
    const countries = await this.directory.countriesWithFocalPoints(this.db.manager);
    const objectives = (await this.objectives.findAll()).length;

    const reports = await this.windows.workLeft(this.db.manager, countries, today, addDays(today, -(catchUp + 1)), objectives);
    for (const r of reports) {
      const work = { draft: r.draft_count, returned: r.returned_count, missing: r.missing_count };
      const about = {
        subjectId: `${r.cycle_code}:${r.country_iso3}`,
        countryIso3: r.country_iso3,
        cycleCode: r.cycle_code,
        date: r.closes_on,
        work,
      };
      const before = closingReminderDue(r.closes_on, today, this.config.reminderDaysBeforeClose);
      if (before !== null) {
        const days = daysBetween(today, r.closes_on);
        const key = reminderKey.windowClosing(r.cycle_code, r.country_iso3, r.closes_on, before);
        due.push({ key, counted: NotificationKind.WINDOW_CLOSING, events: [{ kind: NotificationKind.WINDOW_CLOSING, ...about, days }] });
      } else if (closedReminderDue(r.closes_on, today, catchUp)) {
        const key = reminderKey.windowClosed(r.cycle_code, r.country_iso3, r.closes_on);
        const events: ReminderEvent[] = [
          { kind: NotificationKind.WINDOW_CLOSED, ...about },
          { kind: NotificationKind.REPORT_UNFINISHED, ...about },
        ];
        due.push({ key, counted: NotificationKind.WINDOW_CLOSED, events });
      }
    }

    const waitedSince = new Date(now.getTime() - this.config.REVIEW_WAITING_DAYS * 86_400_000);
    for (const e of await this.progress.waitingForReview(this.db.manager, waitedSince, BATCH)) {
      const submittedAt = new Date(e.submitted_at);
      const days = Math.floor((now.getTime() - submittedAt.getTime()) / 86_400_000);
      const event: ReminderEvent = {
        kind: NotificationKind.REVIEW_WAITING,
        subjectId: e.id,
        countryIso3: e.country_iso3,
        cycleCode: e.cycle_code,
        objective: e.objective_number,
        days,
      };
      due.push({ key: reminderKey.reviewWaiting(e.id, submittedAt), counted: NotificationKind.REVIEW_WAITING, events: [event] });
    }

    for (const p of await this.pledges.overdueOfStates(this.db.manager, countries, today, addDays(today, -catchUp), BATCH)) {
      const event: ReminderEvent = {
        kind: NotificationKind.PLEDGE_OVERDUE,
        subjectId: p.id,
        countryIso3: p.pledging_country_iso3,
        cycleCode: null,
        title: p.title,
        date: p.target_date,
      };
      due.push({ key: reminderKey.pledgeOverdue(p.id, p.target_date), counted: NotificationKind.PLEDGE_OVERDUE, events: [event] });
    }
    for (const r of await this.sendOnce(due)) out[r.counted] += 1;
    const sent = Object.entries(out).filter(([, n]) => n > 0);
    if (sent.length) this.logger.log(`Reminders sent: ${sent.map(([k, n]) => `${k} ${n}`).join(', ')}`);
    return out;
  }

  /**
   * Writes the reminders' keys and, for the keys not there before, their notifications, CHUNK
   * reminders per transaction; returns the reminders sent now. Keys are inserted in sorted
   * order, so two processes sending overlapping reminders take their locks in the same order.
   */
  private async sendOnce(due: DueReminder[]): Promise<DueReminder[]> {
    const sorted = [...due].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const sent: DueReminder[] = [];
    for (let i = 0; i < sorted.length; i += CHUNK) {
      const chunk = sorted.slice(i, i + CHUNK);
      const won = await this.db.transaction(async (m) => {
        const rows = await m.query<{ key: string }[]>(
          'INSERT INTO sent_reminder (key) SELECT k FROM unnest($1::text[]) WITH ORDINALITY AS u(k, n) ORDER BY n ON CONFLICT (key) DO NOTHING RETURNING key',
          [chunk.map((r) => r.key)],
        );
        const keys = new Set(rows.map((r) => r.key));
        const mine = chunk.filter((r) => keys.has(r.key));
        await this.notifications.reminderEvents(
          m,
          mine.flatMap((r) => r.events),
        );
        return mine;
      });
      sent.push(...won);
    }
    return sent;
  }
}
