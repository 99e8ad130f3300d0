import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/caller.js';
import { BadUserInputError, DomainError } from '../../common/errors/domain-error.js';
import { CountriesService } from '../countries/countries.service.js';
import { ReviewCyclesService } from '../review-cycles/review-cycles.service.js';
import { EntryState } from '../progress/progress.enums.js';
import { seesSubmittedEntries, statesSeenBy } from '../progress/progress.policy.js';
import {
  COUNTRY_LEVELS_SQL,
  COUNTRY_SCORECARD_SQL,
  CYCLE_COMPARISON_SQL,
  OBJECTIVE_MATRIX_SQL,
  PEER_LEARNING_SQL,
  REGIONAL_PROGRESS_SQL,
  REPORTED_CYCLES_SQL,
  WORLD,
} from './analytics-sql.js';
import type { CountryLevelsArgs } from './dto/country-levels.args.js';
import type { PeerLearningArgs } from './dto/peer-learning.args.js';
import type { CountryScorecardArgs } from './dto/country-scorecard.args.js';
import type { CycleComparisonArgs } from './dto/cycle-comparison.args.js';
import type { ObjectiveMatrixArgs } from './dto/objective-matrix.args.js';
import type { RegionalProgressArgs } from './dto/regional-progress.args.js';
import type { AggregateOptionsArgs } from './dto/aggregate-options.args.js';
import type { ReportedCycleModel } from './models/reported-cycle.model.js';
import type { CountryLevelsModel } from './models/country-levels.model.js';
import type { PeerLearningParticipationModel } from './models/peer-learning-participation.model.js';
import type { PeerLearningCycleModel } from './models/peer-learning-cycle.model.js';
import type { PeerLearningRegionModel } from './models/peer-learning-region.model.js';
import type { PeerLearningObjectiveModel } from './models/peer-learning-objective.model.js';
import type { CycleComparisonModel } from './models/cycle-comparison.model.js';
import type { CountryScorecardModel } from './models/country-scorecard.model.js';
import type { ObjectiveMatrixModel } from './models/objective-matrix.model.js';
import type { ObjectiveMatrixCellModel } from './models/objective-matrix-cell.model.js';
import type { RegionalProgressModel } from './models/regional-progress.model.js';
import type { RegionProgressModel } from './models/region-progress.model.js';
import type { ObjectiveLevelsModel } from './models/objective-levels.model.js';
import type { ObjectiveMatrixRow, RegionalProgressRow } from './analytics.rows.js';

export const VALIDATED_BASIS = 'Validated levels only';
export const WITH_SUBMITTED_BASIS = 'Validated levels, plus the reported levels of submitted entries not yet validated';

