import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import type { Language } from '../../common/i18n/language.js';
import type { NotificationKind, NotificationSubject } from './notification.enums.js';
import type { NotificationPayload } from './notification.entity.js';

/** What a mail needs beyond its notification's payload: a password link's token (removed once the mail is sent). */
export interface MailPayload extends NotificationPayload {
  subjectType: NotificationSubject;
  subjectId: string;
  countryIso3?: string | null;
  cycleCode?: string | null;
  displayName?: string;
  token?: string | null;
  expiresAt?: string;
  /** A reminder about a report: what it still lacks. */
  work?: { draft: number; returned: number; missing: number } | null;
}

/**
 * A mail to send, written in the same transaction as the event it reports: a failed write
 * leaves no mail, a committed one always has its mail. The worker (MailOutboxWorker) claims
 * due rows, sends them and marks them sent; a failure is retried later with backoff.
 */
@Entity({ name: 'mail_outbox' })
@Index('IDX_mail_outbox_due', ['nextAttemptAt'], { where: '"sent_at" IS NULL AND "failed_at" IS NULL' })
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_mail_outbox_account')
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_mail_outbox_account' })
  account?: AccountEntity;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  language: Language;

  @Column({ type: 'text' })
  kind: NotificationKind;

  /** Due rows with the same key go out as one mail (the secretariat's submissions); null: alone. */
  @Column({ name: 'group_key', type: 'text', nullable: true })
  groupKey: string | null;

  @Column({ type: 'jsonb' })
  payload: MailPayload;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When the mail is next due: written with the event, then pushed back after each failure. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Set while a worker sends the mail; another worker takes it over only once this has passed. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Set when the worker gave up (MAIL_MAX_ATTEMPTS failures). */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
