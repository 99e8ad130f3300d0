import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/access.decorators.js';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentCaller } from '../../common/auth/current-caller.decorator.js';
import { Language } from '../../common/i18n/language.js';
import { LanguageArgs } from '../../common/i18n/language.args.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { loadCountry, loadRegion } from '../countries/countries.loader.js';
import { CountryModel } from '../countries/models/country.model.js';
import { RegionModel } from '../countries/models/region.model.js';
import { ObjectiveModel } from '../objectives/models/objective.model.js';
import { loadObjectives } from '../objectives/objectives.loader.js';
import { PledgeModel, toPledgeModel } from '../pledges/models/pledge.model.js';
import { PledgesService } from '../pledges/pledges.service.js';
import { loadReviewCycle } from '../review-cycles/review-cycles.loader.js';
import { ReviewCycleModel } from '../review-cycles/models/review-cycle.model.js';
import { AnalyticsService } from './analytics.service.js';
import { CountryLevelsArgs } from './dto/country-levels.args.js';
import { PeerLearningArgs } from './dto/peer-learning.args.js';
import { CountryScorecardArgs } from './dto/country-scorecard.args.js';
import { CycleComparisonArgs } from './dto/cycle-comparison.args.js';
import { ObjectiveMatrixArgs } from './dto/objective-matrix.args.js';
import { RegionalProgressArgs } from './dto/regional-progress.args.js';
import { AggregateOptionsArgs } from './dto/aggregate-options.args.js';
import { EventModel, toEventModel } from '../events/models/event.model.js';
import { EventsService, NESTED_EVENTS_MAX } from '../events/events.service.js';
import { ReportedCycleModel } from './models/reported-cycle.model.js';
import { CountryLevelsModel } from './models/country-levels.model.js';
import { CountryLevelModel } from './models/country-level.model.js';
import { PeerLearningParticipationModel } from './models/peer-learning-participation.model.js';
import { PeerLearningCycleModel } from './models/peer-learning-cycle.model.js';
import { PeerLearningRegionModel } from './models/peer-learning-region.model.js';
import { PeerLearningObjectiveModel } from './models/peer-learning-objective.model.js';
import { CycleComparisonModel } from './models/cycle-comparison.model.js';
import { CycleChangeModel } from './models/cycle-change.model.js';
import { CountryScorecardModel } from './models/country-scorecard.model.js';
import { ScorecardObjectiveModel } from './models/scorecard-objective.model.js';
import { CycleLevelModel } from './models/cycle-level.model.js';
import { ObjectiveMatrixModel } from './models/objective-matrix.model.js';
import { ObjectiveMatrixRowModel } from './models/objective-matrix-row.model.js';
import { ObjectiveMatrixCellModel } from './models/objective-matrix-cell.model.js';
import { RegionalProgressModel } from './models/regional-progress.model.js';
import { RegionProgressModel } from './models/region-progress.model.js';
import { ObjectiveLevelsModel } from './models/objective-levels.model.js';
import { maxItems } from '../../common/pagination/list-size.js';
import { defined } from '../../common/defined.js';

const region = (ctx: GraphqlContext, code: string | null): Promise<RegionModel | null> => loadRegion(ctx.loaders, code, Language.EN);
/** Cycles here were checked to exist before the aggregate ran. */
const cycle = async (ctx: GraphqlContext, code: string): Promise<ReviewCycleModel> =>
  (await loadReviewCycle(ctx.loaders, code)) as ReviewCycleModel;
const objective = async (ctx: GraphqlContext, n: number): Promise<ObjectiveModel> =>
  defined((await loadObjectives(ctx.loaders, [n], Language.EN))[0], `Objective ${n}`);

const PUBLIC_NOTE = 'Public: validated levels only. Secretariat and analysts may pass includeSubmitted.';

