import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Public, Roles } from '../../common/auth/access.decorators.js';
import type { Caller } from '../../common/auth/caller.js';
import { CurrentCaller } from '../../common/auth/current-caller.decorator.js';
import { Role } from '../../common/auth/role.js';
import { Language } from '../../common/i18n/language.js';
import { mapConnection } from '../../common/pagination/keyset.js';
import { selectsTotalCount } from '../../common/pagination/keyset-page.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { loadCountries, loadCountry, REGION_BY_CODE } from '../countries/countries.loader.js';
import { CountryModel } from '../countries/models/country.model.js';
import { RegionModel, toRegionModel } from '../countries/models/region.model.js';
import { loadGuidingPrinciples } from '../guiding-principles/guiding-principles.loader.js';
import { GuidingPrincipleModel } from '../guiding-principles/models/guiding-principle.model.js';
import { ObjectiveModel } from '../objectives/models/objective.model.js';
import { ServedObjectiveModel } from '../objectives/models/served-objective.model.js';
import { loadServedObjectives } from '../objectives/objectives.loader.js';
import { PledgeModel } from '../pledges/models/pledge.model.js';
import { loadPledge } from '../pledges/pledges.loader.js';
import { loadPresent } from '../../graphql/loaders.js';
import { UpdateGoodPracticeInput } from './dto/update-good-practice.input.js';
import { CreateGoodPracticeInput } from './dto/create-good-practice.input.js';
import { GoodPracticeArgs } from './dto/good-practice.args.js';
import { GoodPracticesArgs } from './dto/good-practices.args.js';
import { ReturnPracticeArgs } from './dto/return-practice.args.js';
import { PublishPracticeArgs } from './dto/publish-practice.args.js';
import { PracticeStepArgs } from './dto/practice-step.args.js';
import { GoodPracticeModel, toGoodPracticeModel } from './models/good-practice.model.js';
import { GoodPracticeConnection } from './models/good-practice-connection.model.js';
import { PracticeReviewStepModel } from './models/practice-review-step.model.js';
import { PracticeWorkflowService } from './practice-workflow.service.js';
import {
  loadVisiblePracticeOfPledge,
  PRACTICE_COUNTRIES,
  PRACTICE_OBJECTIVES,
  PRACTICE_PRINCIPLES,
  PRACTICE_REGIONS,
  PRACTICE_REVIEWS,
} from './practices.loader.js';
import { PracticesService } from './practices.service.js';
import { maxItems } from '../../common/pagination/list-size.js';
import { seesPracticeReview } from './practices.policy.js';

@Resolver(() => GoodPracticeModel)
export class PracticesResolver {
  constructor(
    private readonly practiceService: PracticesService,
    private readonly workflow: PracticeWorkflowService,
  ) {}

