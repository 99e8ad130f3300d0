import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ImrfRoundTableEntity } from './imrf-round-table.entity.js';

/** One of the 23 objectives of the Global Compact (A/RES/73/195, paragraphs 17-39). */
@Entity({ name: 'objective' })
@Check('CHK_objective_number', '"number" BETWEEN 1 AND 23')
export class ObjectiveEntity {
  @PrimaryColumn({ type: 'smallint' })
  number: number;

  @Column({ name: 'title_en', type: 'text' })
  titleEn: string;

  @Column({ name: 'title_fr', type: 'text', nullable: true })
  titleFr: string | null;

  @Column({ name: 'title_es', type: 'text', nullable: true })
  titleEs: string | null;

  /** A title in a language is shown only where it was verified against a source. */
  @Column({ name: 'title_fr_confirmed', type: 'boolean' })
  titleFrConfirmed: boolean;

  @Column({ name: 'title_es_confirmed', type: 'boolean' })
  titleEsConfirmed: boolean;

  @Column({ name: 'short_title_en', type: 'text' })
  shortTitleEn: string;

  @Column({ name: 'short_title_fr', type: 'text', nullable: true })
  shortTitleFr: string | null;

  @Column({ name: 'short_title_es', type: 'text', nullable: true })
  shortTitleEs: string | null;

  @Column({ name: 'compact_paragraph', type: 'smallint' })
  compactParagraph: number;

  @Index('IDX_objective_round_table')
  @Column({ name: 'imrf_round_table_number', type: 'smallint', nullable: true })
  imrfRoundTableNumber: number | null;

  @ManyToOne(() => ImrfRoundTableEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'imrf_round_table_number',
    referencedColumnName: 'number',
    foreignKeyConstraintName: 'FK_objective_imrf_round_table',
  })
  imrfRoundTable?: ImrfRoundTableEntity;

  @Column({ name: 'sources_en', type: 'text', array: true })
  sourcesEn: string[];

  @Column({ name: 'sources_fr', type: 'text', array: true })
  sourcesFr: string[];

  @Column({ name: 'sources_es', type: 'text', array: true })
  sourcesEs: string[];
}
