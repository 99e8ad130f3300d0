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
import { loadCountries, loadCountry } from '../countries/countries.loader.js';
import { CountryModel } from '../countries/models/country.model.js';
import { loadGuidingPrinciples } from '../guiding-principles/guiding-principles.loader.js';
import { GuidingPrincipleModel } from '../guiding-principles/models/guiding-principle.model.js';
import { ObjectiveModel } from '../objectives/models/objective.model.js';
import { ServedObjectiveModel } from '../objectives/models/served-objective.model.js';
import { loadServedObjectives } from '../objectives/objectives.loader.js';
import { ReviewCycleModel } from '../review-cycles/models/review-cycle.model.js';
import { UpdatePledgeInput } from './dto/update-pledge.input.js';
import { CreatePledgeInput } from './dto/create-pledge.input.js';
import { PledgeUpdateInput } from './dto/pledge-update.input.js';
import { PledgesArgs } from './dto/pledges.args.js';
import { PledgeArgs } from './dto/pledge.args.js';
import { PledgeModel, toPledgeModel } from './models/pledge.model.js';
import { PledgeConnection } from './models/pledge-connection.model.js';
import { PledgeUpdateModel } from './models/pledge-update.model.js';
import { PledgeParticipantModel } from './models/pledge-participant.model.js';
import { PledgeEditorService } from './pledge-editor.service.js';
import { PledgeImportService } from './pledge-import.service.js';
import { PledgeImportResultModel } from './models/pledge-import-result.model.js';
import { readUpload } from './read-upload.js';
import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import { PledgesService } from './pledges.service.js';
import { loadReviewCycle } from '../review-cycles/review-cycles.loader.js';
import { maxItems } from '../../common/pagination/list-size.js';
import {
  loadPledgeUpdates,
  PLEDGE_BY_ID,
  PLEDGE_COUNTRIES,
  PLEDGE_OBJECTIVES,
  PLEDGE_PARTICIPANTS,
  PLEDGE_PRINCIPLES,
} from './pledges.loader.js';

@Resolver(() => PledgeModel)
export class PledgesResolver {
  constructor(
    private readonly pledgeService: PledgesService,
    private readonly editor: PledgeEditorService,
    private readonly importer: PledgeImportService,
  ) {}

  @Query(() => PledgeConnection, { description: 'Pledges, filtered, searched and paginated. Pledges are public.' })
  @Public()
  async pledges(@Args() args: PledgesArgs, @Info() info: GraphQLResolveInfo): Promise<PledgeConnection> {
    return mapConnection(await this.pledgeService.findPage(args, selectsTotalCount(info)), (row) => toPledgeModel(row, args.lang));
  }

  @Query(() => PledgeModel, { description: 'One pledge by id.' })
  @Public()
  async pledge(@Args() { id, lang }: PledgeArgs): Promise<PledgeModel> {
    return toPledgeModel(await this.pledgeService.findOne(id), lang);
  }

