import { ObjectType, Field } from '@nestjs/graphql';
import { maxItems } from '../../../common/pagination/list-size.js';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';
import { ObjectiveMatrixRowModel } from './objective-matrix-row.model.js';

@ObjectType('ObjectiveMatrix')
export class ObjectiveMatrixModel {
  cycleCode: string;

  @Field(() => RegionScheme)
  scheme: RegionScheme;

  @Field(() => Boolean)
  includesSubmitted: boolean;

  @Field(() => String)
  basis: string;

  @Field(() => [ObjectiveMatrixRowModel], { complexity: maxItems(23), description: 'Objectives 1 to 23.' })
  rows: ObjectiveMatrixRowModel[];
}
