import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sqlList } from '../../common/sql.js';
import { CountryEntity } from '../countries/country.entity.js';
import { PledgingEntityKind } from './pledge.enums.js';
import { PledgeEntity } from './pledge.entity.js';

/** A participating state or actor of a common or partnership pledge, in the order given. */
@Entity({ name: 'pledge_participant' })
@Check('CHK_pledge_participant_kind', `"kind" IN (${sqlList(Object.values(PledgingEntityKind))})`)
@Check('CHK_pledge_participant_state', `"kind" <> 'MEMBER_STATE' OR "country_iso3" IS NOT NULL`)
export class PledgeParticipantEntity {
  @PrimaryColumn({ name: 'pledge_id', type: 'uuid' })
  pledgeId: string;

  @ManyToOne(() => PledgeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_pledge_participant_pledge' })
  pledge?: PledgeEntity;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: PledgingEntityKind;

  /** The participating state, or the country an actor is based in. */
  @Column({ name: 'country_iso3', type: 'char', length: 3, nullable: true })
  countryIso3: string | null;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_pledge_participant_country' })
  country?: CountryEntity;
}
