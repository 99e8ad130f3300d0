import { Public } from '../../common/auth/access.decorators.js';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { LanguageArgs } from '../../common/i18n/language.args.js';
import { GuidingPrinciplesService } from './guiding-principles.service.js';
import { GuidingPrincipleModel, toGuidingPrincipleModel } from './models/guiding-principle.model.js';
import { maxItems } from '../../common/pagination/list-size.js';

@Resolver(() => GuidingPrincipleModel)
export class GuidingPrinciplesResolver {
  constructor(private readonly principleService: GuidingPrinciplesService) {}

  @Query(() => [GuidingPrincipleModel], {
    complexity: maxItems(10),
    description: 'The ten guiding principles, in the order of paragraph 15.',
  })
  @Public()
  async guidingPrinciples(@Args() { lang }: LanguageArgs): Promise<GuidingPrincipleModel[]> {
    return (await this.principleService.findAll()).map((p) => toGuidingPrincipleModel(p, lang));
  }
}
