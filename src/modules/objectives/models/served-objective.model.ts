import { Field, ObjectType } from '@nestjs/graphql';
import { ObjectiveModel } from './objective.model.js';

/** An objective a pledge or practice serves, and whether it is the main one. */
@ObjectType('ServedObjective')
export class ServedObjectiveModel {
  @Field(() => ObjectiveModel)
  objective: ObjectiveModel;

  @Field(() => Boolean, { description: 'True for the one main objective.' })
  isMain: boolean;
}
