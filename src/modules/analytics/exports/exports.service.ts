import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../../common/auth/caller.js';
import { isRegionalMemberSql, RegionsService } from '../../countries/regions.service.js';
import { levelOfScore } from '../../progress/progress.enums.js';
import { ReviewCyclesService } from '../../review-cycles/review-cycles.service.js';
import { AnalyticsService, VALIDATED_BASIS } from '../analytics.service.js';
import type { Cell, ExportTable } from './export-table.js';
import type {
  CountryScorecardQuery,
  CycleComparisonQuery,
  ObjectiveMatrixQuery,
  RegionalProgressQuery,
  ValidatedEntriesQuery,
} from './export.queries.js';
import { defined } from '../../../common/defined.js';

const BATCH = 1000;

/**
 * One batch of validated entries after the keyset ($5-$9: region, country, cycle order, cycle,
 * objective of the last row sent; all null for the first batch). Country, cycle and objective
 * identify an entry, so the order is total and no row is sent twice or skipped.
 */
const VALIDATED_ENTRIES_SQL = `
  SELECT * FROM (
    SELECT coalesce(rc.region_code, $2::text,
                    (SELECT min(m.region_code) FROM region_membership m JOIN region g ON g.code = m.region_code
                      WHERE m.country_iso3 = r.country_iso3 AND m.kind = 'REGIONAL' AND g.scheme = 'REVIEW'), '') AS region_code,
           r.country_iso3, c.name_en AS country, coalesce(rc.start_date, 'infinity'::date)::text AS cycle_order, r.cycle_code,
           e.objective_number, o.short_title_en AS objective, e.validated_level, e.validated_at, e.narrative,
           array_to_string(e.evidence_links, ' ') AS evidence
      FROM progress_entry e
      JOIN progress_report r ON r.id = e.report_id
      JOIN review_cycle rc ON rc.code = r.cycle_code
      JOIN country c ON c.iso3 = r.country_iso3
      JOIN objective o ON o.number = e.objective_number
     WHERE e.state = 'VALIDATED'
       AND ($1::text IS NULL OR r.cycle_code = $1)
       AND ($2::text IS NULL OR ${isRegionalMemberSql('r.country_iso3', '$2')})
       AND ($3::int IS NULL OR e.objective_number = $3)
       AND ($4::text IS NULL OR r.country_iso3 = $4)
  ) x
  WHERE $5::text IS NULL
     OR (x.region_code, x.country_iso3, x.cycle_order::date, x.cycle_code, x.objective_number) > ($5, $6, $7::date, $8, $9::int)
  ORDER BY x.region_code, x.country_iso3, x.cycle_order::date, x.cycle_code, x.objective_number
  LIMIT ${BATCH}`;

const SCALE = '0 NOT_STARTED, 1 LIMITED, 2 SUBSTANTIAL, 3 COMPLETE';

