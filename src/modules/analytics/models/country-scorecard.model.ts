import { ObjectType, Field } from '@nestjs/graphql';
import { maxItems } from '../../../common/pagination/list-size.js';
import { ScorecardObjectiveModel } from './scorecard-objective.model.js';

@ObjectType('CountryScorecard')
export class CountryScorecardModel {
  countryIso3: string;

  @Field(() => Boolean)
  includesSubmitted: boolean;

  @Field(() => String)
  basis: string;

  @Field(() => [ScorecardObjectiveModel], {
    complexity: maxItems(23),
    description: 'Objectives the country has counted entries on, by number.',
  })
  objectives: ScorecardObjectiveModel[];
}
