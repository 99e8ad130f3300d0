import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller.js';
import { Role } from '../../common/auth/role.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import type { Connection } from '../../common/pagination/connection.js';
import { pageSize } from '../../common/pagination/keyset.js';
import { keysetPage, SqlParams } from '../../common/pagination/keyset-page.js';
import { maySeeEntry, visibleEntrySql } from './progress.policy.js';
import { todayUtc } from '../../common/validation/fields.js';
import { groupByKeys, LoaderRegistry, LoaderToken, oneByKeys } from '../../graphql/loaders.js';
import { countryNameSql } from '../countries/countries.service.js';
import { isRegionalMemberSql, RegionsService } from '../countries/regions.service.js';
import { ReviewCyclesService } from '../review-cycles/review-cycles.service.js';
import type { PendingReviewsArgs, ProgressReportsArgs } from './dto/progress-reports.args.js';
import type { EntryContent } from './progress-content.js';
import type { ValidatedSnapshot } from './progress-entry.entity.js';
import { type EntryAction, EntryState, type ReportState } from './progress.enums.js';
import { isWindowOpen, type ReportingWindowRow, ReportingWindowsService } from './reporting-windows.service.js';

export interface ProgressEntryRow {
  id: string;
  report_id: string;
  country_iso3: string;
  cycle_code: string;
  objective_number: number;
  state: EntryState;
  reported_level: number;
  narrative: string;
  measures_taken: string | null;
  challenges: string | null;
  evidence_links: string[];
  pledge_ids: string[];
  practice_ids: string[];
  validated_level: number | null;
  validation_justification: string | null;
  validated_at: Date | null;
  validated_snapshot: ValidatedSnapshot | null;
  submitted_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface ProgressReportRow {
  id: string;
  country_iso3: string;
  cycle_code: string;
  country_name: string;
  state: ReportState;
  draft_count: number;
  submitted_count: number;
  returned_count: number;
  validated_count: number;
  created_at: Date;
  updated_at: Date;
}

export interface EntryEventRow {
  id: string;
  entry_id: string;
  action: EntryAction;
  from_state: EntryState | null;
  to_state: EntryState;
  comment: string | null;
  changed_fields: string[];
  acted_by: string;
  acted_by_role: string | null;
  acted_at: Date;
}

/** A cycle a focal point's country reports in, with its report if one exists. */
export interface MyReportRow {
  cycle_code: string;
  report: ProgressReportRow | null;
  window: ReportingWindowRow;
  overdue: boolean;
}

export const ENTRY_SELECT = `e.id, e.report_id, r.country_iso3, r.cycle_code, e.objective_number, e.state, e.reported_level, e.narrative,
  e.measures_taken, e.challenges, e.evidence_links,
  ARRAY(SELECT l.pledge_id::text FROM progress_entry_pledge l WHERE l.entry_id = e.id ORDER BY 1) AS pledge_ids,
  ARRAY(SELECT l.practice_id::text FROM progress_entry_practice l WHERE l.entry_id = e.id ORDER BY 1) AS practice_ids,
  e.validated_level, e.validation_justification, e.validated_at, e.validated_snapshot, e.submitted_at, e.created_at, e.updated_at, e.version`;
export const ENTRY_FROM = 'progress_entry e JOIN progress_report r ON r.id = e.report_id';

/** The country's layer of an entry, as stored. */
export function entryContentOf(row: ProgressEntryRow): EntryContent {
  return {
    reportedLevel: row.reported_level,
    narrative: row.narrative,
    measuresTaken: row.measures_taken,
    challenges: row.challenges,
    evidenceLinks: row.evidence_links,
    pledgeIds: row.pledge_ids,
    practiceIds: row.practice_ids,
  };
}

export const ENTRY_BY_ID = new LoaderToken<string, ProgressEntryRow | null>('progressEntryById');
export const REPORT_ENTRIES = new LoaderToken<string, ProgressEntryRow[]>('progressReportEntries');
export const ENTRY_EVENTS = new LoaderToken<string, EntryEventRow[]>('progressEntryEvents');

/** Reports with their entry counts and derived state over the entries the caller sees. */
function reportSql(caller: Caller, params: SqlParams): string {
  const keeper =
    caller.kind !== 'account'
      ? 'false'
      : caller.role === Role.SECRETARIAT
        ? 'true'
        : caller.role === Role.FOCAL_POINT
          ? `r.country_iso3 = ${params.add(caller.countryIso3)}`
          : 'false';
  return `(SELECT r.id, r.country_iso3, r.cycle_code, ${countryNameSql('r.country_iso3')} AS country_name, r.created_at, r.updated_at,
          count(e.id) FILTER (WHERE e.state = 'DRAFT')::int AS draft_count,
          count(e.id) FILTER (WHERE e.state = 'SUBMITTED')::int AS submitted_count,
          count(e.id) FILTER (WHERE e.state = 'RETURNED')::int AS returned_count,
          count(e.id) FILTER (WHERE e.state = 'VALIDATED')::int AS validated_count,
          CASE WHEN count(e.id) FILTER (WHERE e.state = 'RETURNED') > 0 THEN 'RETURNED'
               WHEN count(e.id) FILTER (WHERE e.state = 'DRAFT') > 0 THEN 'DRAFT'
               WHEN count(e.id) FILTER (WHERE e.state = 'SUBMITTED') > 0 THEN 'SUBMITTED'
               WHEN count(e.id) > 0 THEN 'VALIDATED'
               ELSE 'EMPTY' END AS state
     FROM progress_report r
     LEFT JOIN progress_entry e ON e.report_id = r.id AND ${visibleEntrySql(caller, params)}
    GROUP BY r.id
   HAVING count(e.id) > 0 OR ${keeper}) rp`;
}

/** Reading progress reports and entries, each caller seeing what its role allows. */
@Injectable()
export class ProgressService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly regions: RegionsService,
    private readonly cycles: ReviewCyclesService,
    private readonly windows: ReportingWindowsService,
  ) {}

  onModuleInit(): void {
    this.loaders.register(ENTRY_BY_ID, async (ids) => oneByKeys(ids, await this.findEntries(this.db.manager, [...ids]), (r) => r.id));
    this.loaders.register(REPORT_ENTRIES, async (reportIds) => {
      const rows: ProgressEntryRow[] = await this.db.query(
        `SELECT ${ENTRY_SELECT} FROM ${ENTRY_FROM} WHERE e.report_id = ANY($1::uuid[]) ORDER BY e.objective_number`,
        [[...reportIds]],
      );
      return groupByKeys(reportIds, rows, (r) => r.report_id);
    });
    this.loaders.register(ENTRY_EVENTS, async (ids) => {
      const rows: EntryEventRow[] = await this.db.query(
        `SELECT id, entry_id, action, from_state, to_state, comment, changed_fields, acted_by, acted_by_role, acted_at
           FROM progress_entry_event WHERE entry_id = ANY($1::uuid[]) ORDER BY acted_at, id`,
        [[...ids]],
      );
      return groupByKeys(ids, rows, (r) => r.entry_id);
    });
  }

  findEntries(m: EntityManager, ids: string[]): Promise<ProgressEntryRow[]> {
    return m.query(`SELECT ${ENTRY_SELECT} FROM ${ENTRY_FROM} WHERE e.id = ANY($1::uuid[])`, [ids]);
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
