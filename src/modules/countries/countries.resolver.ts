import { mapConnection } from '../../common/pagination/keyset.js';
import { Public } from '../../common/auth/access.decorators.js';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { CountriesService } from './countries.service.js';
import { CountriesArgs } from './dto/countries.args.js';
import { CountryRegionsArgs } from './dto/country-regions.args.js';
import { CountryArgs } from './dto/country.args.js';
import { CountryConnection } from './models/country-connection.model.js';
import { CountryModel, toCountryModel } from './models/country.model.js';
import { RegionModel, toRegionModel } from './models/region.model.js';
import { REGIONS_BY_COUNTRY } from './countries.loader.js';
import { maxItems } from '../../common/pagination/list-size.js';

@Resolver(() => CountryModel)
export class CountriesResolver {
  constructor(private readonly countryService: CountriesService) {}

  @Query(() => CountryConnection, { description: 'UN member states, filtered and paginated.' })
  @Public()
  async countries(@Args() args: CountriesArgs): Promise<CountryConnection> {
    return mapConnection(await this.countryService.findPage(args), (row) => toCountryModel(row, args.lang));
  }

  @Query(() => CountryModel, { nullable: true, description: 'One country by its ISO3 code.' })
  @Public()
  async country(@Args() { iso3, lang }: CountryArgs): Promise<CountryModel> {
    return toCountryModel(await this.countryService.findOne(iso3), lang);
  }

  @ResolveField(() => [RegionModel], {
    complexity: maxItems(4),
    description: 'The regions the country is a regional member of (Morocco: ECA, ESCWA, AFRICA).',
  })
  async regions(
    @Parent() country: CountryModel,
    @Args() { scheme }: CountryRegionsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<RegionModel[]> {
    const regions = await ctx.loaders.get(REGIONS_BY_COUNTRY).load(country.iso3);
    const wanted: string | undefined = scheme;
    return regions.filter((r) => !wanted || r.scheme === wanted).map((r) => toRegionModel(r, country.requestedLanguage));
  }
}
