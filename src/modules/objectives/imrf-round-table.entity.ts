import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the four multi-stakeholder round tables of the IMRF, each covering a set of objectives. */
@Entity({ name: 'imrf_round_table' })
export class ImrfRoundTableEntity {
  @PrimaryColumn({ type: 'smallint' })
  number: number;

  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'thematic_label', type: 'text', nullable: true })
  thematicLabel: string | null;

  @Column({ name: 'thematic_label_confirmed', type: 'boolean' })
  thematicLabelConfirmed: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', array: true })
  sources: string[];
}
