import { Public } from '../../common/auth/access.decorators.js';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { COUNTRIES_BY_REGION } from './countries.loader.js';
import { RegionsArgs } from './dto/regions.args.js';
import { CountryModel, toCountryModel } from './models/country.model.js';
import { RegionModel, toRegionModel } from './models/region.model.js';
import { RegionsService } from './regions.service.js';
import { maxItems } from '../../common/pagination/list-size.js';

@Resolver(() => RegionModel)
export class RegionsResolver {
  constructor(private readonly regionService: RegionsService) {}

  @Query(() => [RegionModel], { complexity: maxItems(10), description: 'Regions of one scheme (or both), with their countries.' })
  @Public()
  async regions(@Args() { scheme, lang }: RegionsArgs): Promise<RegionModel[]> {
    return (await this.regionService.findAll(scheme)).map((r) => toRegionModel(r, lang));
  }

  @ResolveField(() => [CountryModel], {
    complexity: maxItems(60),
    description: 'Regional members, by English name. Non-regional members of a commission are not listed.',
  })
  async countries(@Parent() region: RegionModel, @Context() ctx: GraphqlContext): Promise<CountryModel[]> {
    const rows = await ctx.loaders.get(COUNTRIES_BY_REGION).load(region.code);
    return rows.map((r) => toCountryModel(r, region.requestedLanguage));
  }
}
