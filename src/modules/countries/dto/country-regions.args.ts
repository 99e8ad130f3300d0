import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsEnum } from 'class-validator';
import { RegionScheme } from '../models/region-scheme.enum.js';

@ArgsType()
export class CountryRegionsArgs {
  @Field(() => RegionScheme, { nullable: true, description: 'Only the regions of this scheme (default: both).' })
  @IsOptional()
  @IsEnum(RegionScheme)
  scheme?: RegionScheme;
}
