import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Language } from '../../../common/i18n/language.js';
import { PracticeScope, PracticeStatus, PracticeType } from '../practice.enums.js';
import type { GoodPracticeRow } from '../practices.rows.js';

@ObjectType('GoodPractice', { description: "A practice others can learn from, as in the Migration Network Hub's repository of practices." })
export class GoodPracticeModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  summary: string;

  @Field(() => Language, { description: 'The language it is written in.' })
  language: Language;

  @Field(() => PracticeScope)
  scope: PracticeScope;

  @Field(() => String, { nullable: true, description: 'ISO3 of the country whose focal points keep it.' })
  ownerCountryIso3: string | null;

  @Field(() => [String])
  implementingPartners: string[];

  @Field(() => PracticeType)
  practiceType: PracticeType;

  @Field(() => [Int], { description: 'Sustainable Development Goals, by number.' })
  sdgs: number[];

  @Field(() => Int)
  startYear: number;

  @Field(() => Int, { nullable: true, description: 'Null while ongoing.' })
  endYear: number | null;

  @Field(() => Boolean)
  ongoing: boolean;

  @Field(() => String, { nullable: true })
  results: string | null;

  @Field(() => String, { nullable: true })
  lessonsLearned: string | null;

  @Field(() => [String])
  links: string[];

  @Field(() => PracticeStatus)
  status: PracticeStatus;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back with a change: a stale version is refused with CONFLICT.' })
  version: number;

  fromPledgeId: string | null;
  requestedLanguage: Language;
}

export function toGoodPracticeModel(row: GoodPracticeRow, lang: Language): GoodPracticeModel {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    language: row.language as Language,
    scope: row.scope as PracticeScope,
    ownerCountryIso3: row.owner_country_iso3,
    implementingPartners: row.implementing_partners,
    practiceType: row.practice_type as PracticeType,
    sdgs: row.sdgs,
    startYear: row.start_year,
    endYear: row.end_year,
    ongoing: row.end_year === null,
    results: row.results,
    lessonsLearned: row.lessons_learned,
    links: row.links,
    status: row.status,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    fromPledgeId: row.from_pledge_id,
    requestedLanguage: lang,
  };
}
