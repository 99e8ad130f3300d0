import { NotificationsModule } from '../notifications/notifications.module.js';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { PledgesModule } from '../pledges/pledges.module.js';
import { PracticeWorkflowService } from './practice-workflow.service.js';
import { practicesLoaders } from './practices.loader.js';
import { PledgePracticeResolver, PracticesResolver } from './practices.resolver.js';
import { PracticesService } from './practices.service.js';

@Module({
  imports: [NotificationsModule, AuditModule, CountriesModule, PledgesModule],
  providers: [practicesLoaders, PracticesService, PracticeWorkflowService, PracticesResolver, PledgePracticeResolver],
  exports: [PracticesService, PracticeWorkflowService],
})
export class PracticesModule {}
