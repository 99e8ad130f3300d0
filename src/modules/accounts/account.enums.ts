import { registerEnumType } from '@nestjs/graphql';

/** How an account receives its notifications by e-mail (in the app they are always shown). */
export enum MailMode {
  /** One mail per event (submissions to the secretariat grouped per delivery round). */
  IMMEDIATE = 'IMMEDIATE',
  /** One mail a day listing the day's notifications. */
  DAILY_DIGEST = 'DAILY_DIGEST',
  /** No notification mails (mails with a link to set one's password are still sent). */
  NONE = 'NONE',
}

registerEnumType(MailMode, {
  name: 'MailMode',
  description: 'How notifications reach an account by e-mail: one mail per event, a daily digest, or none.',
});
