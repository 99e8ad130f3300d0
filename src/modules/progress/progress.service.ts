import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller.js';
import { Role } from '../../common/auth/role.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import type { Connection } from '../../common/pagination/connection.js';
import { pageSize } from '../../common/pagination/keyset.js';
import { keysetPage, SqlParams } from '../../common/pagination/keyset-page.js';
import { todayUtc } from '../../common/validation/fields.js';
import { isRegionalMemberSql, RegionsService } from '../countries/regions.service.js';
import { ReviewCyclesService } from '../review-cycles/review-cycles.service.js';
import type { ProgressReportsArgs } from './dto/progress-reports.args.js';
import type { PendingReviewsArgs } from './dto/pending-reviews.args.js';
import { isWindowOpen, maySeeEntry, visibleEntrySql } from './progress.policy.js';
import type { MyReportRow, ProgressEntryRow, ProgressReportRow, WaitingEntryRow } from './progress.rows.js';
import { ENTRIES_BY_ID_SQL, ENTRY_FROM, ENTRY_SELECT, reportSql, WAITING_FOR_REVIEW_SQL } from './progress.sql.js';
import { ReportingWindowsService } from './reporting-windows.service.js';

/** Reading progress reports and entries, each caller seeing what its role allows. */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly regions: RegionsService,
    private readonly cycles: ReviewCyclesService,
    private readonly windows: ReportingWindowsService,
  ) {}

  /** Entries submitted before `before` and still waiting for review, oldest first, at most `limit` (the reminders). */
  waitingForReview(m: EntityManager, before: Date, limit: number): Promise<WaitingEntryRow[]> {
    return m.query<WaitingEntryRow[]>(WAITING_FOR_REVIEW_SQL, [before, limit]);
  }

  findEntries(m: EntityManager, ids: string[]): Promise<ProgressEntryRow[]> {
    return m.query(ENTRIES_BY_ID_SQL, [ids]);
  }

  /** One entry as the caller may see it; NOT_FOUND when it may not (its existence is not revealed). */
  async findEntry(caller: Caller, id: string, m: EntityManager = this.db.manager): Promise<ProgressEntryRow> {
    const [row] = await this.findEntries(m, [id]);
    if (!row || !maySeeEntry(caller, row)) throw new NotFoundError('Progress entry', id);
    return row;
  }

  async findReport(caller: Caller, country: string, cycle: string): Promise<ProgressReportRow> {
    const params = new SqlParams();
    const from = reportSql(caller, params);
    const [row] = await this.db.query<ProgressReportRow[]>(
      `SELECT rp.* FROM ${from} WHERE rp.country_iso3 = ${params.add(country.toUpperCase())} AND rp.cycle_code = ${params.add(cycle)}`,
      params.values,
    );
    if (!row) throw new DomainError('NOT_FOUND', `No progress report of ${country.toUpperCase()} for ${cycle} that you may see`);
    return row;
  }

  async findReportPage(caller: Caller, args: ProgressReportsArgs, withTotal = true): Promise<Connection<ProgressReportRow>> {
    const params = new SqlParams();
    const from = reportSql(caller, params);
    const f = args.filter ?? {};
    const where: string[] = [];
    if (f.cycle) {
      await this.cycles.assertExists(f.cycle, 'filter.cycle');
      where.push(`rp.cycle_code = ${params.add(f.cycle)}`);
    }
    if (f.country) where.push(`rp.country_iso3 = ${params.add(f.country.toUpperCase())}`);
    if (f.region) {
      await this.regions.assertRegion(f.region, f.scheme, 'filter');
      where.push(isRegionalMemberSql('rp.country_iso3', params.add(f.region)));
    }
    if (f.objective) {
      const vis = visibleEntrySql(caller, params, 'oe', 'rp');
      where.push(
        `EXISTS (SELECT 1 FROM progress_entry oe WHERE oe.report_id = rp.id AND oe.objective_number = ${params.add(f.objective)} AND ${vis})`,
      );
    }
    if (f.state) where.push(`rp.state = ${params.add(f.state)}`);
    return keysetPage<ProgressReportRow>(this.db.manager, {
      select: 'rp.*',
      from,
      where,
      sort: { key: "rp.country_name || ' ' || rp.cycle_code", type: 'text', dir: 'ASC' },
      size: pageSize(args),
      after: args.after,
      params,
      withTotal,
    });
  }

  /** How many submitted entries wait for the secretariat (the review queue's count). */
  async pendingCount(): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM progress_entry WHERE state = 'SUBMITTED'`);
    return row?.n ?? 0;
  }

  /** Submitted entries waiting for the secretariat, oldest first. */
  async findPendingPage(args: PendingReviewsArgs, withTotal = true): Promise<Connection<ProgressEntryRow>> {
    const params = new SqlParams();
    const f = args.filter ?? {};
    const where = [`e.state = 'SUBMITTED'`];
    if (f.cycle) {
      await this.cycles.assertExists(f.cycle, 'filter.cycle');
      where.push(`r.cycle_code = ${params.add(f.cycle)}`);
    }
    if (f.country) where.push(`r.country_iso3 = ${params.add(f.country.toUpperCase())}`);
    if (f.objective) where.push(`e.objective_number = ${params.add(f.objective)}`);
    if (f.region) {
      await this.regions.assertRegion(f.region, undefined, 'filter');
      where.push(isRegionalMemberSql('r.country_iso3', params.add(f.region)));
    }
    return keysetPage<ProgressEntryRow>(this.db.manager, {
      select: ENTRY_SELECT,
      from: ENTRY_FROM,
      where,
      sort: { key: 'e.submitted_at', type: 'timestamptz', dir: 'ASC' },
      size: pageSize(args),
      after: args.after,
      params,
      withTotal,
    });
  }

  /**
   * The cycles a focal point's country reports in (every IMRF, the regional reviews of its
   * regions) that have its report or an open window, latest window first. Overdue: the
   * window has closed with entries still in DRAFT or RETURNED.
   */
  async findMyReports(caller: Caller): Promise<MyReportRow[]> {
    if (caller.kind !== 'account' || caller.role !== Role.FOCAL_POINT || !caller.countryIso3)
      throw new DomainError('FORBIDDEN', 'For focal points');
    const country = caller.countryIso3;
    const cycles = await this.cycles.codesTakenPartIn(country);
    const params = new SqlParams();
    const from = reportSql(caller, params);
    const reports = await this.db.query<ProgressReportRow[]>(
      `SELECT rp.* FROM ${from} WHERE rp.country_iso3 = ${params.add(country)}`,
      params.values,
    );
    const windows = await this.windows.windowsFor(this.db.manager, cycles, country);
    const rows: MyReportRow[] = [];
    for (const window of windows) {
      const code = window.cycle_code;
      const report = reports.find((r) => r.cycle_code === code) ?? null;
      const open = isWindowOpen(window);
      if (!report && !open) continue;
      const unsubmitted = report ? report.draft_count + report.returned_count : 0;
      const closed = !open && window.country_closes_on !== null && window.country_closes_on < todayUtc();
      rows.push({ cycle_code: code, report, window, overdue: closed && unsubmitted > 0 });
    }
    return rows.sort((a, b) => (b.window.country_closes_on ?? '').localeCompare(a.window.country_closes_on ?? ''));
  }
}
