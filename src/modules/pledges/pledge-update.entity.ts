import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../common/sql.js';
import { PledgeStatus } from './pledge.enums.js';
import { PledgeEntity } from './pledge.entity.js';

/** One dated step in a pledge's history: its status from that date, what was done, the evidence. */
@Entity({ name: 'pledge_update' })
@Check('CHK_pledge_update_status', `"status" IN (${sqlList(Object.values(PledgeStatus))})`)
@Index('IDX_pledge_update_pledge', ['pledgeId', 'occurredOn', 'recordedAt'])
export class PledgeUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pledge_id', type: 'uuid' })
  pledgeId: string;

  @ManyToOne(() => PledgeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_pledge_update_pledge' })
  pledge?: PledgeEntity;

  @Column({ type: 'text' })
  status: PledgeStatus;

  /** The status before this update; null for the first one. */
  @Column({ name: 'previous_status', type: 'text', nullable: true })
  previousStatus: PledgeStatus | null;

  /** When it happened (as reported), not when it was recorded. */
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ type: 'text' })
  narrative: string;

  @Column({ name: 'evidence_links', type: 'text', array: true, default: () => "'{}'" })
  evidenceLinks: string[];

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'recorded_by_account_id', type: 'uuid', nullable: true })
  recordedByAccountId: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
