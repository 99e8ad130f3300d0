import { Module } from '@nestjs/common';
import { AccountDirectoryModule } from '../accounts/account-directory.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ObjectivesModule } from '../objectives/objectives.module.js';
import { PledgesModule } from '../pledges/pledges.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { RemindersService } from './reminders.service.js';
import { RemindersWorker } from './reminders.worker.js';

/** Reminders tied to the review calendar (docs/notifications.md): computed by the server process, each sent once. */
@Module({
  imports: [AccountDirectoryModule, NotificationsModule, ObjectivesModule, PledgesModule, ProgressModule],
  providers: [RemindersService, RemindersWorker],
  exports: [RemindersWorker],
})
export class RemindersModule {}