/**
 * The downloads: each aggregate as a flat table, and the validated entries streamed from
 * the database in keyset batches. Each states what it is in its "about" lines.
 */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly analytics: AnalyticsService,
    private readonly regions: RegionsService,
    private readonly cycles: ReviewCyclesService,
  ) {}

  async regionalProgress(caller: Caller, q: RegionalProgressQuery): Promise<ExportTable> {
    const r = await this.analytics.regionalProgress(caller, q);
    const names = await this.names();
    return {
      fileStem: stem(
        'regional-progress',
        q.cycle,
        q.scheme,
        q.objective ? `objective-${q.objective}` : null,
        q.championOnly ? 'champions' : null,
        submittedPart(q),
      ),
      about: this.about(caller, 'Regional progress', [
        ['Cycle', q.cycle],
        ['Scheme', q.scheme],
        ['Objective', q.objective ? String(q.objective) : 'all'],
        ['Countries', q.championOnly ? 'champion countries only' : 'all regional members'],
        ['Figures', r.basis],
        ['World', 'each country counted once, also when it is a member of two regions'],
      ]),
      columns: [
        'Region code',
        'Region',
        'Countries',
        'Champions',
        'Reporting countries',
        'Validated entries',
        'Counted entries',
        'Of which not validated',
        'NOT_STARTED',
        'LIMITED',
        'SUBSTANTIAL',
        'COMPLETE',
        'Mean level (0-3)',
        'Pledges PLANNING',
        'Pledges IN_PROGRESS',
        'Pledges FULFILLED',
        'Pledges WITHDRAWN',
        'Published good practices',
      ].map((header) => ({ header })),
      rows: [...r.regions, r.world].map((x): Cell[] => [
        x.regionCode ?? 'WORLD',
        x.regionCode ? (names.regions.get(x.regionCode) ?? x.regionCode) : 'World',
        x.countries,
        x.champions,
        x.reportingCountries,
        x.entriesByState.validated,
        x.countedEntries,
        x.unvalidatedEntries,
        x.distribution.notStarted,
        x.distribution.limited,
        x.distribution.substantial,
        x.distribution.complete,
        x.meanLevel,
        x.pledgesByStatus.planning,
        x.pledgesByStatus.inProgress,
        x.pledgesByStatus.fulfilled,
        x.pledgesByStatus.withdrawn,
        x.publishedGoodPractices,
      ]),
    };
  }

  async objectiveMatrix(caller: Caller, q: ObjectiveMatrixQuery): Promise<ExportTable> {
    const m = await this.analytics.objectiveMatrix(caller, q);
    const names = await this.names();
    return {
      fileStem: stem('objective-matrix', q.cycle, q.scheme, q.championOnly ? 'champions' : null, submittedPart(q)),
      about: this.about(caller, 'Objectives by region', [
        ['Cycle', q.cycle],
        ['Scheme', q.scheme],
        ['Countries', q.championOnly ? 'champion countries only' : 'all regional members'],
        ['Figures', m.basis],
      ]),
      columns: [
        'Objective',
        'Objective short title',
        'Region code',
        'Region',
        'Counted entries',
        'Reporting countries',
        'Mean level (0-3)',
        'NOT_STARTED',
        'LIMITED',
        'SUBSTANTIAL',
        'COMPLETE',
      ].map((header) => ({ header })),
      rows: m.rows.flatMap((row) =>
        [...row.cells, row.world].map((c): Cell[] => [
          row.objectiveNumber,
          names.objectives.get(row.objectiveNumber) ?? '',
          c.regionCode ?? 'WORLD',
          c.regionCode ? (names.regions.get(c.regionCode) ?? c.regionCode) : 'World',
          c.countedEntries,
          c.reportingCountries,
          c.meanLevel,
          c.distribution.notStarted,
          c.distribution.limited,
          c.distribution.substantial,
          c.distribution.complete,
        ]),
      ),
    };
  }

  async countryScorecard(caller: Caller, q: CountryScorecardQuery): Promise<ExportTable> {
    const s = await this.analytics.countryScorecard(caller, { iso3: q.country, includeSubmitted: q.includeSubmitted });
    const names = await this.names();
    const [country] = await this.db.query<{ name_en: string }[]>('SELECT name_en FROM country WHERE iso3 = $1', [s.countryIso3]);
    return {
      fileStem: stem('country-scorecard', s.countryIso3, submittedPart(q)),
      about: this.about(caller, 'Country scorecard', [
        ['Country', `${defined(country, `country ${s.countryIso3}`).name_en} (${s.countryIso3})`],
        ['Figures', s.basis],
      ]),
      columns: ['Objective', 'Objective short title', 'Cycle', 'Level', 'Level score (0-3)', 'Validated'].map((header) => ({ header })),
      rows: s.objectives.flatMap((o) =>
        o.cycles.map((c): Cell[] => [
          o.objectiveNumber,
          names.objectives.get(o.objectiveNumber) ?? '',
          c.cycleCode,
          levelOfScore(c.level),
          c.level,
          c.validated ? 'yes' : 'no (submitted)',
        ]),
      ),
    };
  }

  async cycleComparison(caller: Caller, q: CycleComparisonQuery): Promise<ExportTable> {
    const c = await this.analytics.cycleComparison(caller, q);
    const names = await this.names();
    return {
      fileStem: stem('cycle-comparison', q.from, q.to, q.scheme, q.championOnly ? 'champions' : null, submittedPart(q)),
      about: this.about(caller, 'Cycle comparison', [
        ['From cycle', q.from],
        ['To cycle', q.to],
        ['Scheme', q.scheme],
        ['Countries', q.championOnly ? 'champion countries only' : 'all regional members'],
        ['Figures', c.basis],
      ]),
      columns: [
        'Region code',
        'Region',
        'Objective',
        'Objective short title',
        `Mean level ${q.from}`,
        `Mean level ${q.to}`,
        'Change in mean level',
        `Reporting countries ${q.from}`,
        `Reporting countries ${q.to}`,
        'Change in reporting countries',
      ].map((header) => ({ header })),
      rows: c.changes.map((x): Cell[] => [
        x.regionCode ?? 'WORLD',
        x.regionCode ? (names.regions.get(x.regionCode) ?? x.regionCode) : 'World',
        x.objectiveNumber,
        names.objectives.get(x.objectiveNumber) ?? '',
        x.meanLevelFrom,
        x.meanLevelTo,
        x.meanLevelChange,
        x.reportingCountriesFrom,
        x.reportingCountriesTo,
        x.reportingCountriesChange,
      ]),
    };
  }

  /**
   * Every validated entry matching the filter, ordered by region, country, cycle (oldest
   * first) and objective, streamed in keyset batches of 1,000, never all in memory. An
   * entry's region is the regional commission whose review it was made for; for an IMRF,
   * the region asked for, else the country's commission (the first by code when it has two).
   */
  async validatedEntries(caller: Caller, q: ValidatedEntriesQuery): Promise<ExportTable> {
    if (q.cycle) await this.cycles.assertExists(q.cycle, 'cycle');
    if (q.region) await this.regions.assertRegion(q.region, undefined, '');
    const filter = {
      cycle: q.cycle ?? null,
      region: q.region ?? null,
      objective: q.objective ?? null,
      country: q.country?.toUpperCase() ?? null,
    };
    const db = this.db;
    const names = await this.names();
    async function* rows(): AsyncGenerator<Cell[]> {
      let after: unknown[] = [null, null, null, null, null];
      for (;;) {
        const batch: Record<string, unknown>[] = await db.query(VALIDATED_ENTRIES_SQL, [
          filter.cycle,
          filter.region,
          filter.objective,
          filter.country,
          ...after,
        ]);
        for (const e of batch) {
          yield [
            e.region_code as string,
            names.regions.get(e.region_code as string) ?? (e.region_code as string),
            e.country_iso3 as string,
            e.country as string,
            e.cycle_code as string,
            e.objective_number as number,
            e.objective as string,
            levelOfScore(e.validated_level as number),
            e.validated_level as number,
            (e.validated_at as Date).toISOString(),
            e.narrative as string,
            e.evidence as string,
          ];
        }
        if (batch.length < BATCH) return;
        const last = defined(batch.at(-1), 'the last row of a full batch');
        after = [last.region_code, last.country_iso3, last.cycle_order, last.cycle_code, last.objective_number];
      }
    }
    return {
      fileStem: stem(
        'validated-entries',
        filter.cycle,
        filter.region,
        filter.objective ? `objective-${filter.objective}` : null,
        filter.country,
      ),
      about: this.about(caller, 'Validated progress entries', [
        ['Cycle', filter.cycle ?? 'all'],
        ['Region', filter.region ?? 'all'],
        ['Objective', filter.objective ? String(filter.objective) : 'all'],
        ['Country', filter.country ?? 'all'],
        ['Figures', VALIDATED_BASIS],
      ]),
      columns: [
        { header: 'Region code' },
        { header: 'Region', width: 28 },
        { header: 'Country ISO3' },
        { header: 'Country', width: 28 },
        { header: 'Cycle', width: 16 },
        { header: 'Objective' },
        { header: 'Objective short title', width: 40 },
        { header: 'Validated level' },
        { header: 'Level score (0-3)' },
        { header: 'Validated at', width: 26 },
        { header: 'Narrative', width: 80 },
        { header: 'Evidence links', width: 40 },
      ],
      rows: rows(),
    };
  }

  private about(caller: Caller, what: string, lines: [string, string][]): [string, string][] {
    return [
      ['Export', `GCM Tracker: ${what}`],
      ...lines,
      ['Level scale', SCALE],
      ['Generated at', new Date().toISOString()],
      ['Generated for', caller.kind === 'account' ? caller.role : 'anonymous'],
    ];
  }

  private async names(): Promise<{ regions: Map<string, string>; objectives: Map<number, string> }> {
    const rows: { kind: string; key: string; name: string }[] = await this.db.query(
      `SELECT 'region' AS kind, code AS key, name_en AS name FROM region UNION ALL SELECT 'objective', number::text, short_title_en FROM objective`,
    );
    return {
      regions: new Map(rows.filter((r) => r.kind === 'region').map((r) => [r.key, r.name])),
      objectives: new Map(rows.filter((r) => r.kind === 'objective').map((r) => [Number(r.key), r.name])),
    };
  }
}

/** Figures that count submitted entries get a file name of their own, never that of the validated-only file. */
const submittedPart = (q: { includeSubmitted: boolean }): string | null => (q.includeSubmitted ? 'with-submitted' : null);

const stem = (...parts: (string | number | null | undefined)[]): string =>
  ['gcm', ...parts.filter((p) => p !== null && p !== undefined && p !== ''), new Date().toISOString().slice(0, 10)].join('-');
