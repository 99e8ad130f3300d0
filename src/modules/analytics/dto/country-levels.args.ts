import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { IsCycleCode } from '../../../common/validation/fields.js';
import { AggregateOptionsArgs } from './aggregate-options.args.js';

@ArgsType()
export class CountryLevelsArgs extends AggregateOptionsArgs {
  @Field(() => String, { description: 'Review cycle code, e.g. RR2-ECA-2024.' })
  @IsCycleCode()
  cycle: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Only champion countries.' })
  @IsBoolean()
  championOnly: boolean = false;
}
