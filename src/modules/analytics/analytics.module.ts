import { Module } from '@nestjs/common';
import { CountriesModule } from '../countries/countries.module.js';
import { ReviewCyclesModule } from '../review-cycles/review-cycles.module.js';
import {
  AnalyticsResolver,
  CountryScorecardResolver,
  CycleChangeResolver,
  CycleComparisonResolver,
  CycleLevelResolver,
  ObjectiveLevelsResolver,
  ObjectiveMatrixCellResolver,
  ObjectiveMatrixResolver,
  ObjectiveMatrixRowResolver,
  RegionProgressResolver,
  ScorecardObjectiveResolver,
} from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';

/** Aggregates for analysts and the review forums, and their exports. */
@Module({
  imports: [CountriesModule, ReviewCyclesModule],
  providers: [
    AnalyticsService,
    AnalyticsResolver,
    RegionProgressResolver,
    ObjectiveLevelsResolver,
    ObjectiveMatrixResolver,
    ObjectiveMatrixRowResolver,
    ObjectiveMatrixCellResolver,
    CountryScorecardResolver,
    ScorecardObjectiveResolver,
    CycleLevelResolver,
    CycleComparisonResolver,
    CycleChangeResolver,
  ],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