@Resolver(() => RegionalProgressModel)
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Query(() => RegionalProgressModel, {
    description: `Per region of a scheme and for the world: countries, champions, reporting countries, entries by state, level distribution and mean, per objective, pledges by status, published practices. ${PUBLIC_NOTE}`,
  })
  @Public()
  regionalProgress(@CurrentCaller() caller: Caller, @Args() args: RegionalProgressArgs): Promise<RegionalProgressModel> {
    return this.analytics.regionalProgress(caller, args);
  }

  @Query(() => ObjectiveMatrixModel, {
    description: `Objectives x regions for a cycle: counted entries, mean level and distribution per cell. ${PUBLIC_NOTE}`,
  })
  @Public()
  objectiveMatrix(@CurrentCaller() caller: Caller, @Args() args: ObjectiveMatrixArgs): Promise<ObjectiveMatrixModel> {
    return this.analytics.objectiveMatrix(caller, args);
  }

  @Query(() => CountryScorecardModel, { description: `One country: its level on each objective in each cycle. ${PUBLIC_NOTE}` })
  @Public()
  countryScorecard(@CurrentCaller() caller: Caller, @Args() args: CountryScorecardArgs): Promise<CountryScorecardModel> {
    return this.analytics.countryScorecard(caller, args);
  }

  @Query(() => CycleComparisonModel, {
    description: `Per region and objective: the change in mean level and in reporting countries between two cycles. ${PUBLIC_NOTE}`,
  })
  @Public()
  cycleComparison(@CurrentCaller() caller: Caller, @Args() args: CycleComparisonArgs): Promise<CycleComparisonModel> {
    return this.analytics.cycleComparison(caller, args);
  }

  @Query(() => PeerLearningParticipationModel, {
    description:
      "Per region and review cycle: how many champion countries took part in peer-learning events (champions' dialogues and IMRF side events unless `kinds` says otherwise), and on which objectives. Public.",
  })
  @Public()
  peerLearningParticipation(@Args() args: PeerLearningArgs): Promise<PeerLearningParticipationModel> {
    return this.analytics.peerLearning(args);
  }

  @Query(() => CountryLevelsModel, {
    description: `Per country with counted entries in a cycle: the mean level over its objectives (the world map). ${PUBLIC_NOTE}`,
  })
  @Public()
  countryLevels(@CurrentCaller() caller: Caller, @Args() args: CountryLevelsArgs): Promise<CountryLevelsModel> {
    return this.analytics.countryLevels(caller, args);
  }

  @Query(() => [ReportedCycleModel], {
    complexity: maxItems(30),
    description: `Review cycles with counted entries, latest first (the dashboard opens on the first). ${PUBLIC_NOTE}`,
  })
  @Public()
  reportedCycles(@CurrentCaller() caller: Caller, @Args() args: AggregateOptionsArgs): Promise<ReportedCycleModel[]> {
    return this.analytics.reportedCycles(caller, args);
  }

  @ResolveField(() => ReviewCycleModel)
  cycle(@Parent() p: RegionalProgressModel, @Context() ctx: GraphqlContext): Promise<ReviewCycleModel> {
    return cycle(ctx, p.cycleCode);
  }
}

@Resolver(() => PeerLearningRegionModel)
export class PeerLearningRegionResolver {
  @ResolveField(() => RegionModel)
  async region(@Parent() p: PeerLearningRegionModel, @Context() ctx: GraphqlContext): Promise<RegionModel> {
    return (await region(ctx, p.regionCode)) as RegionModel;
  }

  @ResolveField(() => ReviewCycleModel, { nullable: true, description: 'Null: events part of or preparing no review cycle.' })
  async cycle(@Parent() p: PeerLearningRegionModel, @Context() ctx: GraphqlContext): Promise<ReviewCycleModel | null> {
    return loadReviewCycle(ctx.loaders, p.cycleCode);
  }
}

@Resolver(() => PeerLearningCycleModel)
export class PeerLearningCycleResolver {
  @ResolveField(() => ReviewCycleModel, { nullable: true, description: 'Null: events part of or preparing no review cycle.' })
  cycle(@Parent() p: PeerLearningCycleModel, @Context() ctx: GraphqlContext): Promise<ReviewCycleModel | null> {
    return loadReviewCycle(ctx.loaders, p.cycleCode);
  }
}

@Resolver(() => PeerLearningObjectiveModel)
export class PeerLearningObjectiveResolver {
  @ResolveField(() => ObjectiveModel)
  objective(@Parent() p: PeerLearningObjectiveModel, @Context() ctx: GraphqlContext): Promise<ObjectiveModel> {
    return objective(ctx, p.objectiveNumber);
  }
}

@Resolver(() => RegionProgressModel)
export class RegionProgressResolver {
  @ResolveField(() => RegionModel, { nullable: true, description: 'Null for the world total.' })
  region(@Parent() p: RegionProgressModel, @Context() ctx: GraphqlContext): Promise<RegionModel | null> {
    return region(ctx, p.regionCode);
  }
}

@Resolver(() => ObjectiveLevelsModel)
export class ObjectiveLevelsResolver {
  @ResolveField(() => ObjectiveModel)
  objective(@Parent() p: ObjectiveLevelsModel, @Context() ctx: GraphqlContext): Promise<ObjectiveModel> {
    return objective(ctx, p.objectiveNumber);
  }
}

@Resolver(() => ObjectiveMatrixModel)
export class ObjectiveMatrixResolver {
  @ResolveField(() => ReviewCycleModel)
  cycle(@Parent() p: ObjectiveMatrixModel, @Context() ctx: GraphqlContext): Promise<ReviewCycleModel> {
    return cycle(ctx, p.cycleCode);
  }
}

