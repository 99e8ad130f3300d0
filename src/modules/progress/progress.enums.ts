import { registerEnumType } from '@nestjs/graphql';

/** The fixed ordinal scale of implementation, stored as its score (0 to 3). */
export enum ImplementationLevel {
  NOT_STARTED = 'NOT_STARTED',
  LIMITED = 'LIMITED',
  SUBSTANTIAL = 'SUBSTANTIAL',
  COMPLETE = 'COMPLETE',
}
registerEnumType(ImplementationLevel, {
  name: 'ImplementationLevel',
  description: 'Ordinal scale: NOT_STARTED (0), LIMITED (1), SUBSTANTIAL (2), COMPLETE (3).',
});

const LEVELS = [
  ImplementationLevel.NOT_STARTED,
  ImplementationLevel.LIMITED,
  ImplementationLevel.SUBSTANTIAL,
  ImplementationLevel.COMPLETE,
] as const;

export const levelScore = (level: ImplementationLevel): number => LEVELS.indexOf(level);
export const levelOfScore = (score: number | null): ImplementationLevel | null => (score === null ? null : (LEVELS[score] ?? null));

/** DRAFT -> SUBMITTED -> VALIDATED, or SUBMITTED -> RETURNED -> SUBMITTED; VALIDATED -> RETURNED when reopened. */
export enum EntryState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  VALIDATED = 'VALIDATED',
}
registerEnumType(EntryState, {
  name: 'EntryState',
  description: 'DRAFT and RETURNED: with the focal points, editable. SUBMITTED: with the secretariat. VALIDATED: locked, public.',
});

/** A report's state, derived from its entries (those the caller may see). */
export enum ReportState {
  EMPTY = 'EMPTY',
  RETURNED = 'RETURNED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  VALIDATED = 'VALIDATED',
}
registerEnumType(ReportState, {
  name: 'ReportState',
  description:
    'Derived from the entries, first match wins: RETURNED (an entry was sent back), DRAFT (an entry is not submitted yet), SUBMITTED (entries wait for review), VALIDATED (every entry is validated), EMPTY (no entries).',
});

/** What happened to an entry: its history and comment thread. */
export enum EntryAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  VALIDATED = 'VALIDATED',
  REOPENED = 'REOPENED',
  COMMENTED = 'COMMENTED',
}
registerEnumType(EntryAction, { name: 'EntryAction' });
