import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Language, pickLanguage } from '../../../common/i18n/language.js';
import type { GuidingPrincipleEntity } from '../guiding-principle.entity.js';

@ObjectType('GuidingPrinciple', {
  description: 'One of the ten cross-cutting and interdependent guiding principles (Compact, paragraph 15).',
})
export class GuidingPrincipleModel {
  @Field(() => Int, { description: 'Order in paragraph 15, 1 to 10.' })
  number: number;

  @Field(() => String, { description: 'Letter of the sub-paragraph, a to j.' })
  letter: string;

  @Field(() => String, { description: 'Paragraph reference, e.g. "15(a)".' })
  compactParagraph: string;

  @Field(() => String)
  name: string;

  @Field(() => Language, { description: 'Language of `name` (English when no translation exists).' })
  nameLanguage: Language;

  @Field(() => String, { nullable: true, description: 'What is and is not verified about the translations.' })
  note: string | null;

  @Field(() => [String])
  sources: string[];
}

export function toGuidingPrincipleModel(entity: GuidingPrincipleEntity, lang: Language): GuidingPrincipleModel {
  const name = pickLanguage(lang, { en: entity.nameEn, fr: entity.nameFr, es: entity.nameEs });
  return {
    number: entity.number,
    letter: entity.letter,
    compactParagraph: entity.compactParagraph,
    name: name.text,
    nameLanguage: name.language,
    note: entity.note,
    sources: entity.sources,
  };
}
