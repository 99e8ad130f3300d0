import { Public } from '../../common/auth/access.decorators.js';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { LanguageArgs } from '../../common/i18n/language.args.js';
import { ObjectiveArgs } from './dto/objective.args.js';
import { ImrfRoundTableModel, toImrfRoundTableModel } from './models/imrf-round-table.model.js';
import { ObjectiveModel, toObjectiveModel } from './models/objective.model.js';
import { ROUND_TABLE_BY_NUMBER } from './objectives.loader.js';
import { ObjectivesService } from './objectives.service.js';
import { maxItems } from '../../common/pagination/list-size.js';

@Resolver(() => ObjectiveModel)
export class ObjectivesResolver {
  constructor(private readonly objectiveService: ObjectivesService) {}

  @Query(() => [ObjectiveModel], { complexity: maxItems(23), description: 'The 23 objectives, in order.' })
  @Public()
  async objectives(@Args() { lang }: LanguageArgs): Promise<ObjectiveModel[]> {
    return (await this.objectiveService.findAll()).map((o) => toObjectiveModel(o, lang));
  }

  @Query(() => ObjectiveModel, { nullable: true, description: 'One objective by its number (1 to 23).' })
  @Public()
  async objective(@Args() { number, lang }: ObjectiveArgs): Promise<ObjectiveModel> {
    return toObjectiveModel(await this.objectiveService.findOne(number), lang);
  }

  @ResolveField(() => ImrfRoundTableModel, { nullable: true, description: 'The IMRF 2022 round table that discussed it.' })
  async imrfRoundTable(@Parent() objective: ObjectiveModel, @Context() ctx: GraphqlContext): Promise<ImrfRoundTableModel | null> {
    if (objective.imrfRoundTableNumber === null) return null;
    const rt = await ctx.loaders.get(ROUND_TABLE_BY_NUMBER).load(objective.imrfRoundTableNumber);
    return rt ? toImrfRoundTableModel(rt) : null;
  }
}
