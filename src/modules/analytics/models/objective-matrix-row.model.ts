import { ObjectType, Field, Int } from '@nestjs/graphql';
import { maxItems } from '../../../common/pagination/list-size.js';
import { ObjectiveMatrixCellModel } from './objective-matrix-cell.model.js';

@ObjectType('ObjectiveMatrixRow', { description: 'One objective across the regions, and the world.' })
export class ObjectiveMatrixRowModel {
  @Field(() => Int)
  objectiveNumber: number;

  @Field(() => [ObjectiveMatrixCellModel], { complexity: maxItems(10), description: 'One cell per region, by region code.' })
  cells: ObjectiveMatrixCellModel[];

  @Field(() => ObjectiveMatrixCellModel)
  world: ObjectiveMatrixCellModel;
}
