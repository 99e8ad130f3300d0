import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../common/sql.js';
import { EntryAction, EntryState } from './progress.enums.js';
import { ProgressEntryEntity } from './progress-entry.entity.js';

/** One step in an entry's life (a transition, an edit or a comment): its history and thread. */
@Entity({ name: 'progress_entry_event' })
@Index('IDX_progress_entry_event_entry', ['entryId', 'actedAt'])
@Check('CHK_progress_entry_event_action', `"action" IN (${sqlList(Object.values(EntryAction))})`)
@Check('CHK_progress_entry_event_state', `"to_state" IN (${sqlList(Object.values(EntryState))})`)
export class ProgressEntryEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @ManyToOne(() => ProgressEntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_progress_entry_event_entry' })
  entry?: ProgressEntryEntity;

  @Column({ type: 'text' })
  action: EntryAction;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState: EntryState | null;

  @Column({ name: 'to_state', type: 'text' })
  toState: EntryState;

  /** The return comment, reopening reason, validation note or reply. */
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** For UPDATED: the fields that changed. */
  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => "'{}'" })
  changedFields: string[];

  @Column({ name: 'acted_by_account_id', type: 'uuid', nullable: true })
  actedByAccountId: string | null;

  @Column({ name: 'acted_by', type: 'text' })
  actedBy: string;

  @Column({ name: 'acted_by_role', type: 'text', nullable: true })
  actedByRole: string | null;

  @CreateDateColumn({ name: 'acted_at', type: 'timestamptz' })
  actedAt: Date;
}
