import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CountryEntity } from '../countries/country.entity.js';
import { ReviewCycleEntity } from '../review-cycles/review-cycle.entity.js';

/**
 * The reporting window the secretariat set for a cycle, replacing the product default kept
 * on review_cycle (which reference data rewrites at each start).
 */
@Entity({ name: 'reporting_window' })
@Check('CHK_reporting_window_dates', `"opens_on" <= "closes_on"`)
export class ReportingWindowEntity {
  @PrimaryColumn({ name: 'cycle_code', type: 'text' })
  cycleCode: string;

  @ManyToOne(() => ReviewCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_reporting_window_cycle' })
  cycle?: ReviewCycleEntity;

  @Column({ name: 'opens_on', type: 'date' })
  opensOn: string;

  @Column({ name: 'closes_on', type: 'date' })
  closesOn: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'set_by', type: 'text' })
  setBy: string;

  @CreateDateColumn({ name: 'set_at', type: 'timestamptz' })
  setAt: Date;
}

/** A later closing day granted to one country for one cycle. */
@Entity({ name: 'reporting_window_extension' })
export class ReportingWindowExtensionEntity {
  @PrimaryColumn({ name: 'cycle_code', type: 'text' })
  cycleCode: string;

  @ManyToOne(() => ReviewCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_reporting_window_extension_cycle' })
  cycle?: ReviewCycleEntity;

  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_reporting_window_extension_country' })
  country?: CountryEntity;

  @Column({ name: 'closes_on', type: 'date' })
  closesOn: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'granted_by', type: 'text' })
  grantedBy: string;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;
}
