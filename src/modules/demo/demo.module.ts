import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { PledgesModule } from '../pledges/pledges.module.js';
import { PracticesModule } from '../practices/practices.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { DemoSeederService } from './demo-seeder.service.js';

/** The demo dataset, loaded by `npm run seed:demo` on the embedded database. */
@Module({
  imports: [AccountsModule, PledgesModule, PracticesModule, ProgressModule],
  providers: [DemoSeederService],
  exports: [DemoSeederService],
})
export class DemoModule {}
