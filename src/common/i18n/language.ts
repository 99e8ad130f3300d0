import { registerEnumType } from '@nestjs/graphql';

/** The languages GCM Tracker serves reference texts in: the Compact's English, French, Spanish. */
export enum Language {
  EN = 'EN',
  FR = 'FR',
  ES = 'ES',
}

registerEnumType(Language, { name: 'Language', description: 'Language of a text: English, French or Spanish.' });

export interface LocalizedText {
  text: string;
  language: Language;
}

/**
 * The text in the requested language when there is a verified one, else the English text,
 * so a client never shows null and always knows which language it got.
 */
export function pickLanguage(
  lang: Language,
  values: { en: string; fr: string | null; es: string | null },
  usable: { fr: boolean; es: boolean } = { fr: true, es: true },
): LocalizedText {
  if (lang === Language.FR && values.fr && usable.fr) return { text: values.fr, language: Language.FR };
  if (lang === Language.ES && values.es && usable.es) return { text: values.es, language: Language.ES };
  return { text: values.en, language: Language.EN };
}
