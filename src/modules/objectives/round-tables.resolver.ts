import { Public } from '../../common/auth/access.decorators.js';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { LanguageArgs } from '../../common/i18n/language.args.js';
import { ImrfRoundTableModel, toImrfRoundTableModel } from './models/imrf-round-table.model.js';
import { ObjectiveModel, toObjectiveModel } from './models/objective.model.js';
import { OBJECTIVES_BY_ROUND_TABLE } from './objectives.loader.js';
import { ObjectivesService } from './objectives.service.js';
import { maxItems } from '../../common/pagination/list-size.js';

@Resolver(() => ImrfRoundTableModel)
export class RoundTablesResolver {
  constructor(private readonly objectiveService: ObjectivesService) {}

  @Query(() => [ImrfRoundTableModel], {
    complexity: maxItems(4),
    description: 'The four round tables of the IMRF 2022, with their objectives.',
  })
  @Public()
  async roundTables(): Promise<ImrfRoundTableModel[]> {
    return (await this.objectiveService.findRoundTables()).map(toImrfRoundTableModel);
  }

  @ResolveField(() => [ObjectiveModel], { complexity: maxItems(23) })
  async objectives(
    @Parent() roundTable: ImrfRoundTableModel,
    @Args() { lang }: LanguageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<ObjectiveModel[]> {
    const rows = await ctx.loaders.get(OBJECTIVES_BY_ROUND_TABLE).load(roundTable.number);
    return rows.map((o) => toObjectiveModel(o, lang));
  }
}
