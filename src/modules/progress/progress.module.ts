import { NotificationsModule } from '../notifications/notifications.module.js';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { PledgesModule } from '../pledges/pledges.module.js';
import { PracticesModule } from '../practices/practices.module.js';
import { ReviewCyclesModule } from '../review-cycles/review-cycles.module.js';
import { ProgressWorkflowService } from './progress-workflow.service.js';
import { progressLoaders } from './progress.loader.js';
import { MyReportResolver, ProgressEntryResolver, ProgressReportResolver } from './progress.resolver.js';
import { ProgressService } from './progress.service.js';
import { ReportingWindowsResolver } from './reporting-windows.resolver.js';
import { ReportingWindowsService } from './reporting-windows.service.js';
import { ReviewQueueResolver } from './review-queue.resolver.js';

/** Progress reports: entries per objective, the review workflow and reporting windows. */
@Module({
  imports: [NotificationsModule, AuditModule, CountriesModule, ReviewCyclesModule, PledgesModule, PracticesModule],
  providers: [
    progressLoaders,
    ProgressService,
    ProgressWorkflowService,
    ReportingWindowsService,
    ProgressReportResolver,
    ProgressEntryResolver,
    MyReportResolver,
    ReportingWindowsResolver,
    ReviewQueueResolver,
  ],
  exports: [ProgressService, ProgressWorkflowService, ReportingWindowsService],
})
export class ProgressModule {}
