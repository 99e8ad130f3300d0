import { registerEnumType } from '@nestjs/graphql';

/** What happened, as a notification says it. */
export enum NotificationKind {
  /** To the country's focal points, with the secretariat's comment. */
  ENTRY_RETURNED = 'ENTRY_RETURNED',
  /** To the secretariat (mailed grouped: one mail per delivery round lists the submissions). */
  ENTRY_SUBMITTED = 'ENTRY_SUBMITTED',
  /** To the country's focal points. */
  ENTRY_VALIDATED = 'ENTRY_VALIDATED',
  /** To the country's focal points, with the reason. */
  ENTRY_REOPENED = 'ENTRY_REOPENED',
  /** To the owner country's focal points, with the secretariat's comment. */
  PRACTICE_RETURNED = 'PRACTICE_RETURNED',
  /** To the secretariat (grouped like entries). */
  PRACTICE_SUBMITTED = 'PRACTICE_SUBMITTED',
  /** To the owner country's focal points. */
  PRACTICE_PUBLISHED = 'PRACTICE_PUBLISHED',
  /** Mail only, to the person: a link to set their password. */
  ACCOUNT_CREATED = 'ACCOUNT_CREATED',
  /** Mail only, to the person: a link to set a new password. */
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** Mail only, to the person who asked for it (forgot password): a link to set a new password. */
  PASSWORD_RESET_REQUESTED = 'PASSWORD_RESET_REQUESTED',
  /** A reminder to the country's focal points: their reporting window closes in a few days and their report has work left. */
  WINDOW_CLOSING = 'WINDOW_CLOSING',
  /** To the country's focal points: their reporting window has closed with work left (ask for an extension). */
  WINDOW_CLOSED = 'WINDOW_CLOSED',
  /** To the secretariat: a country's reporting window has closed with work left in its report. */
  REPORT_UNFINISHED = 'REPORT_UNFINISHED',
  /** To the secretariat (mailed grouped): a submitted entry has waited longer than REVIEW_WAITING_DAYS for review. */
  REVIEW_WAITING = 'REVIEW_WAITING',
  /** To the pledging state's focal points: a pledge passed its target date without being fulfilled. */
  PLEDGE_OVERDUE = 'PLEDGE_OVERDUE',
}

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification reports.' });

/** What a notification is about. */
export enum NotificationSubject {
  ENTRY = 'ENTRY',
  PRACTICE = 'PRACTICE',
  PLEDGE = 'PLEDGE',
  ACCOUNT = 'ACCOUNT',
  /** A country's report in a review cycle; its id is `<cycle code>:<ISO3>` (the report may not exist yet). */
  REPORT = 'REPORT',
}

registerEnumType(NotificationSubject, {
  name: 'NotificationSubject',
  description:
    "The kind of record a notification is about: a progress entry, a good practice, a pledge, an account, or a country's report in a cycle.",
});

export const SUBJECT_OF_KIND: Record<NotificationKind, NotificationSubject> = {
  [NotificationKind.ENTRY_RETURNED]: NotificationSubject.ENTRY,
  [NotificationKind.ENTRY_SUBMITTED]: NotificationSubject.ENTRY,
  [NotificationKind.ENTRY_VALIDATED]: NotificationSubject.ENTRY,
  [NotificationKind.ENTRY_REOPENED]: NotificationSubject.ENTRY,
  [NotificationKind.PRACTICE_RETURNED]: NotificationSubject.PRACTICE,
  [NotificationKind.PRACTICE_SUBMITTED]: NotificationSubject.PRACTICE,
  [NotificationKind.PRACTICE_PUBLISHED]: NotificationSubject.PRACTICE,
  [NotificationKind.ACCOUNT_CREATED]: NotificationSubject.ACCOUNT,
  [NotificationKind.PASSWORD_RESET]: NotificationSubject.ACCOUNT,
  [NotificationKind.PASSWORD_RESET_REQUESTED]: NotificationSubject.ACCOUNT,
  [NotificationKind.WINDOW_CLOSING]: NotificationSubject.REPORT,
  [NotificationKind.WINDOW_CLOSED]: NotificationSubject.REPORT,
  [NotificationKind.REPORT_UNFINISHED]: NotificationSubject.REPORT,
  [NotificationKind.REVIEW_WAITING]: NotificationSubject.ENTRY,
  [NotificationKind.PLEDGE_OVERDUE]: NotificationSubject.PLEDGE,
};

/** Kinds mailed together: a recipient's due mails of these kinds go out as one mail per delivery round. */
export const GROUPED_KINDS: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.ENTRY_SUBMITTED,
  NotificationKind.PRACTICE_SUBMITTED,
  NotificationKind.REVIEW_WAITING,
]);
