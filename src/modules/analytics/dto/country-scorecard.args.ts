import { ArgsType, Field } from '@nestjs/graphql';
import { IsIso3 } from '../../../common/validation/fields.js';
import { AggregateOptionsArgs } from './aggregate-options.args.js';

@ArgsType()
export class CountryScorecardArgs extends AggregateOptionsArgs {
  @Field(() => String, { description: 'ISO3 code.' })
  @IsIso3()
  iso3: string;
}
