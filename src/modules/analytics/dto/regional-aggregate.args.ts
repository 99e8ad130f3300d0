import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsBoolean } from 'class-validator';
import { RegionScheme } from '../../countries/models/region-scheme.enum.js';
import { AggregateOptionsArgs } from './aggregate-options.args.js';

@ArgsType()
export class RegionalAggregateArgs extends AggregateOptionsArgs {
  @Field(() => RegionScheme, {
    defaultValue: RegionScheme.REVIEW,
    description: 'REVIEW: the five regional commissions; GEOGRAPHIC: the five M49 continents.',
  })
  @IsEnum(RegionScheme)
  scheme: RegionScheme = RegionScheme.REVIEW;

  @Field(() => Boolean, { defaultValue: false, description: 'Only champion countries.' })
  @IsBoolean()
  championOnly: boolean = false;
}