@Resolver(() => ObjectiveMatrixRowModel)
export class ObjectiveMatrixRowResolver {
  @ResolveField(() => ObjectiveModel)
  objective(@Parent() p: ObjectiveMatrixRowModel, @Context() ctx: GraphqlContext): Promise<ObjectiveModel> {
    return objective(ctx, p.objectiveNumber);
  }
}

@Resolver(() => ObjectiveMatrixCellModel)
export class ObjectiveMatrixCellResolver {
  @ResolveField(() => RegionModel, { nullable: true, description: 'Null for the world column.' })
  region(@Parent() p: ObjectiveMatrixCellModel, @Context() ctx: GraphqlContext): Promise<RegionModel | null> {
    return region(ctx, p.regionCode);
  }
}

@Resolver(() => CountryScorecardModel)
export class CountryScorecardResolver {
  constructor(
    private readonly pledgesService: PledgesService,
    private readonly eventsService: EventsService,
  ) {}

  @ResolveField(() => [EventModel], {
    complexity: maxItems(NESTED_EVENTS_MAX),
    description: `Events on the GCM calendar the country hosted, took part in or organised, latest first (at most ${NESTED_EVENTS_MAX}).`,
  })
  async events(@Parent() p: CountryScorecardModel): Promise<EventModel[]> {
    return (await this.eventsService.findOfCountry(p.countryIso3)).map((row) => toEventModel(row, Language.EN));
  }

  @ResolveField(() => [PledgeModel], {
    complexity: maxItems(100),
    description: "The state's own pledges with their latest status, latest status change first.",
  })
  async pledges(@Parent() p: CountryScorecardModel): Promise<PledgeModel[]> {
    return (await this.pledgesService.findOfState(p.countryIso3)).map((row) => toPledgeModel(row, Language.EN));
  }

  @ResolveField(() => CountryModel)
  async country(@Parent() p: CountryScorecardModel, @Context() ctx: GraphqlContext): Promise<CountryModel> {
    return (await loadCountry(ctx.loaders, p.countryIso3, Language.EN)) as CountryModel;
  }
}

@Resolver(() => ScorecardObjectiveModel)
export class ScorecardObjectiveResolver {
  @ResolveField(() => ObjectiveModel)
  objective(@Parent() p: ScorecardObjectiveModel, @Context() ctx: GraphqlContext): Promise<ObjectiveModel> {
    return objective(ctx, p.objectiveNumber);
  }
}

@Resolver(() => CycleLevelModel)
export class CycleLevelResolver {
  @ResolveField(() => ReviewCycleModel)
  cycle(@Parent() p: CycleLevelModel, @Context() ctx: GraphqlContext): Promise<ReviewCycleModel> {
    return cycle(ctx, p.cycleCode);
  }
}

@Resolver(() => CycleComparisonModel)
export class CycleComparisonResolver {
  @ResolveField(() => ReviewCycleModel)
  from(@Parent() p: CycleComparisonModel, @Context() ctx: GraphqlContext): Promise<ReviewCycleModel> {
    return cycle(ctx, p.fromCycleCode);
  }

  @ResolveField(() => ReviewCycleModel)
  to(@Parent() p: CycleComparisonModel, @Context() ctx: GraphqlContext): Promise<ReviewCycleModel> {
    return cycle(ctx, p.toCycleCode);
  }
}

@Resolver(() => CycleChangeModel)
export class CycleChangeResolver {
  @ResolveField(() => RegionModel, { nullable: true, description: 'Null for the world.' })
  region(@Parent() p: CycleChangeModel, @Context() ctx: GraphqlContext): Promise<RegionModel | null> {
    return region(ctx, p.regionCode);
  }

  @ResolveField(() => ObjectiveModel)
  objective(@Parent() p: CycleChangeModel, @Context() ctx: GraphqlContext): Promise<ObjectiveModel> {
    return objective(ctx, p.objectiveNumber);
  }
}

@Resolver(() => CountryLevelModel)
export class CountryLevelResolver {
  @ResolveField(() => CountryModel)
  async country(@Parent() p: CountryLevelModel, @Args() { lang }: LanguageArgs, @Context() ctx: GraphqlContext): Promise<CountryModel> {
    return (await loadCountry(ctx.loaders, p.iso3, lang)) as CountryModel;
  }
}

@Resolver(() => ReportedCycleModel)
export class ReportedCycleResolver {
  @ResolveField(() => ReviewCycleModel)
  cycle(@Parent() p: ReportedCycleModel, @Context() ctx: GraphqlContext): Promise<ReviewCycleModel> {
    return cycle(ctx, p.cycleCode);
  }
}
