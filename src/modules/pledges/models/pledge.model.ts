import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Language } from '../../../common/i18n/language.js';
import { PledgeNature, PledgeStatus, PledgeType, PledgingEntityKind } from '../pledge.enums.js';
import type { PledgeRow } from '../pledges.rows.js';
import { PledgingEntityModel } from './pledging-entity.model.js';

@ObjectType('Pledge', { description: 'A commitment to advance GCM objectives or guiding principles, tracked over time.' })
export class PledgeModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => Language, { description: 'The language the pledge is written in.' })
  language: Language;

  @Field(() => PledgingEntityModel)
  pledgingEntity: PledgingEntityModel;

  @Field(() => Boolean, { description: 'Made by a member state that is a GCM champion country (derived from the champion list).' })
  byChampionCountry: boolean;

  @Field(() => Boolean, { description: 'Implemented globally rather than in listed countries.' })
  isGlobal: boolean;

  @Field(() => String, { nullable: true, description: 'Code of the review cycle it was made at.' })
  cycleCode: string | null;

  @Field(() => PledgeNature)
  nature: PledgeNature;

  @Field(() => PledgeType)
  type: PledgeType;

  @Field(() => String, {
    nullable: true,
    description: 'Its reference in the file or system it came from (e.g. a pledge import), unique per pledging entity.',
  })
  externalId: string | null;

  @Field(() => String)
  target: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  targetDate: string | null;

  @Field(() => PledgeStatus, { description: 'The status of the latest update.' })
  status: PledgeStatus;

  @Field(() => String, { description: 'Date of the latest update (YYYY-MM-DD).' })
  statusDate: string;

  @Field(() => Boolean, { description: 'Past its target date and neither fulfilled nor withdrawn.' })
  isOverdue: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back with a change: a stale version is refused with CONFLICT.' })
  version: number;

  matchesPledgeId: string | null;
  requestedLanguage: Language;
}

export function toPledgeModel(row: PledgeRow, lang: Language): PledgeModel {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    language: row.language as Language,
    pledgingEntity: {
      kind: row.pledging_entity_kind as PledgingEntityKind,
      name: row.pledging_entity_name,
      countryIso3: row.pledging_country_iso3,
    },
    byChampionCountry: row.by_champion,
    isGlobal: row.is_global,
    cycleCode: row.cycle_code,
    nature: row.nature as PledgeNature,
    type: row.type as PledgeType,
    externalId: row.external_id,
    target: row.target,
    targetDate: row.target_date,
    status: row.status as PledgeStatus,
    statusDate: row.status_date,
    isOverdue: row.is_overdue,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    matchesPledgeId: row.matches_pledge_id,
    requestedLanguage: lang,
  };
}
