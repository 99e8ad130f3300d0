import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from './account.entity.js';

/**
 * A single-use link that lets a person set their own password: mailed when their account is
 * created or its password reset (by the secretariat, or asked for by the person), so no password travels by mail or through another person.
 * Only the token's SHA-256 is kept; the link stops working once used, once it expires, and
 * when a newer link is issued for the same account.
 */
@Entity({ name: 'password_link' })
@Check('CHK_password_link_purpose', `"purpose" IN ('ACCOUNT_CREATED', 'PASSWORD_RESET', 'PASSWORD_RESET_REQUESTED')`)
export class PasswordLinkEntity {
  /** Hex SHA-256 of the token carried by the link. */
  @PrimaryColumn({ name: 'token_hash', type: 'text', primaryKeyConstraintName: 'PK_password_link' })
  tokenHash: string;

  @Index('IDX_password_link_account')
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_password_link_account' })
  account?: AccountEntity;

  @Column({ type: 'text' })
  purpose: 'ACCOUNT_CREATED' | 'PASSWORD_RESET' | 'PASSWORD_RESET_REQUESTED';

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
