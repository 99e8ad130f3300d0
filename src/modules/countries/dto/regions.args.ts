import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsEnum } from 'class-validator';
import { LanguageArgs } from '../../../common/i18n/language.args.js';
import { RegionScheme } from '../models/region-scheme.enum.js';

@ArgsType()
export class RegionsArgs extends LanguageArgs {
  @Field(() => RegionScheme, { nullable: true, description: 'Only the regions of this scheme (default: both).' })
  @IsOptional()
  @IsEnum(RegionScheme)
  scheme?: RegionScheme;
}
