import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RegionEntity } from '../countries/region.entity.js';

export const REVIEW_CYCLE_KINDS = ['IMRF', 'REGIONAL'] as const;
export type ReviewCycleKindValue = (typeof REVIEW_CYCLE_KINDS)[number];

/**
 * A review of GCM implementation: an International Migration Review Forum (every four
 * years) or a regional review run by one UN regional commission. Countries report on
 * their progress during the cycle's reporting window.
 */
@Entity({ name: 'review_cycle' })
@Check('CHK_review_cycle_kind', `"kind" IN ('IMRF', 'REGIONAL')`)
@Check('CHK_review_cycle_region', `("kind" = 'REGIONAL') = ("region_code" IS NOT NULL)`)
@Check('CHK_review_cycle_dates', `"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"`)
@Check(
  'CHK_review_cycle_window',
  `"reporting_closes_on" IS NULL OR "reporting_opens_on" IS NULL OR "reporting_closes_on" >= "reporting_opens_on"`,
)
export class ReviewCycleEntity {
  /** Stable code, e.g. IMRF-2022 or RR2-ECA-2024. */
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Index('IDX_review_cycle_kind')
  @Column({ type: 'text' })
  kind: ReviewCycleKindValue;

  /** Round of regional reviews (1: 2020-21, 2: 2024-25); null for the IMRF. */
  @Column({ type: 'smallint', nullable: true })
  round: number | null;

  /** The REVIEW region (regional commission) running a regional review. */
  @Index('IDX_review_cycle_region')
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  /** Foreign key only; never loaded (regions are read through the countries feature). */
  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_review_cycle_region' })
  region?: RegionEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  /** False where the dates or the event itself are not verified (e.g. the third IMRF). */
  @Column({ type: 'boolean' })
  confirmed: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', array: true })
  sources: string[];

  @Column({ name: 'reporting_opens_on', type: 'date', nullable: true })
  reportingOpensOn: string | null;

  @Column({ name: 'reporting_closes_on', type: 'date', nullable: true })
  reportingClosesOn: string | null;
}
