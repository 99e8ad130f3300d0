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
}

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification reports.' });

/** What a notification is about. */
export enum NotificationSubject {
  ENTRY = 'ENTRY',
  PRACTICE = 'PRACTICE',
  PLEDGE = 'PLEDGE',
  ACCOUNT = 'ACCOUNT',
}

registerEnumType(NotificationSubject, {
  name: 'NotificationSubject',
  description: 'The kind of record a notification is about: a progress entry, a good practice, a pledge or an account.',
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
};

/** Kinds mailed together: a recipient's due mails of these kinds go out as one mail per delivery round. */
export const GROUPED_KINDS: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.ENTRY_SUBMITTED,
  NotificationKind.PRACTICE_SUBMITTED,
]);
