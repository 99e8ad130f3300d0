import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Language, pickLanguage } from '../../common/i18n/language.js';
import { AppConfig } from '../../config/app-config.js';
import { CountriesService } from '../countries/countries.service.js';
import { ObjectivesService } from '../objectives/objectives.service.js';
import { ReviewCyclesService } from '../review-cycles/review-cycles.service.js';
import { nextAttemptAfterFailure, type RetryPolicy } from './mail-backoff.js';
import { MailClock } from './mail-clock.service.js';
import type { MailPayload } from './mail-outbox.entity.js';
import { cycleLabel, type MailItem, objectiveLabel, renderMail } from './mail-templates.js';
import { MailTransport } from './mail-transport.js';
import { webPathOf } from './notification-links.js';
import type { OutboxRow } from './notifications.rows.js';
import { DIGEST_GROUP } from './notifications.service.js';

/** How long a claimed mail stays with the worker that claimed it before another may take it over. */
const CLAIM_SECONDS = 300;
/** Mails claimed per statement; a round claims again until nothing is due. */
const CLAIM_BATCH = 50;

export interface DeliveryRound {
  /** Mails handed to the mail server (a group of submissions counts once). */
  sent: number;
  /** Outbox rows those mails carried. */
  rows: number;
  /** Mails that failed this round (retried later, or given up). */
  failed: number;
  /** Rows given up for good this round. */
  gaveUp: number;
}

/**
 * Delivers the mail outbox. A round claims due rows with `FOR UPDATE SKIP LOCKED` and a claim
 * deadline in one short statement (so several server processes never take the same row, and
 * no database session is held while the mail server answers), renders each recipient's
 * mails in their language (due submissions to one secretariat member: one mail), sends them,
 * and marks them sent; a failure sets the next attempt with exponential backoff, and after
 * MAIL_MAX_ATTEMPTS the row is given up with its last error kept. Times come from MailClock.
 *
 * Why a table and not pg-boss: the outbox row must be written by the notifying feature's own
 * TypeORM transaction (pg-boss writes through its own connection, outside it), must work on
 * the embedded database's single session, and its schema is a migration like every other.
 */