  @Query(() => GoodPracticeConnection, {
    description:
      "Good practices, filtered, searched and paginated. The public sees PUBLISHED practices; focal points also their country's drafts; the secretariat all.",
  })
  @Public()
  async goodPractices(
    @CurrentCaller() caller: Caller,
    @Args() args: GoodPracticesArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GoodPracticeConnection> {
    return mapConnection(await this.practiceService.findPage(caller, args, selectsTotalCount(info)), (row) =>
      toGoodPracticeModel(row, args.lang),
    );
  }

  @Query(() => GoodPracticeModel, { description: 'One good practice by id (NOT_FOUND when the caller may not see it).' })
  @Public()
  async goodPractice(@CurrentCaller() caller: Caller, @Args() { id, lang }: GoodPracticeArgs): Promise<GoodPracticeModel> {
    return toGoodPracticeModel(await this.practiceService.findOne(caller, id), lang);
  }

  @Mutation(() => GoodPracticeModel, { description: "Drafts a good practice. A focal point's practices belong to its country." })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async createGoodPractice(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => CreateGoodPracticeInput }) input: CreateGoodPracticeInput,
  ): Promise<GoodPracticeModel> {
    return toGoodPracticeModel(await this.workflow.create(caller, input), Language.EN);
  }

  @Mutation(() => GoodPracticeModel, {
    description: 'Changes a practice (focal points: DRAFT or RETURNED ones). Send the version you read.',
  })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async updateGoodPractice(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => UpdateGoodPracticeInput }) input: UpdateGoodPracticeInput,
  ): Promise<GoodPracticeModel> {
    return toGoodPracticeModel(await this.workflow.update(caller, id, version, input), Language.EN);
  }

  @Mutation(() => GoodPracticeModel, {
    description: 'Submits a DRAFT or RETURNED practice to the secretariat (results and lessons learned required).',
  })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async submitGoodPractice(@CurrentCaller() caller: Caller, @Args() { id, version }: PracticeStepArgs): Promise<GoodPracticeModel> {
    return toGoodPracticeModel(await this.workflow.submit(caller, id, version), Language.EN);
  }

  @Mutation(() => GoodPracticeModel, { description: 'Returns a SUBMITTED practice to its focal points with a comment.' })
  @Roles(Role.SECRETARIAT)
  async returnGoodPractice(
    @CurrentCaller() caller: Caller,
    @Args() { id, version, comment }: ReturnPracticeArgs,
  ): Promise<GoodPracticeModel> {
    return toGoodPracticeModel(await this.workflow.returnForChanges(caller, id, version, comment), Language.EN);
  }

  @Mutation(() => GoodPracticeModel, { description: 'Publishes a SUBMITTED practice: it becomes public.' })
  @Roles(Role.SECRETARIAT)
  async publishGoodPractice(
    @CurrentCaller() caller: Caller,
    @Args() { id, version, comment }: PublishPracticeArgs,
  ): Promise<GoodPracticeModel> {
    return toGoodPracticeModel(await this.workflow.publish(caller, id, version, comment ?? null), Language.EN);
  }

  @Mutation(() => GoodPracticeModel, {
    description: 'Drafts a good practice from a FULFILLED pledge in one step; the two are linked both ways.',
  })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async draftGoodPracticeFromPledge(
    @CurrentCaller() caller: Caller,
    @Args('pledgeId', { type: () => ID }) pledgeId: string,
  ): Promise<GoodPracticeModel> {
    return toGoodPracticeModel(await this.workflow.draftFromPledge(caller, pledgeId), Language.EN);
  }

  @ResolveField(() => CountryModel, { nullable: true, description: 'The country whose focal points keep it.' })
  async ownerCountry(@Parent() practice: GoodPracticeModel, @Context() ctx: GraphqlContext): Promise<CountryModel | null> {
    return loadCountry(ctx.loaders, practice.ownerCountryIso3, practice.requestedLanguage);
  }

  @ResolveField(() => [CountryModel], { complexity: maxItems(194), description: 'Countries where it is implemented.' })
  async countries(@Parent() practice: GoodPracticeModel, @Context() ctx: GraphqlContext): Promise<CountryModel[]> {
    return loadCountries(ctx.loaders, await ctx.loaders.get(PRACTICE_COUNTRIES).load(practice.id), practice.requestedLanguage);
  }

  @ResolveField(() => [RegionModel], { complexity: maxItems(10), description: 'Regions a REGIONAL practice covers.' })
  async regions(@Parent() practice: GoodPracticeModel, @Context() ctx: GraphqlContext): Promise<RegionModel[]> {
    const codes = await ctx.loaders.get(PRACTICE_REGIONS).load(practice.id);
    return (await loadPresent(ctx.loaders.get(REGION_BY_CODE), codes)).map((r) => toRegionModel(r, practice.requestedLanguage));
  }

  @ResolveField(() => [ServedObjectiveModel], { complexity: maxItems(23), description: 'The objectives it serves, main first.' })
  async objectives(@Parent() practice: GoodPracticeModel, @Context() ctx: GraphqlContext): Promise<ServedObjectiveModel[]> {
    return loadServedObjectives(ctx.loaders, await ctx.loaders.get(PRACTICE_OBJECTIVES).load(practice.id), practice.requestedLanguage);
  }

  @ResolveField(() => ObjectiveModel, { nullable: true })
  async mainObjective(@Parent() practice: GoodPracticeModel, @Context() ctx: GraphqlContext): Promise<ObjectiveModel | null> {
    return (await this.objectives(practice, ctx)).find((s) => s.isMain)?.objective ?? null;
  }

  @ResolveField(() => [GuidingPrincipleModel], { complexity: maxItems(10) })
  async guidingPrinciples(@Parent() practice: GoodPracticeModel, @Context() ctx: GraphqlContext): Promise<GuidingPrincipleModel[]> {
    return loadGuidingPrinciples(ctx.loaders, await ctx.loaders.get(PRACTICE_PRINCIPLES).load(practice.id), practice.requestedLanguage);
  }

  @ResolveField(() => PledgeModel, { nullable: true, description: 'The fulfilled pledge it was drafted from.' })
  async fromPledge(@Parent() practice: GoodPracticeModel, @Context() ctx: GraphqlContext): Promise<PledgeModel | null> {
    if (!practice.fromPledgeId) return null;
    return loadPledge(ctx.loaders, practice.fromPledgeId, practice.requestedLanguage);
  }

  @ResolveField(() => [PracticeReviewStepModel], {
    complexity: maxItems(50),
    nullable: true,
    description:
      "The review thread (submitted, returned with comments, published), oldest first. Null for callers other than the secretariat and the owner country's focal points.",
  })
  async reviewHistory(
    @Parent() practice: GoodPracticeModel,
    @CurrentCaller() caller: Caller,
    @Context() ctx: GraphqlContext,
  ): Promise<PracticeReviewStepModel[] | null> {
    if (!seesPracticeReview(caller, practice)) return null;
    return (await ctx.loaders.get(PRACTICE_REVIEWS).load(practice.id)).map((r) => ({
      action: r.action,
      comment: r.comment,
      actedAt: r.acted_at,
      actedBy: r.acted_by,
      actedByRole: r.acted_by_role,
    }));
  }
}

/** The other side of the link: a pledge's good practice, when the caller may see it. */
@Resolver(() => PledgeModel)
export class PledgePracticeResolver {
  @ResolveField(() => GoodPracticeModel, {
    nullable: true,
    description: 'The good practice drafted from this pledge, if any and visible to the caller.',
  })
  async goodPractice(
    @Parent() pledge: PledgeModel,
    @CurrentCaller() caller: Caller,
    @Context() ctx: GraphqlContext,
  ): Promise<GoodPracticeModel | null> {
    return loadVisiblePracticeOfPledge(ctx.loaders, caller, pledge.id, pledge.requestedLanguage);
  }
}
