import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const REGION_SCHEMES = ['REVIEW', 'GEOGRAPHIC'] as const;
export type RegionSchemeValue = (typeof REGION_SCHEMES)[number];

/**
 * A region in one of two schemes: REVIEW (the five UN regional commissions, which run the
 * GCM regional reviews) or GEOGRAPHIC (the UN M49 continents).
 */
@Entity({ name: 'region' })
@Check('CHK_region_scheme', `"scheme" IN ('REVIEW', 'GEOGRAPHIC')`)
export class RegionEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Index('IDX_region_scheme')
  @Column({ type: 'text' })
  scheme: RegionSchemeValue;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'name_fr', type: 'text', nullable: true })
  nameFr: string | null;

  @Column({ name: 'name_es', type: 'text', nullable: true })
  nameEs: string | null;

  @Column({ name: 'm49_code', type: 'char', length: 3, nullable: true })
  m49Code: string | null;

  /** False where the membership list is known to be incomplete (see note). */
  @Column({ name: 'membership_complete', type: 'boolean' })
  membershipComplete: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', array: true })
  sources: string[];
}
