import { Field, ObjectType } from '@nestjs/graphql';
import { EntryAction, EntryState } from '../progress.enums.js';
import type { EntryEventRow } from '../progress.rows.js';

@ObjectType('EntryEvent', { description: "A step in an entry's history: a transition, an edit or a comment." })
export class EntryEventModel {
  @Field(() => EntryAction)
  action: EntryAction;

  @Field(() => EntryState, { nullable: true })
  fromState: EntryState | null;

  @Field(() => EntryState)
  toState: EntryState;

  @Field(() => String, { nullable: true, description: 'The return comment, reopening reason, validation note or reply.' })
  comment: string | null;

  @Field(() => [String], { description: 'For UPDATED: the fields changed.' })
  changedFields: string[];

  @Field(() => String, { description: 'Account e-mail.' })
  actedBy: string;

  @Field(() => String, { nullable: true })
  actedByRole: string | null;

  @Field(() => Date)
  actedAt: Date;
}

export function toEntryEventModel(e: EntryEventRow): EntryEventModel {
  return {
    action: e.action,
    fromState: e.from_state,
    toState: e.to_state,
    comment: e.comment,
    changedFields: e.changed_fields,
    actedBy: e.acted_by,
    actedByRole: e.acted_by_role,
    actedAt: e.acted_at,
  };
}
