import { Module } from '@nestjs/common';
import { CountriesModule } from '../countries/countries.module.js';
import { EventsModule } from '../events/events.module.js';
import { PledgesModule } from '../pledges/pledges.module.js';
import { ReviewCyclesModule } from '../review-cycles/review-cycles.module.js';
import {
  AnalyticsResolver,
  CountryLevelResolver,
  CountryScorecardResolver,
  ReportedCycleResolver,
  CycleChangeResolver,
  CycleComparisonResolver,
  CycleLevelResolver,
  ObjectiveLevelsResolver,
  ObjectiveMatrixCellResolver,
  ObjectiveMatrixResolver,
  ObjectiveMatrixRowResolver,
  PeerLearningCycleResolver,
  PeerLearningObjectiveResolver,
  PeerLearningRegionResolver,
  RegionProgressResolver,
  ScorecardObjectiveResolver,
} from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';
import { ExportsController } from './exports/exports.controller.js';
import { ExportsService } from './exports/exports.service.js';

/** Aggregates for analysts and the review forums, and their exports. */
/**
 * Analytics reads every feature's tables by design: its aggregates are single SQL statements
 * over pledges, practices, progress entries, countries and cycles together, which going
 * through each feature's services would turn into many. It is exempt from the feature-boundary
 * rule of npm run lint (.dependency-cruiser.cjs); it writes nothing.
 */
@Module({
  imports: [CountriesModule, ReviewCyclesModule, PledgesModule, EventsModule],
  providers: [
    AnalyticsService,
    ExportsService,
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
    PeerLearningRegionResolver,
    PeerLearningCycleResolver,
    PeerLearningObjectiveResolver,
    CountryLevelResolver,
    ReportedCycleResolver,
  ],
  controllers: [ExportsController],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
