import { NotificationKind } from './notification.enums.js';

export interface LinkTarget {
  kind: NotificationKind;
  subjectId: string;
  cycleCode?: string | null;
  objective?: number | null;
  token?: string | null;
}

/**
 * Where in the web app a notification opens its subject, for the person it is addressed to:
 * the secretariat reviews submissions in /review, a focal point edits the country's entry in
 * /reports; a password link carries its token in the fragment (never sent to the server's logs).
 */
export function webPathOf(t: LinkTarget): string {
  switch (t.kind) {
    case NotificationKind.ENTRY_SUBMITTED:
      return `/review/entries/${t.subjectId}`;
    case NotificationKind.ENTRY_RETURNED:
    case NotificationKind.ENTRY_VALIDATED:
    case NotificationKind.ENTRY_REOPENED:
      return t.cycleCode && t.objective ? `/reports/${encodeURIComponent(t.cycleCode)}/${t.objective}` : '/reports';
    case NotificationKind.PRACTICE_SUBMITTED:
      return `/review/practices/${t.subjectId}`;
    case NotificationKind.PRACTICE_RETURNED:
    case NotificationKind.PRACTICE_PUBLISHED:
      return `/practices/${t.subjectId}`;
    case NotificationKind.ACCOUNT_CREATED:
    case NotificationKind.PASSWORD_RESET:
    case NotificationKind.PASSWORD_RESET_REQUESTED:
      return `/set-password#${t.token ?? ''}`;
    case NotificationKind.WINDOW_CLOSING:
    case NotificationKind.WINDOW_CLOSED:
      return '/reports';
    case NotificationKind.REPORT_UNFINISHED:
      return '/admin/windows';
    case NotificationKind.REVIEW_WAITING:
      return `/review/entries/${t.subjectId}`;
    case NotificationKind.PLEDGE_OVERDUE:
      return `/pledges/${t.subjectId}`;
  }
}
