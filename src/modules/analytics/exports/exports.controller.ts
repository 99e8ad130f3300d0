import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../../common/auth/access.decorators.js';
import type { Caller } from '../../../common/auth/caller.js';
import { CurrentCaller } from '../../../common/auth/current-caller.decorator.js';
import { Role } from '../../../common/auth/role.js';
import { DomainErrorHttpFilter } from '../../../common/errors/domain-error.filter.js';
import { sendExport } from './export-table.js';
import {
  CountryScorecardQuery,
  CycleComparisonQuery,
  ExportFormatParam,
  ObjectiveMatrixQuery,
  RegionalProgressQuery,
  ValidatedEntriesQuery,
} from './export.queries.js';
import { ExportsService } from './exports.service.js';

/**
 * Downloads for analysts and the secretariat: GET with `Authorization: Bearer <token>`,
 * `.csv` or `.xlsx`, streamed. Errors come back as JSON with a status and the same codes as
 * GraphQL.
 */
@Controller('exports')
@UseFilters(DomainErrorHttpFilter)
@Roles(Role.ANALYST, Role.SECRETARIAT)
export class ExportsController {
  constructor(private readonly exportsService: ExportsService) {}

  @Get('regional-progress.:format')
  async regionalProgress(
    @CurrentCaller() caller: Caller,
    @Param() { format }: ExportFormatParam,
    @Query() q: RegionalProgressQuery,
    @Res() res: Response,
  ): Promise<void> {
    await sendExport(res, await this.exportsService.regionalProgress(caller, q), format);
  }

  @Get('objective-matrix.:format')
  async objectiveMatrix(
    @CurrentCaller() caller: Caller,
    @Param() { format }: ExportFormatParam,
    @Query() q: ObjectiveMatrixQuery,
    @Res() res: Response,
  ): Promise<void> {
    await sendExport(res, await this.exportsService.objectiveMatrix(caller, q), format);
  }

  @Get('country-scorecard.:format')
  async countryScorecard(
    @CurrentCaller() caller: Caller,
    @Param() { format }: ExportFormatParam,
    @Query() q: CountryScorecardQuery,
    @Res() res: Response,
  ): Promise<void> {
    await sendExport(res, await this.exportsService.countryScorecard(caller, q), format);
  }

  @Get('cycle-comparison.:format')
  async cycleComparison(
    @CurrentCaller() caller: Caller,
    @Param() { format }: ExportFormatParam,
    @Query() q: CycleComparisonQuery,
    @Res() res: Response,
  ): Promise<void> {
    await sendExport(res, await this.exportsService.cycleComparison(caller, q), format);
  }

  @Get('validated-entries.:format')
  async validatedEntries(
    @CurrentCaller() caller: Caller,
    @Param() { format }: ExportFormatParam,
    @Query() q: ValidatedEntriesQuery,
    @Res() res: Response,
  ): Promise<void> {
    await sendExport(res, await this.exportsService.validatedEntries(caller, q), format);
  }
}
