import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../common/sql.js';
import { GoodPracticeEntity } from './good-practice.entity.js';
import { PracticeReviewAction } from './practice.enums.js';

/** One step of a practice's review (submitted, returned with a comment, published), kept as a thread. */
@Entity({ name: 'good_practice_review' })
@Check('CHK_good_practice_review_action', `"action" IN (${sqlList(Object.values(PracticeReviewAction))})`)
@Check('CHK_good_practice_review_return_comment', `"action" <> 'RETURNED' OR "comment" IS NOT NULL`)
@Index('IDX_good_practice_review_practice', ['practiceId', 'actedAt'])
export class GoodPracticeReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => GoodPracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_good_practice_review_practice' })
  practice?: GoodPracticeEntity;

  @Column({ type: 'text' })
  action: PracticeReviewAction;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ name: 'acted_at', type: 'timestamptz' })
  actedAt: Date;

  @Column({ name: 'acted_by_account_id', type: 'uuid', nullable: true })
  actedByAccountId: string | null;

  @Column({ name: 'acted_by', type: 'text' })
  actedBy: string;

  @Column({ name: 'acted_by_role', type: 'text', nullable: true })
  actedByRole: string | null;
}
