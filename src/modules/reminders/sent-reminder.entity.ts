import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A reminder that was sent, by its key (e.g. `window-closing:RR2-ECA-2024:MAR:2025-03-31:3`).
 * The key is inserted in the transaction that writes the reminder's notifications and mails;
 * a second process computing the same reminder meets the key and sends nothing, so each
 * reminder fires exactly once however many server processes run.
 */
@Entity({ name: 'sent_reminder' })
export class SentReminderEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
