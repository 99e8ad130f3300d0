import { Module } from '@nestjs/common';
import { AccountDirectoryModule } from '../accounts/account-directory.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { ObjectivesModule } from '../objectives/objectives.module.js';
import { ReviewCyclesModule } from '../review-cycles/review-cycles.module.js';
import { MailClock } from './mail-clock.service.js';
import { MailOutboxWorker } from './mail-outbox.worker.js';
import { MailTransport } from './mail-transport.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

/** In-app notifications, the mail outbox written with each event, and the worker that delivers it (docs/notifications.md). */
@Module({
  imports: [AccountDirectoryModule, CountriesModule, ObjectivesModule, ReviewCyclesModule],
  providers: [NotificationsService, NotificationsResolver, MailClock, MailTransport, MailOutboxWorker],
  exports: [NotificationsService, MailOutboxWorker, MailClock],
})
export class NotificationsModule {}
