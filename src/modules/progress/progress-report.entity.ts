import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Column, UpdateDateColumn } from 'typeorm';
import { CountryEntity } from '../countries/country.entity.js';
import { ReviewCycleEntity } from '../review-cycles/review-cycle.entity.js';

/**
 * One country's progress report for one review cycle: a container for its entries, one per
 * objective. Its state is derived from the entries, never stored.
 */
@Entity({ name: 'progress_report' })
@Index('UQ_progress_report_country_cycle', ['countryIso3', 'cycleCode'], { unique: true })
@Index('IDX_progress_report_cycle', ['cycleCode'])
export class ProgressReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_progress_report_country' })
  country?: CountryEntity;

  @Column({ name: 'cycle_code', type: 'text' })
  cycleCode: string;

  @ManyToOne(() => ReviewCycleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cycle_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_progress_report_cycle' })
  cycle?: ReviewCycleEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
