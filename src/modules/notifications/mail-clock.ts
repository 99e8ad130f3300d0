import { Injectable } from '@nestjs/common';

/** The time the outbox and its worker go by: one place, so tests can move it instead of waiting. */
@Injectable()
export class MailClock {
  now(): Date {
    return new Date();
  }
}
