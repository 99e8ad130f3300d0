import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Public, Roles } from '../../common/auth/access.decorators.js';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentCaller } from '../../common/auth/current-caller.decorator.js';
import { Role } from '../../common/auth/role.js';
import { LanguageArgs } from '../../common/i18n/language.args.js';
import { Language } from '../../common/i18n/language.js';
import { mapConnection } from '../../common/pagination/keyset.js';
import { selectsTotalCount } from '../../common/pagination/keyset-page.js';
import { todayUtc } from '../../common/validation/fields.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { loadCountry } from '../countries/countries.loader.js';
import { CountryModel } from '../countries/models/country.model.js';
import { ObjectiveModel } from '../objectives/models/objective.model.js';
import { loadObjectives } from '../objectives/objectives.loader.js';
import { PledgeModel } from '../pledges/models/pledge.model.js';
import { loadPledges } from '../pledges/pledges.loader.js';
import { GoodPracticeModel } from '../practices/models/good-practice.model.js';
import { loadVisiblePractices } from '../practices/practices.loader.js';
import { ReviewCycleModel } from '../review-cycles/models/review-cycle.model.js';
import { UpdateProgressEntryInput } from './dto/update-progress-entry.input.js';
import { CreateProgressEntryInput } from './dto/create-progress-entry.input.js';
import { ProgressReportsArgs } from './dto/progress-reports.args.js';
import { PendingReviewsArgs } from './dto/pending-reviews.args.js';
import { ProgressEntryArgs } from './dto/progress-entry.args.js';
import { ProgressReportArgs } from './dto/progress-report.args.js';
import { SubmitReportArgs } from './dto/submit-report.args.js';
import { CommentOnEntryArgs } from './dto/comment-on-entry.args.js';
import { ReopenEntryArgs } from './dto/reopen-entry.args.js';
import { ReturnEntryArgs } from './dto/return-entry.args.js';
import { ValidateEntryArgs } from './dto/validate-entry.args.js';
import { SubmitEntryArgs } from './dto/submit-entry.args.js';
import { EntryChangeModel } from './models/entry-change.model.js';
import { EntryEventModel } from './models/entry-event.model.js';
import { MyReportModel, toMyReportModel } from './models/my-report.model.js';
import { ProgressEntryModel } from './models/progress-entry.model.js';
import { ProgressEntryConnection } from './models/progress-entry-connection.model.js';
import { ProgressReportModel, toProgressReportModel } from './models/progress-report.model.js';
import { ProgressReportConnection } from './models/progress-report-connection.model.js';
import { ReportingWindowModel, toReportingWindowModel } from './models/reporting-window.model.js';
import { EntryState } from './progress.enums.js';
import { changesSinceValidation } from './progress-content.js';
import { ProgressWorkflowService } from './progress-workflow.service.js';
import { entryFor, loadEntryHistory, loadReportingWindow, loadVisibleEntries } from './progress.loader.js';
import { ProgressService } from './progress.service.js';
import { loadReviewCycle } from '../review-cycles/review-cycles.loader.js';
import { maxItems } from '../../common/pagination/list-size.js';
import { defined } from '../../common/defined.js';

/** A report's cycle (a foreign key, so always there). */
const cycleOf = async (ctx: GraphqlContext, code: string): Promise<ReviewCycleModel> =>
  (await loadReviewCycle(ctx.loaders, code)) as ReviewCycleModel;

@Resolver(() => ProgressReportModel)
export class ProgressReportResolver {
  constructor(private readonly progress: ProgressService) {}

  @Query(() => ProgressReportModel, {
    description: "A country's report for a cycle, as your role may see it (NOT_FOUND when there is nothing you may see).",
  })
  @Public()
  async progressReport(
    @CurrentCaller() caller: Caller,
    @Args() { country, cycle, lang }: ProgressReportArgs,
  ): Promise<ProgressReportModel> {
    return toProgressReportModel(await this.progress.findReport(caller, country, cycle), lang);
  }

