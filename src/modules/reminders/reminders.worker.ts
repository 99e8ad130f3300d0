import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { RemindersService, type ReminderRound } from './reminders.service.js';

/** Looks for due reminders every REMINDER_POLL_SECONDS, in the server process only (rounds of one process never overlap). */
@Injectable()
export class RemindersWorker implements OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<ReminderRound> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly reminders: RemindersService,
  ) {}

  start(): void {
    const tick = (): void => {
      this.sendDue().catch((err: unknown) => this.logger.error(`Reminder round failed: ${String(err)}`));
    };
    this.timer = setInterval(tick, this.config.REMINDER_POLL_SECONDS * 1000);
    this.timer.unref();
    tick();
  }

  /** One round now; a call during a round gets that round. */
  sendDue(): Promise<ReminderRound> {
    if (!this.round) this.round = this.reminders.sendDue().finally(() => (this.round = null));
    return this.round;
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
