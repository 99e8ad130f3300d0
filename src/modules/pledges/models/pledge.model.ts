import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Language } from '../../../common/i18n/language.js';
import { ConnectionType } from '../../../common/pagination/connection.js';
import { PledgeNature, PledgeStatus, PledgeType, PledgingEntityKind } from '../pledge.enums.js';
import type { PledgeRow } from '../pledges.rows.js';

@ObjectType('PledgeParticipant', { description: 'A participating state or actor of a common or partnership pledge.' })
export class PledgeParticipantModel {
  @Field(() => String)
  name: string;

  @Field(() => PledgingEntityKind)
  kind: PledgingEntityKind;

  @Field(() => String, { nullable: true, description: 'ISO3 of the state, or where the actor is based.' })
  countryIso3: string | null;
}

@ObjectType('PledgeUpdate', { description: "One dated step of a pledge's history." })
export class PledgeUpdateModel {
  @Field(() => ID)
  id: string;

  @Field(() => PledgeStatus)
  status: PledgeStatus;

  @Field(() => PledgeStatus, { nullable: true, description: 'The status before this update; null for the first.' })
  previousStatus: PledgeStatus | null;

  @Field(() => String, { description: 'When it happened (YYYY-MM-DD), as reported.' })
  date: string;

  @Field(() => String)
  narrative: string;

  @Field(() => [String])
  evidenceLinks: string[];

  @Field(() => Date, { description: 'When it was recorded.' })
  recordedAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Who recorded it (an account e-mail, or "cli" for a command-line import). Null for callers other than the secretariat and the pledging state\'s focal points.',
  })
  recordedBy: string | null;
}

@ObjectType('PledgingEntity', { description: 'Who made a pledge.' })
export class PledgingEntityModel {
  @Field(() => PledgingEntityKind)
  kind: PledgingEntityKind;

  @Field(() => String, { nullable: true, description: "The stakeholder's name; for a member state, null (see `country`)." })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'ISO3 of the pledging state, or where the stakeholder is based.' })
  countryIso3: string | null;
}

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

@ObjectType()
export class PledgeConnection extends ConnectionType(PledgeModel, 'Pledge') {}

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
