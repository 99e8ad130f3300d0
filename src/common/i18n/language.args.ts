import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Language } from './language.js';

@ArgsType()
export class LanguageArgs {
  @Field(() => Language, { defaultValue: Language.EN, description: 'Language of the texts (default EN).' })
  @IsEnum(Language)
  lang: Language = Language.EN;
}
