import type { NotificationKind, NotificationSubject } from './notification.enums.js';
import type { NotificationPayload } from './notification.entity.js';

/** A notification as the page query selects it. */
export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  subject_type: NotificationSubject;
  subject_id: string;
  country_iso3: string | null;
  cycle_code: string | null;
  payload: NotificationPayload;
  created_at: Date;
  read_at: Date | null;
}

/** An outbox row as the worker claims it. */
export interface OutboxRow {
  id: string;
  account_id: string | null;
  to_address: string;
  language: string;
  kind: NotificationKind;
  group_key: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  created_at: Date;
}
