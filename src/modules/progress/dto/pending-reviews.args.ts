import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { LanguageField } from '../../../common/i18n/language.args.js';
import { Language } from '../../../common/i18n/language.js';
import { PageArgs } from '../../../common/pagination/connection.js';
import { PendingReviewsFilter } from './pending-reviews-filter.input.js';

@ArgsType()
export class PendingReviewsArgs extends PageArgs {
  @Field(() => PendingReviewsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PendingReviewsFilter)
  filter?: PendingReviewsFilter;

  @LanguageField()
  lang: Language = Language.EN;
}
