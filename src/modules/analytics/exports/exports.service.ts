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

const SCALE = '0 NOT_STARTED, 1 LIMITED, 2 SUBSTANTIAL, 3 COMPLETE';
const BATCH = 1000;

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
      fileStem: stem('objective-matrix', q.cycle, q.scheme, q.championOnly ? 'champions' : null),
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
    const [country] = (await this.db.query('SELECT name_en FROM country WHERE iso3 = $1', [s.countryIso3])) as { name_en: string }[];
    return {
      fileStem: stem('country-scorecard', s.countryIso3),
      about: this.about(caller, 'Country scorecard', [
        ['Country', `${country.name_en} (${s.countryIso3})`],
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
      fileStem: stem('cycle-comparison', q.from, q.to, q.scheme, q.championOnly ? 'champions' : null),
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

  /** Every validated entry matching the filter, streamed in batches of 1,000 (keyset on id), never all in memory. */
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
    async function* rows(): AsyncGenerator<Cell[]> {
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const batch: Record<string, unknown>[] = await db.query(
          `SELECT e.id, r.country_iso3, c.name_en AS country, r.cycle_code, e.objective_number, o.short_title_en AS objective, e.validated_level,
                  e.validated_at, e.narrative, array_to_string(e.evidence_links, ' ') AS evidence
             FROM progress_entry e
             JOIN progress_report r ON r.id = e.report_id
             JOIN country c ON c.iso3 = r.country_iso3
             JOIN objective o ON o.number = e.objective_number
            WHERE e.state = 'VALIDATED' AND e.id > $1
              AND ($2::text IS NULL OR r.cycle_code = $2)
              AND ($3::text IS NULL OR ${isRegionalMemberSql('r.country_iso3', '$3')})
              AND ($4::int IS NULL OR e.objective_number = $4)
              AND ($5::text IS NULL OR r.country_iso3 = $5)
            ORDER BY e.id LIMIT ${BATCH}`,
          [after, filter.cycle, filter.region, filter.objective, filter.country],
        );
        for (const e of batch) {
          yield [
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
        after = batch[batch.length - 1].id as string;
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

const stem = (...parts: (string | number | null | undefined)[]): string =>
  ['gcm', ...parts.filter((p) => p !== null && p !== undefined && p !== ''), new Date().toISOString().slice(0, 10)].join('-');