  @Query(() => ProgressReportConnection, {
    description: 'Progress reports, filtered and paginated, in country name order; counts and states over the entries you may see.',
  })
  @Public()
  async progressReports(
    @CurrentCaller() caller: Caller,
    @Args() args: ProgressReportsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProgressReportConnection> {
    return mapConnection(await this.progress.findReportPage(caller, args, selectsTotalCount(info)), (row) =>
      toProgressReportModel(row, args.lang),
    );
  }

  @ResolveField(() => CountryModel)
  async country(@Parent() report: ProgressReportModel, @Context() ctx: GraphqlContext): Promise<CountryModel> {
    return (await loadCountry(ctx.loaders, report.countryIso3, report.requestedLanguage)) as CountryModel;
  }

  @ResolveField(() => ReviewCycleModel)
  cycle(@Parent() report: ProgressReportModel, @Context() ctx: GraphqlContext): Promise<ReviewCycleModel> {
    return cycleOf(ctx, report.cycleCode);
  }

  @ResolveField(() => [ProgressEntryModel], { complexity: maxItems(23), description: 'Its entries you may see, by objective number.' })
  async entries(
    @Parent() report: ProgressReportModel,
    @CurrentCaller() caller: Caller,
    @Context() ctx: GraphqlContext,
    @Args('objective', { type: () => Int, nullable: true }) objective?: number,
  ): Promise<ProgressEntryModel[]> {
    return loadVisibleEntries(ctx.loaders, caller, report.id, report.requestedLanguage, objective);
  }

  @ResolveField(() => ReportingWindowModel, { nullable: true, description: "The cycle's reporting window as it applies to this country." })
  async reportingWindow(
    @Parent() report: ProgressReportModel,
    @CurrentCaller() caller: Caller,
    @Context() ctx: GraphqlContext,
  ): Promise<ReportingWindowModel | null> {
    return loadReportingWindow(ctx.loaders, caller, report.cycleCode, report.countryIso3);
  }
}

@Resolver(() => ProgressEntryModel)
export class ProgressEntryResolver {
  constructor(
    private readonly progress: ProgressService,
    private readonly workflow: ProgressWorkflowService,
  ) {}

  @Query(() => ProgressEntryModel, { description: 'One entry (NOT_FOUND when your role may not see it).' })
  @Public()
  async progressEntry(@CurrentCaller() caller: Caller, @Args() { id, lang }: ProgressEntryArgs): Promise<ProgressEntryModel> {
    return entryFor(caller, await this.progress.findEntry(caller, id), lang);
  }

  @Query(() => ProgressEntryConnection, {
    description: 'Submitted entries waiting for review, oldest submission first, with how long each has waited.',
  })
  @Roles(Role.SECRETARIAT)
  async pendingReviews(
    @CurrentCaller() caller: Caller,
    @Args() args: PendingReviewsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProgressEntryConnection> {
    return mapConnection(await this.progress.findPendingPage(args, selectsTotalCount(info)), (row) => entryFor(caller, row, args.lang));
  }

  @Mutation(() => ProgressEntryModel, {
    description:
      "Drafts an entry in the focal point's country's report for a cycle (the report is created with its first entry). Only while the window is open.",
  })
  @Roles(Role.FOCAL_POINT)
  async createProgressEntry(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => CreateProgressEntryInput }) input: CreateProgressEntryInput,
  ): Promise<ProgressEntryModel> {
    return entryFor(caller, await this.workflow.create(caller, input), Language.EN);
  }

