import { ObjectType, Field } from '@nestjs/graphql';
import { maxItems } from '../../../common/pagination/list-size.js';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';
import { CycleChangeModel } from './cycle-change.model.js';

@ObjectType('CycleComparison')
export class CycleComparisonModel {
  fromCycleCode: string;

  toCycleCode: string;

  @Field(() => RegionScheme)
  scheme: RegionScheme;

  @Field(() => Boolean)
  includesSubmitted: boolean;

  @Field(() => String)
  basis: string;

  @Field(() => [CycleChangeModel], {
    complexity: maxItems(253),
    description: 'Per region (by code, then the world) and objective reported on in either cycle.',
  })
  changes: CycleChangeModel[];
}
