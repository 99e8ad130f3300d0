import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { ReviewCyclesModule } from '../review-cycles/review-cycles.module.js';
import { PledgeEditorService } from './pledge-editor.service.js';
import { PledgeImportService } from './pledge-import.service.js';
import { pledgesLoaders } from './pledges.loader.js';
import { PledgesResolver } from './pledges.resolver.js';
import { PledgesService } from './pledges.service.js';

@Module({
  imports: [AuditModule, CountriesModule, ReviewCyclesModule],
  providers: [pledgesLoaders, PledgesService, PledgeEditorService, PledgeImportService, PledgesResolver],
  exports: [PledgesService, PledgeEditorService, PledgeImportService],
})
export class PledgesModule {}
