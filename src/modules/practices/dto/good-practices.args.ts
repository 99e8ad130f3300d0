import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested, IsEnum } from 'class-validator';
import { LanguageField } from '../../../common/i18n/language.args.js';
import { Language } from '../../../common/i18n/language.js';
import { PageArgs } from '../../../common/pagination/connection.js';
import { PracticeOrder } from '../practice.enums.js';
import { GoodPracticesFilter } from './good-practices-filter.input.js';

@ArgsType()
export class GoodPracticesArgs extends PageArgs {
  @Field(() => GoodPracticesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GoodPracticesFilter)
  filter?: GoodPracticesFilter;

  @Field(() => PracticeOrder, { nullable: true, description: 'Default: RELEVANCE with a search, else NEWEST.' })
  @IsOptional()
  @IsEnum(PracticeOrder)
  orderBy?: PracticeOrder;

  @LanguageField('Language of nested reference texts (objectives, countries).')
  lang: Language = Language.EN;
}
