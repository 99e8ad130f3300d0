import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CountryEntity } from '../countries/country.entity.js';
import { PledgeEntity } from './pledge.entity.js';

/** A country where a pledge is implemented (none when the pledge is global). */
@Entity({ name: 'pledge_implementation_country' })
export class PledgeImplementationCountryEntity {
  @PrimaryColumn({ name: 'pledge_id', type: 'uuid' })
  pledgeId: string;

  @ManyToOne(() => PledgeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_pledge_implementation_country_pledge' })
  pledge?: PledgeEntity;

  @Index('IDX_pledge_implementation_country_country')
  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_pledge_implementation_country_country' })
  country?: CountryEntity;
}
