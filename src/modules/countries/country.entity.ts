import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const UN_STATUSES = ['MEMBER_STATE', 'OBSERVER_STATE'] as const;
export type UnStatus = (typeof UN_STATUSES)[number];

/** A UN member state (or the State of Palestine, an observer State and full ESCWA member). */
@Entity({ name: 'country' })
@Check('CHK_country_iso3', `"iso3" ~ '^[A-Z]{3}$'`)
@Check('CHK_country_un_status', `"un_status" IN ('MEMBER_STATE', 'OBSERVER_STATE')`)
export class CountryEntity {
  @PrimaryColumn({ type: 'char', length: 3 })
  iso3: string;

  @Index('UQ_country_m49_code', { unique: true })
  @Column({ name: 'm49_code', type: 'char', length: 3 })
  m49Code: string;

  /** The UN's English short name (UN M49), e.g. "Côte d’Ivoire", "Türkiye". */
  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Column({ name: 'name_es', type: 'text' })
  nameEs: string;

  @Column({ name: 'official_name_en', type: 'text' })
  officialNameEn: string;

  @Column({ name: 'un_status', type: 'text' })
  unStatus: UnStatus;

  /** Every name it may be searched by, folded (no accents, lower case), " | " between them; written when the reference data is loaded. */
  @Column({ name: 'search_names', type: 'text', default: '' })
  searchNames: string;
}
