import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GuidingPrincipleEntity } from '../guiding-principles/guiding-principle.entity.js';
import { PledgeEntity } from './pledge.entity.js';

/** A guiding principle a pledge advances. */
@Entity({ name: 'pledge_guiding_principle' })
export class PledgeGuidingPrincipleEntity {
  @PrimaryColumn({ name: 'pledge_id', type: 'uuid' })
  pledgeId: string;

  @ManyToOne(() => PledgeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_pledge_guiding_principle_pledge' })
  pledge?: PledgeEntity;

  @PrimaryColumn({ name: 'principle_number', type: 'smallint' })
  principleNumber: number;

  @ManyToOne(() => GuidingPrincipleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'principle_number',
    referencedColumnName: 'number',
    foreignKeyConstraintName: 'FK_pledge_guiding_principle_principle',
  })
  principle?: GuidingPrincipleEntity;
}
