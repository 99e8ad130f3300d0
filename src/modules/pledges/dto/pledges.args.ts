import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { Language } from '../../../common/i18n/language.js';
import { PageArgs } from '../../../common/pagination/connection.js';
import { PledgeOrder } from '../pledge.enums.js';
import { LanguageField } from '../../../common/i18n/language.args.js';
import { PledgesFilter } from './pledges-filter.input.js';

@ArgsType()
export class PledgesArgs extends PageArgs {
  @Field(() => PledgesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PledgesFilter)
  filter?: PledgesFilter;

  @Field(() => PledgeOrder, { nullable: true, description: 'Default: RELEVANCE with a search, else NEWEST.' })
  @IsOptional()
  @IsEnum(PledgeOrder)
  orderBy?: PledgeOrder;

  @LanguageField('Language of nested reference texts (objectives, countries).')
  lang: Language = Language.EN;
}
