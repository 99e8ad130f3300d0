import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Language } from './language.js';

/** The `lang` argument: a Language, EN by default (give the property the default value too). */
export const LanguageField = (description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => Language, { defaultValue: Language.EN, ...(description ? { description } : {}) }),
    IsEnum(Language),
  );

@ArgsType()
export class LanguageArgs {
  @LanguageField('Language of the texts (default EN).')
  lang: Language = Language.EN;
}
