import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ConnectionType } from '../../../common/pagination/connection.js';
import type { Language } from '../../../common/i18n/language.js';
import type { EntryContent } from '../progress-content.js';
import type { ValidatedSnapshot } from '../progress-entry.entity.js';
import { EntryAction, EntryState, ImplementationLevel, levelOfScore, ReportState } from '../progress.enums.js';
import { entryContentOf, type ProgressEntryRow, type ProgressReportRow } from '../progress.service.js';
import { isWindowOpen, type ReportingWindowRow } from '../reporting-windows.service.js';

@ObjectType('ReportingWindow', {
  description: 'When focal points may create, edit and submit entries for a cycle (UTC days, both ends included).',
})
export class ReportingWindowModel {
  @Field(() => String)
  cycleCode: string;

  @Field(() => String, { nullable: true, description: 'First day; null while the cycle has no window.' })
  opensOn: string | null;

  @Field(() => String, { nullable: true, description: "The cycle's last day." })
  closesOn: string | null;

  @Field(() => Boolean, {
    description: 'Set by the secretariat; false: the product default (180 days before the review, to the day before it).',
  })
  setBySecretariat: boolean;

  @Field(() => String, { nullable: true, description: "The country's own last day, where the secretariat extended the window for it." })
  extendedTo: string | null;

  @Field(() => String, { nullable: true, description: 'The last day for this country: the later of closesOn and extendedTo.' })
  countryClosesOn: string | null;

  @Field(() => Boolean)
  isOpen: boolean;

  @Field(() => Int, { nullable: true, description: 'Days left including today, while open.' })
  daysLeft: number | null;
}

@ObjectType('EntryCounts')
export class EntryCountsModel {
  @Field(() => Int)
  draft: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  returned: number;

  @Field(() => Int)
  validated: number;
}

@ObjectType('ProgressReport', { description: "One country's report for one review cycle: one entry per objective it reports on." })
export class ProgressReportModel {
  @Field(() => ID)
  id: string;

  countryIso3: string;

  cycleCode: string;

  @Field(() => ReportState, { description: 'Derived from the entries you may see.' })
  state: ReportState;

  @Field(() => EntryCountsModel, { description: 'Entries you may see, by state.' })
  entryCounts: EntryCountsModel;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  requestedLanguage: Language;
}

@ObjectType('EntryChange', { description: "A field of the country's layer whose value differs from what was last validated." })
export class EntryChangeModel {
  @Field(() => String)
  field: string;

  @Field(() => GraphQLJSON, { nullable: true })
  validated: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  current: unknown;
}

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

@ObjectType('ProgressEntry', {
  description:
    "A country's progress on one objective in one cycle. Two layers: what the country reports (reportedLevel and the texts) and what the secretariat validates (validatedLevel). Public figures use validated levels only.",
})
export class ProgressEntryModel {
  @Field(() => ID)
  id: string;

  reportId: string;

  countryIso3: string;

  cycleCode: string;

  objectiveNumber: number;

  @Field(() => EntryState)
  state: EntryState;

  @Field(() => ImplementationLevel, {
    nullable: true,
    description: "The country's own assessment. Null for the public and other countries' focal points.",
  })
  reportedLevel: ImplementationLevel | null;

  @Field(() => String)
  narrative: string;

  @Field(() => String, { nullable: true })
  measuresTaken: string | null;

  @Field(() => String, { nullable: true })
  challenges: string | null;

  @Field(() => [String])
  evidenceLinks: string[];

  pledgeIds: string[];

  practiceIds: string[];

  @Field(() => ImplementationLevel, { nullable: true, description: 'The level the secretariat validated; set only while VALIDATED.' })
  validatedLevel: ImplementationLevel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the validated level differs from the reported one. Null for the public and other countries.',
  })
  validationJustification: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last validated (kept when reopened).' })
  lastValidatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last submitted.' })
  submittedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'While SUBMITTED: whole days it has waited for review.' })
  waitingDays: number | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back with a change: a stale version is refused with CONFLICT.' })
  version: number;

  snapshot: ValidatedSnapshot | null;
  content: EntryContent;
  /** Whether the caller sees the country's layer (reported level, justification, changes). */
  seesReportedLayer: boolean;
  requestedLanguage: Language;
}

@ObjectType('MyReport', {
  description: "A cycle the focal point's country reports in: its report (if started), window and what needs doing.",
})
export class MyReportModel {
  cycleCode: string;

  report: ProgressReportModel | null;

  window: ReportingWindowRow;

  @Field(() => Boolean, { description: 'The window has closed with entries still in DRAFT or RETURNED.' })
  isOverdue: boolean;

  requestedLanguage: Language;
}

@ObjectType()
export class ProgressReportConnection extends ConnectionType(ProgressReportModel, 'ProgressReport') {}

@ObjectType()
export class ProgressEntryConnection extends ConnectionType(ProgressEntryModel, 'ProgressEntry') {}

const DAY_MS = 86_400_000;

export function toReportingWindowModel(w: ReportingWindowRow, today: string): ReportingWindowModel {
  const isOpen = isWindowOpen(w, today);
  return {
    cycleCode: w.cycle_code,
    opensOn: w.opens_on,
    closesOn: w.closes_on,
    setBySecretariat: w.set_by_secretariat,
    extendedTo: w.extended_to,
    countryClosesOn: w.country_closes_on,
    isOpen,
    daysLeft: isOpen ? Math.round((Date.parse(`${w.country_closes_on}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS) + 1 : null,
  };
}

export function toProgressReportModel(row: ProgressReportRow, lang: Language): ProgressReportModel {
  return {
    id: row.id,
    countryIso3: row.country_iso3,
    cycleCode: row.cycle_code,
    state: row.state,
    entryCounts: { draft: row.draft_count, submitted: row.submitted_count, returned: row.returned_count, validated: row.validated_count },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    requestedLanguage: lang,
  };
}

export function toProgressEntryModel(
  row: ProgressEntryRow,
  seesReportedLayer: boolean,
  lang: Language,
  now = Date.now(),
): ProgressEntryModel {
  return {
    id: row.id,
    reportId: row.report_id,
    countryIso3: row.country_iso3,
    cycleCode: row.cycle_code,
    objectiveNumber: row.objective_number,
    state: row.state,
    reportedLevel: seesReportedLayer ? levelOfScore(row.reported_level) : null,
    narrative: row.narrative,
    measuresTaken: row.measures_taken,
    challenges: row.challenges,
    evidenceLinks: row.evidence_links,
    pledgeIds: row.pledge_ids,
    practiceIds: row.practice_ids,
    validatedLevel: levelOfScore(row.validated_level),
    validationJustification: seesReportedLayer ? row.validation_justification : null,
    lastValidatedAt: row.validated_at,
    submittedAt: row.submitted_at,
    waitingDays:
      row.state === EntryState.SUBMITTED && row.submitted_at ? Math.floor((now - new Date(row.submitted_at).getTime()) / DAY_MS) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    snapshot: row.validated_snapshot,
    content: entryContentOf(row),
    seesReportedLayer,
    requestedLanguage: lang,
  };
}
