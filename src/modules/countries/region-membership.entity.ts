import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CountryEntity } from './country.entity.js';
import { RegionEntity } from './region.entity.js';

export const MEMBERSHIP_KINDS = ['REGIONAL', 'NON_REGIONAL'] as const;
export type MembershipKind = (typeof MEMBERSHIP_KINDS)[number];

/**
 * A country's place in a region. Regional members take part in the region's review;
 * non-regional members of a regional commission (e.g. the United States in ECLAC) are kept
 * for the record but are not counted in the region.
 */
@Entity({ name: 'region_membership' })
@Check('CHK_region_membership_kind', `"kind" IN ('REGIONAL', 'NON_REGIONAL')`)
export class RegionMembershipEntity {
  @PrimaryColumn({ name: 'region_code', type: 'text' })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_region_membership_region' })
  region?: RegionEntity;

  @Index('IDX_region_membership_country')
  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => CountryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'country_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_region_membership_country' })
  country?: CountryEntity;

  @Column({ type: 'text' })
  kind: MembershipKind;
}