  @Mutation(() => PledgeModel, { description: "Records a pledge. Focal points record their own state's pledges; the secretariat any." })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async createPledge(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => CreatePledgeInput }) input: CreatePledgeInput,
  ): Promise<PledgeModel> {
    return toPledgeModel(await this.editor.create(caller, input), Language.EN);
  }

  @Mutation(() => PledgeModel, { description: "Changes a pledge's fields. Send the version you read; a stale one gets CONFLICT." })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async updatePledge(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => UpdatePledgeInput }) input: UpdatePledgeInput,
  ): Promise<PledgeModel> {
    return toPledgeModel(await this.editor.update(caller, id, version, input), Language.EN);
  }

  @Mutation(() => PledgeModel, {
    description: "Adds a dated update (status, narrative, evidence) to a pledge's history. Send the version you read.",
  })
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT)
  async recordPledgeUpdate(
    @CurrentCaller() caller: Caller,
    @Args('pledgeId', { type: () => ID }) pledgeId: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => PledgeUpdateInput }) input: PledgeUpdateInput,
  ): Promise<PledgeModel> {
    return toPledgeModel(await this.editor.recordUpdate(caller, pledgeId, version, input), Language.EN);
  }

  @Mutation(() => PledgeImportResultModel, {
    description:
      'Imports pledges from a CSV file (GraphQL multipart upload; send the header apollo-require-preflight: true). All or nothing: one bad row rejects the file, naming each bad row and field. With dryRun, only validates.',
  })
  @Roles(Role.SECRETARIAT)
  async importPledges(
    @CurrentCaller() caller: Caller,
    // Typed `object` so the validation pipe leaves the upload promise alone.
    @Args('file', { type: () => GraphQLUpload }) file: object,
    @Args('dryRun', { type: () => Boolean, defaultValue: false }) dryRun: boolean,
  ): Promise<PledgeImportResultModel> {
    return this.importer.importCsv(caller, await readUpload(file), dryRun);
  }

  @ResolveField(() => CountryModel, { nullable: true, description: 'The pledging state, or where the stakeholder is based.' })
  async pledgingCountry(@Parent() pledge: PledgeModel, @Context() ctx: GraphqlContext): Promise<CountryModel | null> {
    return loadCountry(ctx.loaders, pledge.pledgingEntity.countryIso3, pledge.requestedLanguage);
  }

  @ResolveField(() => [CountryModel], { complexity: maxItems(194), description: 'Countries of implementation (empty when global).' })
  async implementationCountries(@Parent() pledge: PledgeModel, @Context() ctx: GraphqlContext): Promise<CountryModel[]> {
    return loadCountries(ctx.loaders, await ctx.loaders.get(PLEDGE_COUNTRIES).load(pledge.id), pledge.requestedLanguage);
  }

  @ResolveField(() => ReviewCycleModel, { nullable: true, description: 'The review cycle it was made at.' })
  async cycle(@Parent() pledge: PledgeModel, @Context() ctx: GraphqlContext): Promise<ReviewCycleModel | null> {
    return loadReviewCycle(ctx.loaders, pledge.cycleCode);
  }

  @ResolveField(() => PledgeModel, { nullable: true, description: 'For a MATCHING pledge: the pledge it matches.' })
  async matchesPledge(@Parent() pledge: PledgeModel, @Context() ctx: GraphqlContext): Promise<PledgeModel | null> {
    if (!pledge.matchesPledgeId) return null;
    const row = await ctx.loaders.get(PLEDGE_BY_ID).load(pledge.matchesPledgeId);
    return row ? toPledgeModel(row, pledge.requestedLanguage) : null;
  }

  @ResolveField(() => [PledgeParticipantModel], {
    complexity: maxItems(200),
    description: 'For COMMON and PARTNERSHIP pledges: the participating states and actors.',
  })
  async participants(@Parent() pledge: PledgeModel, @Context() ctx: GraphqlContext): Promise<PledgeParticipantModel[]> {
    return ctx.loaders.get(PLEDGE_PARTICIPANTS).load(pledge.id);
  }

  @ResolveField(() => [ServedObjectiveModel], { complexity: maxItems(23), description: 'The objectives it serves, main first.' })
  async objectives(@Parent() pledge: PledgeModel, @Context() ctx: GraphqlContext): Promise<ServedObjectiveModel[]> {
    return loadServedObjectives(ctx.loaders, await ctx.loaders.get(PLEDGE_OBJECTIVES).load(pledge.id), pledge.requestedLanguage);
  }

  @ResolveField(() => ObjectiveModel, { nullable: true, description: 'The main objective.' })
  async mainObjective(@Parent() pledge: PledgeModel, @Context() ctx: GraphqlContext): Promise<ObjectiveModel | null> {
    const served = await this.objectives(pledge, ctx);
    return served.find((s) => s.isMain)?.objective ?? null;
  }

  @ResolveField(() => [GuidingPrincipleModel], { complexity: maxItems(10) })
  async guidingPrinciples(@Parent() pledge: PledgeModel, @Context() ctx: GraphqlContext): Promise<GuidingPrincipleModel[]> {
    return loadGuidingPrinciples(ctx.loaders, await ctx.loaders.get(PLEDGE_PRINCIPLES).load(pledge.id), pledge.requestedLanguage);
  }

  @ResolveField(() => [PledgeUpdateModel], {
    complexity: maxItems(50),
    description: 'The history: every dated update, oldest first; the last one gives the status.',
  })
  async updates(
    @Parent() pledge: PledgeModel,
    @CurrentCaller() caller: Caller,
    @Context() ctx: GraphqlContext,
  ): Promise<PledgeUpdateModel[]> {
    return loadPledgeUpdates(ctx.loaders, caller, pledge);
  }
}
