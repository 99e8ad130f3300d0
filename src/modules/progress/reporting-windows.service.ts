import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller.js';
import { Role } from '../../common/auth/role.js';
import { BadUserInputError, NotFoundError, ReportingWindowClosedError } from '../../common/errors/domain-error.js';
import { todayUtc } from '../../common/validation/fields.js';
import { actorOf, AuditService } from '../audit/audit.service.js';
import { CountriesService } from '../countries/countries.service.js';
import { ReviewCyclesService } from '../review-cycles/review-cycles.service.js';
import type { ExtendReportingWindowArgs } from './dto/extend-reporting-window.args.js';
import type { SetReportingWindowArgs } from './dto/set-reporting-window.args.js';
import { isWindowOpen } from './progress.policy.js';
import type { ReportingWindowRow, WorkLeftRow } from './progress.rows.js';
import { WINDOW_SQL, WORK_LEFT_SQL } from './progress.sql.js';
import { ReportingWindowEntity, ReportingWindowExtensionEntity } from './reporting-window.entity.js';

/**
 * Reporting windows: focal points create, edit and submit entries only while their
 * cycle's window is open for their country. The secretariat sets a cycle's window and
 * extends it per country; its own steps (validate, return, reopen) are not bound by it.
 */
@Injectable()
export class ReportingWindowsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly countries: CountriesService,
    private readonly cycles: ReviewCyclesService,
  ) {}

  async windowFor(m: EntityManager, cycle: string, country: string | null): Promise<ReportingWindowRow> {
    const [row] = await this.find(m, [[cycle, country]]);
    if (!row) throw new NotFoundError('Review cycle', cycle);
    return row;
  }

  /** One country's windows for several cycles, in one statement (cycles that do not exist are left out). */
  windowsFor(m: EntityManager, cycles: readonly string[], country: string): Promise<ReportingWindowRow[]> {
    return this.find(
      m,
      cycles.map((cycle) => [cycle, country] as const),
    );
  }

  /** Refuses a focal point's step outside the window; the secretariat is not bound by it. */
  async assertOpenFor(m: EntityManager, caller: Caller, cycle: string, country: string): Promise<void> {
    if (caller.kind === 'account' && caller.role === Role.SECRETARIAT) return;
    const w = await this.windowFor(m, cycle, country);
    if (isWindowOpen(w)) return;
    const today = todayUtc();
    if (w.opens_on === null) throw new ReportingWindowClosedError(`Reporting for ${cycle} has no window yet; the secretariat sets it`);
    if (today < w.opens_on) throw new ReportingWindowClosedError(`Reporting for ${cycle} opens on ${w.opens_on}`);
    throw new ReportingWindowClosedError(
      `Reporting for ${cycle} closed on ${w.country_closes_on}${w.extended_to ? ' (extension included)' : ''}; ask the secretariat for an extension`,
    );
  }

  async setWindow(caller: Caller, args: SetReportingWindowArgs): Promise<ReportingWindowRow> {
    if (args.opensOn > args.closesOn)
      throw new BadUserInputError('The window closes before it opens', [{ field: 'closesOn', messages: ['must not be before opensOn'] }]);
    return this.db.transaction(async (m) => {
      await this.cycles.assertExists(args.cycle, 'cycle', m);
      const before = await this.windowFor(m, args.cycle, null);
      await m.upsert(
        ReportingWindowEntity,
        {
          cycleCode: args.cycle,
          opensOn: args.opensOn,
          closesOn: args.closesOn,
          reason: args.reason ?? null,
          setBy: actorOf(caller).label,
        },
        ['cycleCode'],
      );
      await this.audit.record(m, caller, {
        action: 'SET_REPORTING_WINDOW',
        entityType: 'ReviewCycle',
        entityId: args.cycle,
        countryIso3: null,
        changes: {
          opensOn: { before: before.opens_on, after: args.opensOn },
          closesOn: { before: before.closes_on, after: args.closesOn },
          ...(args.reason ? { reason: { before: null, after: args.reason } } : {}),
        },
      });
      return this.windowFor(m, args.cycle, null);
    });
  }

  async extend(caller: Caller, args: ExtendReportingWindowArgs): Promise<ReportingWindowRow> {
    const country = args.country.toUpperCase();
    return this.db.transaction(async (m) => {
      await this.cycles.assertExists(args.cycle, 'cycle', m);
      if (!(await this.countries.known([country], m)).has(country)) {
        throw new BadUserInputError(`Unknown country ${country}`, [{ field: 'country', messages: [`unknown country ${country}`] }]);
      }
      const before = await this.windowFor(m, args.cycle, country);
      if (before.closes_on !== null && args.closesOn <= before.closes_on) {
        throw new BadUserInputError("An extension must end after the cycle's window", [
          { field: 'closesOn', messages: [`must be after ${before.closes_on}, the cycle's last day`] },
        ]);
      }
      await m.upsert(
        ReportingWindowExtensionEntity,
        { cycleCode: args.cycle, countryIso3: country, closesOn: args.closesOn, reason: args.reason, grantedBy: actorOf(caller).label },
        ['cycleCode', 'countryIso3'],
      );
      await this.audit.record(m, caller, {
        action: 'EXTEND_REPORTING_WINDOW',
        entityType: 'ReviewCycle',
        entityId: args.cycle,
        countryIso3: country,
        changes: {
          extendedTo: { before: before.extended_to, after: args.closesOn },
          reason: { before: before.extension_reason, after: args.reason },
        },
      });
      return this.windowFor(m, args.cycle, country);
    });
  }

  /**
   * The reports of `countries` with work left (DRAFT or RETURNED entries, or objectives not
   * reported on) whose window, the country's extension included, is open on `today` or closed
   * on or after `closedSince`: what the calendar reminders are about.
   */
  workLeft(m: EntityManager, countries: readonly string[], today: string, closedSince: string, objectives: number): Promise<WorkLeftRow[]> {
    if (countries.length === 0) return Promise.resolve([]);
    return m.query<WorkLeftRow[]>(WORK_LEFT_SQL, [countries, today, closedSince, objectives]);
  }

  private find(m: EntityManager, pairs: (readonly [string, string | null])[]): Promise<ReportingWindowRow[]> {
    return m.query(WINDOW_SQL, [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
  }
}
