import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the ten cross-cutting guiding principles of the Compact (paragraph 15). */
@Entity({ name: 'guiding_principle' })
@Check('CHK_guiding_principle_number', '"number" BETWEEN 1 AND 10')
export class GuidingPrincipleEntity {
  @PrimaryColumn({ type: 'smallint' })
  number: number;

  @Column({ type: 'char', length: 1 })
  letter: string;

  @Column({ name: 'compact_paragraph', type: 'text' })
  compactParagraph: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'name_fr', type: 'text', nullable: true })
  nameFr: string | null;

  @Column({ name: 'name_es', type: 'text', nullable: true })
  nameEs: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', array: true })
  sources: string[];
}