  @Mutation(() => ProgressEntryModel, {
    description: 'Changes a DRAFT or RETURNED entry while the window is open. Send the version you read.',
  })
  @Roles(Role.FOCAL_POINT)
  async updateProgressEntry(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => UpdateProgressEntryInput }) input: UpdateProgressEntryInput,
  ): Promise<ProgressEntryModel> {
    return entryFor(caller, await this.workflow.update(caller, id, version, input), Language.EN);
  }

  @Mutation(() => ProgressEntryModel, { description: 'Submits a DRAFT or RETURNED entry to the secretariat (a narrative is required).' })
  @Roles(Role.FOCAL_POINT)
  async submitProgressEntry(
    @CurrentCaller() caller: Caller,
    @Args() { id, version, comment }: SubmitEntryArgs,
  ): Promise<ProgressEntryModel> {
    return entryFor(caller, await this.workflow.submit(caller, id, version, comment ?? null), Language.EN);
  }

  @Mutation(() => [ProgressEntryModel], {
    complexity: maxItems(23),
    description: "Submits every DRAFT and RETURNED entry of the focal point's report for a cycle, all or none.",
  })
  @Roles(Role.FOCAL_POINT)
  async submitProgressReport(@CurrentCaller() caller: Caller, @Args() { cycle, comment }: SubmitReportArgs): Promise<ProgressEntryModel[]> {
    return (await this.workflow.submitReport(caller, cycle, comment ?? null)).map((r) => entryFor(caller, r, Language.EN));
  }

  @Mutation(() => ProgressEntryModel, {
    description: 'Validates a SUBMITTED entry, at the reported level or another one with a justification. The entry is then locked.',
  })
  @Roles(Role.SECRETARIAT)
  async validateProgressEntry(
    @CurrentCaller() caller: Caller,
    @Args() { id, version, input }: ValidateEntryArgs,
  ): Promise<ProgressEntryModel> {
    return entryFor(caller, await this.workflow.validate(caller, id, version, input ?? {}), Language.EN);
  }

  @Mutation(() => ProgressEntryModel, { description: 'Returns a SUBMITTED entry to the country with a comment.' })
  @Roles(Role.SECRETARIAT)
  async returnProgressEntry(
    @CurrentCaller() caller: Caller,
    @Args() { id, version, comment }: ReturnEntryArgs,
  ): Promise<ProgressEntryModel> {
    return entryFor(caller, await this.workflow.returnForChanges(caller, id, version, comment), Language.EN);
  }

  @Mutation(() => ProgressEntryModel, {
    description: "Reopens one VALIDATED entry (back to RETURNED) with a reason; the report's other entries stay validated.",
  })
  @Roles(Role.SECRETARIAT)
  async reopenProgressEntry(
    @CurrentCaller() caller: Caller,
    @Args() { id, version, reason }: ReopenEntryArgs,
  ): Promise<ProgressEntryModel> {
    return entryFor(caller, await this.workflow.reopen(caller, id, version, reason), Language.EN);
  }

  @Mutation(() => ProgressEntryModel, {
    description: "Adds a comment to an entry's thread (the country's focal points and the secretariat).",
  })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async commentOnProgressEntry(@CurrentCaller() caller: Caller, @Args() { id, comment }: CommentOnEntryArgs): Promise<ProgressEntryModel> {
    return entryFor(caller, await this.workflow.comment(caller, id, comment), Language.EN);
  }

  @ResolveField(() => CountryModel)
  async country(@Parent() entry: ProgressEntryModel, @Context() ctx: GraphqlContext): Promise<CountryModel> {
    return (await loadCountry(ctx.loaders, entry.countryIso3, entry.requestedLanguage)) as CountryModel;
  }

  @ResolveField(() => ReviewCycleModel)
  cycle(@Parent() entry: ProgressEntryModel, @Context() ctx: GraphqlContext): Promise<ReviewCycleModel> {
    return cycleOf(ctx, entry.cycleCode);
  }

  @ResolveField(() => ObjectiveModel)
  async objective(@Parent() entry: ProgressEntryModel, @Context() ctx: GraphqlContext): Promise<ObjectiveModel> {
    const [objective] = await loadObjectives(ctx.loaders, [entry.objectiveNumber], entry.requestedLanguage);
    return defined(objective, `Objective ${entry.objectiveNumber}`);
  }

  @ResolveField(() => [PledgeModel], { complexity: maxItems(50), description: 'The pledges this entry reports on.' })
  async pledges(@Parent() entry: ProgressEntryModel, @Context() ctx: GraphqlContext): Promise<PledgeModel[]> {
    return loadPledges(ctx.loaders, entry.pledgeIds, entry.requestedLanguage);
  }

  @ResolveField(() => [GoodPracticeModel], { complexity: maxItems(50), description: 'The good practices it points to that you may see.' })
  async goodPractices(
    @Parent() entry: ProgressEntryModel,
    @CurrentCaller() caller: Caller,
    @Context() ctx: GraphqlContext,
  ): Promise<GoodPracticeModel[]> {
    return loadVisiblePractices(ctx.loaders, caller, entry.practiceIds, entry.requestedLanguage);
  }

  @ResolveField(() => [EntryChangeModel], {
    complexity: maxItems(10),
    nullable: true,
    description:
      "What the country's layer changed since the entry was last validated (empty while validated). Null when it never was, and for the public and other countries.",
  })
  changesSinceValidation(@Parent() entry: ProgressEntryModel): EntryChangeModel[] | null {
    if (!entry.seesReportedLayer || !entry.snapshot) return null;
    return changesSinceValidation(entry.snapshot, entry.content);
  }

  @ResolveField(() => [EntryEventModel], {
    complexity: maxItems(100),
    nullable: true,
    description:
      "Its history and comment thread, oldest first. Null for callers other than the secretariat and the country's focal points.",
  })
  async history(
    @Parent() entry: ProgressEntryModel,
    @CurrentCaller() caller: Caller,
    @Context() ctx: GraphqlContext,
  ): Promise<EntryEventModel[] | null> {
    return loadEntryHistory(ctx.loaders, caller, entry);
  }
}

