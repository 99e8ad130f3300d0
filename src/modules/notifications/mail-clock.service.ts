import { Injectable } from '@nestjs/common';

/** The time the outbox, its worker and the calendar's reminders go by: one place, so tests can move it instead of waiting. */
@Injectable()
export class MailClock {
  now(): Date {
    return new Date();
  }
}
