import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { LanguageArgs } from '../../../common/i18n/language.args.js';

@ArgsType()
export class CountryArgs extends LanguageArgs {
  @Field(() => String, { description: 'ISO 3166-1 alpha-3 code, e.g. MAR.' })
  @Matches(/^[A-Za-z]{3}$/, { message: 'iso3 must be a three-letter ISO 3166-1 alpha-3 code' })
  iso3: string;
}
