import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Language, pickLanguage } from '../../../common/i18n/language.js';
import type { ObjectiveEntity } from '../objective.entity.js';

@ObjectType('Objective', { description: 'One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration.' })
export class ObjectiveModel {
  @Field(() => Int, { description: 'Objective number, 1 to 23.' })
  number: number;

  @Field(() => String, { description: 'Official title, in the requested language where verified, else in English.' })
  title: string;

  @Field(() => Language, { description: 'Language of `title` (English when no verified translation exists).' })
  titleLanguage: Language;

  @Field(() => String, { description: 'Short label as used by the Migration Network Hub.' })
  shortTitle: string;

  @Field(() => Language)
  shortTitleLanguage: Language;

  @Field(() => Int, { description: 'Paragraph of the Compact (A/RES/73/195) that sets out the objective.' })
  compactParagraph: number;

  @Field(() => [String], { description: 'Where the title in `titleLanguage` was verified.' })
  sources: string[];

  /** Not exposed: resolved through a loader. */
  imrfRoundTableNumber: number | null;
  /** The language the caller asked for, kept for nested fields. */
  requestedLanguage: Language;
}

export function toObjectiveModel(entity: ObjectiveEntity, lang: Language): ObjectiveModel {
  const title = pickLanguage(
    lang,
    { en: entity.titleEn, fr: entity.titleFr, es: entity.titleEs },
    { fr: entity.titleFrConfirmed, es: entity.titleEsConfirmed },
  );
  const shortTitle = pickLanguage(lang, { en: entity.shortTitleEn, fr: entity.shortTitleFr, es: entity.shortTitleEs });
  const sources = { [Language.EN]: entity.sourcesEn, [Language.FR]: entity.sourcesFr, [Language.ES]: entity.sourcesEs };
  return {
    number: entity.number,
    title: title.text,
    titleLanguage: title.language,
    shortTitle: shortTitle.text,
    shortTitleLanguage: shortTitle.language,
    compactParagraph: entity.compactParagraph,
    sources: sources[title.language],
    imrfRoundTableNumber: entity.imrfRoundTableNumber,
    requestedLanguage: lang,
  };
}
