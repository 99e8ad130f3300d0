import { ArgsType, Field } from '@nestjs/graphql';
import { IsCycleCode } from '../../../common/validation/fields.js';
import { RegionalAggregateArgs } from './regional-aggregate.args.js';

@ArgsType()
export class ObjectiveMatrixArgs extends RegionalAggregateArgs {
  @Field(() => String)
  @IsCycleCode()
  cycle: string;
}
