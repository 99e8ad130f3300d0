import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ObjectiveEntity } from '../objectives/objective.entity.js';
import { PledgeEntity } from './pledge.entity.js';

/** An objective a pledge serves; exactly one per pledge is its main objective. */
@Entity({ name: 'pledge_objective' })
@Index('UQ_pledge_objective_main', ['pledgeId'], { unique: true, where: '"is_main"' })
export class PledgeObjectiveEntity {
  @PrimaryColumn({ name: 'pledge_id', type: 'uuid' })
  pledgeId: string;

  @ManyToOne(() => PledgeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_pledge_objective_pledge' })
  pledge?: PledgeEntity;

  @Index('IDX_pledge_objective_objective')
  @PrimaryColumn({ name: 'objective_number', type: 'smallint' })
  objectiveNumber: number;

  @ManyToOne(() => ObjectiveEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'objective_number', referencedColumnName: 'number', foreignKeyConstraintName: 'FK_pledge_objective_objective' })
  objective?: ObjectiveEntity;

  @Column({ name: 'is_main', type: 'boolean' })
  isMain: boolean;
}
