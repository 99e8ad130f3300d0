import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { Language } from '../../../common/i18n/language.js';
import { PageArgs } from '../../../common/pagination/connection.js';
import { LanguageField } from '../../../common/i18n/language.args.js';
import { ProgressReportsFilter } from './progress-reports-filter.input.js';

@ArgsType()
export class ProgressReportsArgs extends PageArgs {
  @Field(() => ProgressReportsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgressReportsFilter)
  filter?: ProgressReportsFilter;

  @LanguageField('Language of nested reference texts (objectives, countries).')
  lang: Language = Language.EN;
}
