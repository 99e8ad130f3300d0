import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import type { NotificationKind, NotificationSubject } from './notification.enums.js';

/** What a notification shows beyond its columns: the comment, a practice's or pledge's title, a reminder's date. Never a token. */
export interface NotificationPayload {
  objective?: number | null;
  comment?: string | null;
  title?: string | null;
  /** A reminder's date: the reporting window's last day, or the pledge's target date (YYYY-MM-DD). */
  date?: string | null;
  /** A reminder's count of days: left before the window closes, or waited for review. */
  days?: number | null;
}

/** One in-app notification for one account. */
@Entity({ name: 'notification' })
@Index('IDX_notification_account_created', ['accountId', 'createdAt', 'id'])
@Index('IDX_notification_account_unread', ['accountId'], { where: '"read_at" IS NULL' })
@Check('CHK_notification_subject_type', `"subject_type" IN ('ENTRY', 'PRACTICE', 'PLEDGE', 'ACCOUNT', 'REPORT')`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_notification_account' })
  account?: AccountEntity;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: NotificationSubject;

  /** The entry's, practice's, pledge's or account's id; a report's `<cycle code>:<ISO3>`. */
  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ name: 'country_iso3', type: 'char', length: 3, nullable: true })
  countryIso3: string | null;

  @Column({ name: 'cycle_code', type: 'text', nullable: true })
  cycleCode: string | null;

  @Column({ type: 'jsonb', default: {} })
  payload: NotificationPayload;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
