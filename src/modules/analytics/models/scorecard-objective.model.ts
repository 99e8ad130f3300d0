import { ObjectType, Field, Int } from '@nestjs/graphql';
import { maxItems } from '../../../common/pagination/list-size.js';
import { CycleLevelModel } from './cycle-level.model.js';

@ObjectType('ScorecardObjective')
export class ScorecardObjectiveModel {
  @Field(() => Int)
  objectiveNumber: number;

  @Field(() => [CycleLevelModel], { complexity: maxItems(30), description: 'Oldest cycle first.' })
  cycles: CycleLevelModel[];
}
