import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ImrfRoundTableEntity } from '../imrf-round-table.entity.js';

@ObjectType('ImrfRoundTable', {
  description: 'A multi-stakeholder round table of the International Migration Review Forum, grouping objectives.',
})
export class ImrfRoundTableModel {
  @Field(() => Int)
  number: number;

  @Field(() => String, { description: 'Official label, e.g. "Round table one".' })
  label: string;

  @Field(() => String, { nullable: true, description: 'Thematic label; see thematicLabelConfirmed.' })
  thematicLabel: string | null;

  @Field(() => Boolean, { description: 'False when the thematic label was not verified for IMRF 2022.' })
  thematicLabelConfirmed: boolean;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => [String])
  sources: string[];
}

export function toImrfRoundTableModel(entity: ImrfRoundTableEntity): ImrfRoundTableModel {
  return {
    number: entity.number,
    label: entity.label,
    thematicLabel: entity.thematicLabel,
    thematicLabelConfirmed: entity.thematicLabelConfirmed,
    note: entity.note,
    sources: entity.sources,
  };
}