/**
 * The figures the review forums discuss. Each aggregate is one SQL statement
 * (analytics-sql.ts); this service checks the arguments and who may ask what, and shapes
 * rows into models.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly countries: CountriesService,
    private readonly cycles: ReviewCyclesService,
  ) {}

  async regionalProgress(caller: Caller, args: RegionalProgressArgs): Promise<RegionalProgressModel> {
    this.assertMayIncludeSubmitted(caller, args.includeSubmitted);
    await this.cycles.assertExists(args.cycle, 'cycle');
    const rows: RegionalProgressRow[] = await this.db.query(REGIONAL_PROGRESS_SQL, [
      args.scheme,
      args.championOnly,
      args.cycle,
      args.objective ?? null,
      args.includeSubmitted,
    ]);
    const toModel = (r: RegionalProgressRow): RegionProgressModel => ({
      regionCode: r.scope === WORLD ? null : r.scope,
      countries: r.countries,
      champions: r.champions,
      reportingCountries: r.reporting_countries,
      entriesByState: entriesByStateFor(caller, r.entries_by_state),
      countedEntries: r.counted_entries,
      unvalidatedEntries: r.unvalidated_counted,
      distribution: r.distribution,
      meanLevel: r.mean_level,
      objectives: r.objectives.map((o): ObjectiveLevelsModel => ({
        objectiveNumber: o.objective,
        countedEntries: o.counted,
        meanLevel: o.meanLevel,
        distribution: o.distribution,
      })),
      pledgesByStatus: r.pledges_by_status,
      publishedGoodPractices: r.published_practices,
    });
    const world = rows.find((r) => r.scope === WORLD) as RegionalProgressRow;
    return {
      cycleCode: args.cycle,
      scheme: args.scheme,
      objective: args.objective ?? null,
      championOnly: args.championOnly,
      includesSubmitted: args.includeSubmitted,
      basis: basisOf(args.includeSubmitted),
      regions: rows.filter((r) => r.scope !== WORLD).map(toModel),
      world: toModel(world),
    };
  }

  async objectiveMatrix(caller: Caller, args: ObjectiveMatrixArgs): Promise<ObjectiveMatrixModel> {
    this.assertMayIncludeSubmitted(caller, args.includeSubmitted);
    await this.cycles.assertExists(args.cycle, 'cycle');
    const rows: ObjectiveMatrixRow[] = await this.db.query(OBJECTIVE_MATRIX_SQL, [
      args.scheme,
      args.championOnly,
      args.cycle,
      null,
      args.includeSubmitted,
    ]); // null: all 23 objectives
    const cell = (r: ObjectiveMatrixRow): ObjectiveMatrixCellModel => ({
      objectiveNumber: r.objective,
      regionCode: r.scope === WORLD ? null : r.scope,
      countedEntries: r.counted,
      reportingCountries: r.reporting_countries,
      meanLevel: r.mean_level,
      distribution: r.distribution,
    });
    const numbers = [...new Set(rows.map((r) => r.objective))];
    return {
      cycleCode: args.cycle,
      scheme: args.scheme,
      includesSubmitted: args.includeSubmitted,
      basis: basisOf(args.includeSubmitted),
      rows: numbers.map((n) => {
        const mine = rows.filter((r) => r.objective === n);
        return {
          objectiveNumber: n,
          cells: mine.filter((r) => r.scope !== WORLD).map(cell),
          world: cell(mine.find((r) => r.scope === WORLD) as ObjectiveMatrixRow),
        };
      }),
    };
  }

  async countryScorecard(caller: Caller, args: CountryScorecardArgs): Promise<CountryScorecardModel> {
    this.assertMayIncludeSubmitted(caller, args.includeSubmitted);
    const iso3 = args.iso3.toUpperCase();
    if (!(await this.countries.known([iso3])).has(iso3))
      throw new BadUserInputError(`Unknown country ${iso3}`, [{ field: 'iso3', messages: [`unknown country ${iso3}`] }]);
    const rows: { objective: number; cycles: { cycle: string; level: number; validated: boolean }[] }[] = await this.db.query(
      COUNTRY_SCORECARD_SQL,
      [iso3, args.includeSubmitted],
    );
    return {
      countryIso3: iso3,
      includesSubmitted: args.includeSubmitted,
      basis: basisOf(args.includeSubmitted),
      objectives: rows.map((r) => ({
        objectiveNumber: r.objective,
        cycles: r.cycles.map((c) => ({ cycleCode: c.cycle, level: c.level, validated: c.validated })),
      })),
    };
  }

  async cycleComparison(caller: Caller, args: CycleComparisonArgs): Promise<CycleComparisonModel> {
    this.assertMayIncludeSubmitted(caller, args.includeSubmitted);
    await this.cycles.assertAllExist([
      [args.from, 'from'],
      [args.to, 'to'],
    ]);
    const rows: {
      scope: string;
      objective: number;
      mean_from: number | null;
      mean_to: number | null;
      mean_change: number | null;
      reporting_from: number;
      reporting_to: number;
      reporting_change: number;
    }[] = await this.db.query(CYCLE_COMPARISON_SQL, [args.scheme, args.championOnly, args.from, args.to, args.includeSubmitted]);
    return {
      fromCycleCode: args.from,
      toCycleCode: args.to,
      scheme: args.scheme,
      includesSubmitted: args.includeSubmitted,
      basis: basisOf(args.includeSubmitted),
      changes: rows.map((r) => ({
        regionCode: r.scope === WORLD ? null : r.scope,
        objectiveNumber: r.objective,
        meanLevelFrom: r.mean_from,
        meanLevelTo: r.mean_to,
        meanLevelChange: r.mean_change,
        reportingCountriesFrom: r.reporting_from,
        reportingCountriesTo: r.reporting_to,
        reportingCountriesChange: r.reporting_change,
      })),
    };
  }

  /** Champions at peer-learning events per region and cycle, with the objectives in focus: one statement (analytics-sql.ts). */
  async peerLearning(args: PeerLearningArgs): Promise<PeerLearningParticipationModel> {
    if (args.cycle) await this.cycles.assertExists(args.cycle, 'cycle');
    const rows: {
      region_code: string | null;
      cycle_code: string | null;
      objective_number: number | null;
      champions: number;
      events: number;
      all_regions: boolean;
      all_objectives: boolean;
      counted_only: number | null;
    }[] = await this.db.query(PEER_LEARNING_SQL, [args.scheme, args.kinds, args.cycle ?? null]);
    const objectivesOf = (region: string | null, cycle: string | null): PeerLearningObjectiveModel[] =>
      rows
        .filter((r) => !r.all_objectives && r.counted_only === null && r.region_code === region && r.cycle_code === cycle)
        .map((r) => ({ objectiveNumber: r.objective_number as number, champions: r.champions, events: r.events }));
    const regions: PeerLearningRegionModel[] = rows
      .filter((r) => !r.all_regions && r.all_objectives)
      .map((r) => ({
        regionCode: r.region_code as string,
        cycleCode: r.cycle_code,
        champions: r.champions,
        events: r.events,
        objectives: objectivesOf(r.region_code, r.cycle_code),
      }));
    const cycleCodes = [...new Set(rows.filter((r) => r.all_regions && r.all_objectives).map((r) => r.cycle_code))];
    const cycles: PeerLearningCycleModel[] = cycleCodes.map((code) => {
      const named = rows.find((r) => r.all_regions && r.all_objectives && r.counted_only === null && r.cycle_code === code);
      const counted = rows.find((r) => r.counted_only !== null && r.cycle_code === code);
      return {
        cycleCode: code,
        champions: named?.champions ?? 0,
        events: named?.events ?? 0,
        objectives: objectivesOf(null, code),
        championsCountedOnly: counted?.counted_only ?? 0,
      };
    });
    return {
      scheme: args.scheme,
      kinds: args.kinds,
      basis:
        'Champion countries (today’s list) named as participants, hosts or government organisers of events of these kinds; a champion counts in each region it is a regional member of, and once in the per-cycle totals.',
      regions,
      cycles,
    };
  }

  async countryLevels(caller: Caller, args: CountryLevelsArgs): Promise<CountryLevelsModel> {
    this.assertMayIncludeSubmitted(caller, args.includeSubmitted);
    await this.cycles.assertExists(args.cycle, 'cycle');
    const rows: { iso3: string; counted: number; unvalidated_counted: number; mean_level: number | null }[] = await this.db.query(
      COUNTRY_LEVELS_SQL,
      [args.cycle, args.includeSubmitted, args.championOnly],
    );
    return {
      cycleCode: args.cycle,
      includesSubmitted: args.includeSubmitted,
      basis: basisOf(args.includeSubmitted),
      countries: rows.map((r) => ({
        iso3: r.iso3,
        countedEntries: r.counted,
        unvalidatedEntries: r.unvalidated_counted,
        meanLevel: r.mean_level,
      })),
    };
  }

  async reportedCycles(caller: Caller, args: AggregateOptionsArgs): Promise<ReportedCycleModel[]> {
    this.assertMayIncludeSubmitted(caller, args.includeSubmitted);
    const rows: { cycle: string; counted: number; reporting_countries: number }[] = await this.db.query(REPORTED_CYCLES_SQL, [
      args.includeSubmitted,
    ]);
    return rows.map((r) => ({ cycleCode: r.cycle, countedEntries: r.counted, reportingCountries: r.reporting_countries }));
  }

  private assertMayIncludeSubmitted(caller: Caller, includeSubmitted: boolean): void {
    if (!includeSubmitted || seesSubmittedEntries(caller)) return;
    if (caller.kind !== 'account')
      throw new DomainError('UNAUTHENTICATED', 'Sign in as secretariat or analyst to include submitted entries');
    throw new DomainError('FORBIDDEN', 'Only the secretariat and analysts may include entries that are not validated', [
      { field: 'includeSubmitted', messages: ['public figures use validated levels only'] },
    ]);
  }
}

export const basisOf = (includeSubmitted: boolean): string => (includeSubmitted ? WITH_SUBMITTED_BASIS : VALIDATED_BASIS);

/** Entries by state as the caller may see them: the public validated ones, analysts submitted too, the secretariat all. */
function entriesByStateFor(caller: Caller, s: RegionalProgressRow['entries_by_state']): RegionProgressModel['entriesByState'] {
  const seen = statesSeenBy(caller);
  const ifSeen = (state: EntryState, n: number): number | null => (seen.includes(state) ? n : null);
  return {
    draft: ifSeen(EntryState.DRAFT, s.draft),
    submitted: ifSeen(EntryState.SUBMITTED, s.submitted),
    returned: ifSeen(EntryState.RETURNED, s.returned),
    validated: s.validated,
  };
}
