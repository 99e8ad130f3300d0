import { Field, ObjectType } from '@nestjs/graphql';
import { Language } from '../../../common/i18n/language.js';
import { UnStatusEnum } from './region-scheme.enum.js';
import type { CountryRow } from '../countries.rows.js';
import { ChampionCountryModel } from './champion-country.model.js';

@ObjectType('Country', { description: 'A UN member state (or the State of Palestine, observer State and ESCWA member).' })
export class CountryModel {
  @Field(() => String, { description: 'ISO 3166-1 alpha-3 code, e.g. MAR.' })
  iso3: string;

  @Field(() => String, { description: 'UN M49 numeric code, e.g. "504".' })
  m49Code: string;

  @Field(() => String, { description: 'Short name in the requested language (English: the UN M49 name).' })
  name: string;

  @Field(() => Language)
  nameLanguage: Language;

  @Field(() => String, { description: 'Formal English name, e.g. "Kingdom of Morocco".' })
  officialName: string;

  @Field(() => UnStatusEnum)
  unStatus: UnStatusEnum;

  @Field(() => Boolean, { description: 'True for a confirmed GCM champion country.' })
  isChampion: boolean;

  @Field(() => ChampionCountryModel, { nullable: true })
  champion: ChampionCountryModel | null;

  requestedLanguage: Language;
}

export function toCountryModel(row: CountryRow, lang: Language): CountryModel {
  const names = { [Language.EN]: row.name_en, [Language.FR]: row.name_fr, [Language.ES]: row.name_es };
  return {
    iso3: row.iso3,
    m49Code: row.m49_code,
    name: names[lang],
    nameLanguage: lang,
    officialName: row.official_name_en,
    unStatus: row.un_status as UnStatusEnum,
    isChampion: row.is_champion,
    champion: row.is_champion
      ? { joinedYear: row.joined_year, joinedNote: row.joined_note, note: row.champion_note, sources: row.champion_sources ?? [] }
      : null,
    requestedLanguage: lang,
  };
}
