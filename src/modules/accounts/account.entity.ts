import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Language } from '../../common/i18n/language.js';
import { CountryEntity } from '../countries/country.entity.js';
import { MailMode } from './account.enums.js';

/** A person who signs in: secretariat, analyst, or a focal point bound to one country. */
@Entity({ name: 'account' })
@Check('CHK_account_role', `"role" IN ('FOCAL_POINT', 'SECRETARIAT', 'ANALYST')`)
@Check('CHK_account_focal_point_country', `("role" = 'FOCAL_POINT') = ("country_iso3" IS NOT NULL)`)
@Check('CHK_account_email_lowercase', `"email" = lower("email")`)
@Check('CHK_account_language', `"language" IN ('EN', 'FR', 'ES')`)
@Check('CHK_account_mail_mode', `"mail_mode" IN ('IMMEDIATE', 'DAILY_DIGEST', 'NONE')`)
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased: addresses are matched case-insensitively. */
  @Index('UQ_account_email', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: string;

  @Index('IDX_account_country')
  @Column({ name: 'country_iso3', type: 'char', length: 3, nullable: true })
  countryIso3: string | null;

  /** Foreign key only; never loaded. */
  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_account_country' })
  country?: CountryEntity;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The language of the person's mails (and the web app's default for them). */
  @Column({ type: 'text', default: Language.EN })
  language: Language;

  /** How notifications reach the person by e-mail. */
  @Column({ name: 'mail_mode', type: 'text', default: MailMode.IMMEDIATE })
  mailMode: MailMode;

  /** argon2id hash. Never mapped to GraphQL, never logged. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  /** Bumped on deactivation, password reset and role change: older tokens stop working. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  @Column({ name: 'failed_logins', type: 'integer', default: 0 })
  failedLogins: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;
}

/** Locked after failed sign-ins: the lock's end is still to come. */
export const isLocked = (a: Pick<AccountEntity, 'lockedUntil'>, now = new Date()): boolean =>
  a.lockedUntil !== null && a.lockedUntil.getTime() > now.getTime();