@Resolver(() => MyReportModel)
export class MyReportResolver {
  constructor(private readonly progress: ProgressService) {}

  @Query(() => [MyReportModel], {
    complexity: maxItems(30),
    description:
      "The focal point's country's reports: every cycle it reports in that has its report or an open window, latest deadline first, with what is returned and overdue.",
  })
  @Roles(Role.FOCAL_POINT)
  async myReports(@CurrentCaller() caller: Caller, @Args() { lang }: LanguageArgs): Promise<MyReportModel[]> {
    return (await this.progress.findMyReports(caller)).map((r) => toMyReportModel(r, lang));
  }

  @ResolveField(() => ReviewCycleModel)
  cycle(@Parent() mine: MyReportModel, @Context() ctx: GraphqlContext): Promise<ReviewCycleModel> {
    return cycleOf(ctx, mine.cycleCode);
  }

  @ResolveField(() => ProgressReportModel, { nullable: true, description: 'Null until the first entry is drafted.' })
  report(@Parent() mine: MyReportModel): ProgressReportModel | null {
    return mine.report;
  }

  @ResolveField(() => ReportingWindowModel)
  reportingWindow(@Parent() mine: MyReportModel): ReportingWindowModel {
    // The focal point's own country: they keep its records.
    return toReportingWindowModel(mine.window, todayUtc(), true);
  }

  @ResolveField(() => [ProgressEntryModel], {
    complexity: maxItems(23),
    description: 'Entries the secretariat returned (or reopened), waiting for the country.',
  })
  async returnedEntries(
    @Parent() mine: MyReportModel,
    @CurrentCaller() caller: Caller,
    @Context() ctx: GraphqlContext,
  ): Promise<ProgressEntryModel[]> {
    if (!mine.report) return [];
    // Only the country's own focal points have a report of their own: every entry is theirs to see.
    const entries = await loadVisibleEntries(ctx.loaders, caller, mine.report.id, mine.requestedLanguage);
    return entries.filter((e) => e.state === EntryState.RETURNED);
  }
}
