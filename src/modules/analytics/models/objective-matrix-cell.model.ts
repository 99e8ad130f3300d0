import { ObjectType, Field, Int, Float } from '@nestjs/graphql';
import { LevelDistributionModel } from './level-distribution.model.js';

@ObjectType('ObjectiveMatrixCell')
export class ObjectiveMatrixCellModel {
  @Field(() => Int)
  objectiveNumber: number;

  /** Null for the world column. */
  regionCode: string | null;

  @Field(() => Int, { description: 'Counted entries (validated, plus submitted with includeSubmitted).' })
  countedEntries: number;

  @Field(() => Int)
  reportingCountries: number;

  @Field(() => Float, { nullable: true })
  meanLevel: number | null;

  @Field(() => LevelDistributionModel)
  distribution: LevelDistributionModel;
}
