import { ObjectType, Field, Int, Float } from '@nestjs/graphql';
import { LevelDistributionModel } from './level-distribution.model.js';

@ObjectType('ObjectiveLevels', { description: 'Counted entries on one objective: how many, their mean level (0-3) and distribution.' })
export class ObjectiveLevelsModel {
  @Field(() => Int)
  objectiveNumber: number;

  @Field(() => Int)
  countedEntries: number;

  @Field(() => Float, { nullable: true, description: 'Mean level, 0 (NOT_STARTED) to 3 (COMPLETE), two decimals; null without entries.' })
  meanLevel: number | null;

  @Field(() => LevelDistributionModel)
  distribution: LevelDistributionModel;
}
