import { Field, ObjectType } from '@nestjs/graphql';
import { Language, pickLanguage } from '../../../common/i18n/language.js';
import type { RegionEntity } from '../region.entity.js';
import { RegionScheme } from './region-scheme.enum.js';

@ObjectType('Region', { description: 'A review region (UN regional commission) or a geographic region (M49 continent).' })
export class RegionModel {
  @Field(() => String, { description: 'Stable code: ECA, ECLAC, ESCAP, ESCWA, UNECE; AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA.' })
  code: string;

  @Field(() => RegionScheme)
  scheme: RegionScheme;

  @Field(() => String)
  name: string;

  @Field(() => Language, { description: 'Language of `name` (English when no verified translation exists).' })
  nameLanguage: Language;

  @Field(() => String, { nullable: true, description: 'UN M49 code of a geographic region.' })
  m49Code: string | null;

  @Field(() => Boolean, { description: 'False when the membership list is known to be incomplete (see note).' })
  membershipComplete: boolean;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => [String])
  sources: string[];

  requestedLanguage: Language;
}

export function toRegionModel(entity: RegionEntity, lang: Language): RegionModel {
  const name = pickLanguage(lang, { en: entity.nameEn, fr: entity.nameFr, es: entity.nameEs });
  return {
    code: entity.code,
    scheme: entity.scheme as RegionScheme,
    name: name.text,
    nameLanguage: name.language,
    m49Code: entity.m49Code,
    membershipComplete: entity.membershipComplete,
    note: entity.note,
    sources: entity.sources,
    requestedLanguage: lang,
  };
}
