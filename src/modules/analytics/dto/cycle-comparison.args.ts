import { ArgsType, Field } from '@nestjs/graphql';
import { IsCycleCode } from '../../../common/validation/fields.js';
import { RegionalAggregateArgs } from './regional-aggregate.args.js';

@ArgsType()
export class CycleComparisonArgs extends RegionalAggregateArgs {
  @Field(() => String, { description: 'The earlier cycle, e.g. RR1-ECA-2021.' })
  @IsCycleCode()
  from: string;

  @Field(() => String, { description: 'The later cycle, e.g. RR2-ECA-2024.' })
  @IsCycleCode()
  to: string;
}
