import { Public } from '../../common/auth/access.decorators.js';
import { Context, Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LanguageArgs } from '../../common/i18n/language.args.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { loadRegion } from '../countries/countries.loader.js';
import { RegionModel } from '../countries/models/region.model.js';
import { ReviewCyclesArgs } from './dto/review-cycles.args.js';
import { ReviewCycleArgs } from './dto/review-cycle.args.js';
import { ReviewCycleModel, toReviewCycleModel } from './models/review-cycle.model.js';
import { ReviewCyclesService } from './review-cycles.service.js';
import { maxItems } from '../../common/pagination/list-size.js';

@Resolver(() => ReviewCycleModel)
export class ReviewCyclesResolver {
  constructor(private readonly cycleService: ReviewCyclesService) {}

  @Query(() => [ReviewCycleModel], { complexity: maxItems(30), description: 'Regional reviews and IMRFs, oldest first.' })
  @Public()
  async reviewCycles(@Args() { filter }: ReviewCyclesArgs): Promise<ReviewCycleModel[]> {
    return (await this.cycleService.find(filter)).map(toReviewCycleModel);
  }

  @Query(() => ReviewCycleModel, { nullable: true, description: 'One review cycle by its code, e.g. IMRF-2022.' })
  @Public()
  async reviewCycle(@Args() { code }: ReviewCycleArgs): Promise<ReviewCycleModel> {
    return toReviewCycleModel(await this.cycleService.findOne(code));
  }

  @ResolveField(() => RegionModel, { nullable: true, description: 'The review region running a regional review; null for the IMRF.' })
  async region(
    @Parent() cycle: ReviewCycleModel,
    @Args() { lang }: LanguageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<RegionModel | null> {
    return loadRegion(ctx.loaders, cycle.regionCode, lang);
  }
}
