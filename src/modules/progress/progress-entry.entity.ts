import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { sqlList } from '../../common/sql.js';
import { ObjectiveEntity } from '../objectives/objective.entity.js';
import type { EntryContent } from './progress-content.js';
import { EntryState } from './progress.enums.js';
import { ProgressReportEntity } from './progress-report.entity.js';

/** What a validated entry said when it was validated, to show what changed since. */
export type ValidatedSnapshot = EntryContent & { validatedLevel: number; justification: string | null };

/**
 * A country's progress on one objective in one cycle. Two layers, never mixed: what the
 * country reports (reported_level and the texts) and what the secretariat validates
 * (validated_level, with a justification where it differs). validated_level is set only
 * while the entry is VALIDATED; public figures read it and nothing else.
 */
@Entity({ name: 'progress_entry' })
@Index('UQ_progress_entry_report_objective', ['reportId', 'objectiveNumber'], { unique: true })
@Index('IDX_progress_entry_pending', ['submittedAt', 'id'], { where: `"state" = 'SUBMITTED'` })
@Index('IDX_progress_entry_objective_state', ['objectiveNumber', 'state'])
@Check('CHK_progress_entry_state', `"state" IN (${sqlList(Object.values(EntryState))})`)
@Check('CHK_progress_entry_reported_level', `"reported_level" BETWEEN 0 AND 3`)
@Check(
  'CHK_progress_entry_validated_level',
  `(("state" = 'VALIDATED') = ("validated_level" IS NOT NULL)) AND ("validated_level" IS NULL OR "validated_level" BETWEEN 0 AND 3)`,
)
@Check(
  'CHK_progress_entry_justification',
  `"validated_level" IS NULL OR "validated_level" = "reported_level" OR "validation_justification" IS NOT NULL`,
)
export class ProgressEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => ProgressReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_progress_entry_report' })
  report?: ProgressReportEntity;

  @Column({ name: 'objective_number', type: 'smallint' })
  objectiveNumber: number;

  @ManyToOne(() => ObjectiveEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'objective_number', referencedColumnName: 'number', foreignKeyConstraintName: 'FK_progress_entry_objective' })
  objective?: ObjectiveEntity;

  @Column({ type: 'text', default: EntryState.DRAFT })
  state: EntryState;

  /** The country's own assessment, 0 to 3 (ImplementationLevel). */
  @Column({ name: 'reported_level', type: 'smallint' })
  reportedLevel: number;

  @Column({ type: 'text', default: '' })
  narrative: string;

  @Column({ name: 'measures_taken', type: 'text', nullable: true })
  measuresTaken: string | null;

  @Column({ type: 'text', nullable: true })
  challenges: string | null;

  @Column({ name: 'evidence_links', type: 'text', array: true, default: () => "'{}'" })
  evidenceLinks: string[];

  /** The secretariat's level, 0 to 3; set only while VALIDATED. */
  @Column({ name: 'validated_level', type: 'smallint', nullable: true })
  validatedLevel: number | null;

  @Column({ name: 'validation_justification', type: 'text', nullable: true })
  validationJustification: string | null;

  @Column({ name: 'validated_at', type: 'timestamptz', nullable: true })
  validatedAt: Date | null;

  @Column({ name: 'validated_by_account_id', type: 'uuid', nullable: true })
  validatedByAccountId: string | null;

  /** The entry as last validated (kept when reopened), to show what changed since. */
  @Column({ name: 'validated_snapshot', type: 'jsonb', nullable: true })
  validatedSnapshot: ValidatedSnapshot | null;

  /** When it was last submitted: how long it has waited for review. */
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;
}
