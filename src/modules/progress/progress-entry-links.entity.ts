import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PledgeEntity } from '../pledges/pledge.entity.js';
import { GoodPracticeEntity } from '../practices/good-practice.entity.js';
import { ProgressEntryEntity } from './progress-entry.entity.js';

/** A pledge an entry reports on. */
@Entity({ name: 'progress_entry_pledge' })
export class ProgressEntryPledgeEntity {
  @PrimaryColumn({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @ManyToOne(() => ProgressEntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_progress_entry_pledge_entry' })
  entry?: ProgressEntryEntity;

  @Index('IDX_progress_entry_pledge_pledge')
  @PrimaryColumn({ name: 'pledge_id', type: 'uuid' })
  pledgeId: string;

  @ManyToOne(() => PledgeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pledge_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_progress_entry_pledge_pledge' })
  pledge?: PledgeEntity;
}

/** A good practice an entry points to. */
@Entity({ name: 'progress_entry_practice' })
export class ProgressEntryPracticeEntity {
  @PrimaryColumn({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @ManyToOne(() => ProgressEntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_progress_entry_practice_entry' })
  entry?: ProgressEntryEntity;

  @Index('IDX_progress_entry_practice_practice')
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => GoodPracticeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'practice_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_progress_entry_practice_practice' })
  practice?: GoodPracticeEntity;
}