@Injectable()
export class MailOutboxWorker implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<DeliveryRound> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly transport: MailTransport,
    private readonly clock: MailClock,
    private readonly countries: CountriesService,
    private readonly objectives: ObjectivesService,
    private readonly cycles: ReviewCyclesService,
  ) {}

  private get policy(): RetryPolicy {
    return {
      baseSeconds: this.config.MAIL_RETRY_BASE_SECONDS,
      maxSeconds: this.config.MAIL_RETRY_MAX_SECONDS,
      maxAttempts: this.config.MAIL_MAX_ATTEMPTS,
    };
  }

  /** Starts delivering every MAIL_POLL_SECONDS (the server process calls it once it listens). Mail off: says so, and the outbox keeps the mails. */
  async start(): Promise<void> {
    if (!this.transport.enabled) {
      const waiting = await this.waiting();
      this.logger.warn(
        `Mail is off (neither SMTP_URL nor SMTP_HOST is set): notification mails wait in the outbox (${waiting} waiting) and go out once a mail server is configured`,
      );
      return;
    }
    this.logger.log(`Mail is on: delivering the outbox every ${this.config.MAIL_POLL_SECONDS} s`);
    this.timer = setInterval(() => {
      this.deliverDue().catch((err: unknown) => this.logger.error(`Mail delivery round failed: ${String(err)}`));
    }, this.config.MAIL_POLL_SECONDS * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.transport.close();
  }

  /** Mails not sent and not given up. */
  async waiting(): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL',
    );
    return row?.n ?? 0;
  }

  /** One delivery round now (rounds of one process never overlap: a call during a round gets that round). */
  deliverDue(): Promise<DeliveryRound> {
    if (!this.round) this.round = this.runRound().finally(() => (this.round = null));
    return this.round;
  }

  private async runRound(): Promise<DeliveryRound> {
    const out: DeliveryRound = { sent: 0, rows: 0, failed: 0, gaveUp: 0 };
    if (!this.transport.enabled) return out;
    const names = new NameCache(this.countries, this.objectives, this.cycles);
    for (;;) {
      const now = this.clock.now();
      const rows = await this.claim(now);
      if (rows.length === 0) return out;
      const groups = new Map<string, OutboxRow[]>();
      for (const r of rows) {
        const key = r.group_key ? `${r.group_key}|${r.language}|${r.to_address}` : r.id;
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      for (const group of groups.values()) {
        const first = group[0] as OutboxRow;
        try {
          const mail = await this.render(group, names);
          await this.transport.send({
            to: first.to_address,
            ...mail,
            messageId: `<${first.id}@gcm-tracker>`,
            language: first.language,
          });
        } catch (err) {
          out.failed += 1;
          out.gaveUp += await this.failed(group, now, err);
          continue;
        }
        await this.db.query(
          `UPDATE mail_outbox SET sent_at = $1, claimed_until = NULL, last_error = NULL, payload = payload - 'token' WHERE id = ANY($2::uuid[])`,
          [this.clock.now(), group.map((r) => r.id)],
        );
        out.sent += 1;
        out.rows += group.length;
      }
      if (rows.length < CLAIM_BATCH) return out;
    }
  }

  /** Takes due rows for this worker: skips rows another worker holds locked, and rows whose claim has not expired. */
  private claim(now: Date): Promise<OutboxRow[]> {
    return this.db
      .query<[OutboxRow[], number] | OutboxRow[]>(
        `UPDATE mail_outbox o SET claimed_until = $2, attempts = o.attempts + 1
          WHERE o.id IN (SELECT id FROM mail_outbox
                          WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1
                            AND (claimed_until IS NULL OR claimed_until < $1)
                          ORDER BY next_attempt_at, created_at, id
                          LIMIT ${CLAIM_BATCH}
                          FOR UPDATE SKIP LOCKED)
          RETURNING o.id, o.account_id, o.to_address, o.language, o.kind, o.group_key, o.payload, o.attempts, o.created_at`,
        [now, new Date(now.getTime() + CLAIM_SECONDS * 1000)],
      )
      .then((res) => {
        // TypeORM's postgres driver answers an UPDATE ... RETURNING with [rows, affected].
        const rows = Array.isArray(res[0]) ? res[0] : (res as OutboxRow[]);
        return [...rows].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id));
      });
  }

  /** Records a failed attempt of each row: the next one after the backoff, or given up. Returns how many were given up. */
  private async failed(group: OutboxRow[], now: Date, err: unknown): Promise<number> {
    const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
    let gaveUp = 0;
    for (const r of group) {
      const next = nextAttemptAfterFailure(r.attempts, now, this.policy);
      if (next) {
        await this.db.query('UPDATE mail_outbox SET claimed_until = NULL, last_error = $2, next_attempt_at = $3 WHERE id = $1', [
          r.id,
          message,
          next,
        ]);
      } else {
        gaveUp += 1;
        await this.db.query(
          `UPDATE mail_outbox SET claimed_until = NULL, last_error = $2, failed_at = $3, payload = payload - 'token' WHERE id = $1`,
          [r.id, message, now],
        );
      }
    }
    const ids = group.map((r) => r.id).join(', ');
    if (gaveUp) this.logger.error(`Mail ${ids} given up after ${this.config.MAIL_MAX_ATTEMPTS} attempts: ${message}`);
    else this.logger.warn(`Mail ${ids} not sent (attempt ${group[0]?.attempts ?? 0}), retried later: ${message}`);
    return gaveUp;
  }

  private async render(group: OutboxRow[], names: NameCache): Promise<{ subject: string; text: string; html: string }> {
    const first = group[0] as OutboxRow;
    const language = (Object.values(Language) as string[]).includes(first.language) ? (first.language as Language) : Language.EN;
    const items: MailItem[] = [];
    for (const r of group) {
      const p = r.payload as unknown as MailPayload;
      const path = webPathOf({ kind: r.kind, subjectId: p.subjectId, cycleCode: p.cycleCode, objective: p.objective, token: p.token });
      items.push({
        kind: r.kind,
        country: p.countryIso3 ? await names.country(p.countryIso3, language) : null,
        cycle: p.cycleCode ? await names.cycle(p.cycleCode, language) : null,
        objective: p.objective ? await names.objective(p.objective, language) : null,
        title: p.title ?? null,
        comment: p.comment ?? null,
        link: `${this.config.publicUrl}${path}`,
        expiresAt: p.expiresAt ? new Date(p.expiresAt) : null,
        date: p.date ?? null,
        days: p.days ?? null,
        work: p.work ?? null,
      });
    }
    const displayName = (first.payload as unknown as MailPayload).displayName ?? '';
    const digest = first.group_key?.startsWith(DIGEST_GROUP) === true;
    return renderMail({ displayName, language }, items, `${this.config.publicUrl}/account`, { digest });
  }
}

/** The names a round's mails use, each read once per round, in the recipient's language. */
class NameCache {
  private readonly cache = new Map<string, Promise<string>>();

  constructor(
    private readonly countries: CountriesService,
    private readonly objectives: ObjectivesService,
    private readonly cycles: ReviewCyclesService,
  ) {}

  private once(key: string, load: () => Promise<string>): Promise<string> {
    let hit = this.cache.get(key);
    if (!hit) {
      hit = load();
      this.cache.set(key, hit);
    }
    return hit;
  }

  country(iso3: string, lang: Language): Promise<string> {
    return this.once(`c:${iso3}:${lang}`, async () => {
      const c = await this.countries.findOne(iso3);
      return { [Language.EN]: c.name_en, [Language.FR]: c.name_fr, [Language.ES]: c.name_es }[lang] || c.name_en;
    });
  }

  objective(number: number, lang: Language): Promise<string> {
    return this.once(`o:${number}:${lang}`, async () => {
      const o = await this.objectives.findOne(number);
      const title = pickLanguage(lang, { en: o.titleEn, fr: o.titleFr, es: o.titleEs }, { fr: o.titleFrConfirmed, es: o.titleEsConfirmed });
      return objectiveLabel(lang, number, title.text);
    });
  }

  cycle(code: string, lang: Language): Promise<string> {
    return this.once(`r:${code}:${lang}`, async () => {
      const c = await this.cycles.findOne(code);
      return cycleLabel(lang, { code: c.code, kind: c.kind, year: c.year, round: c.round, regionCode: c.regionCode, name: c.name });
    });
  }
}
