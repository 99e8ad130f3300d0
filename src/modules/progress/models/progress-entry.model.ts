import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Language } from '../../../common/i18n/language.js';
import { entryContentOf, type EntryContent } from '../progress-content.js';
import type { ValidatedSnapshot } from '../progress-entry.entity.js';
import { EntryState, ImplementationLevel, levelOfScore } from '../progress.enums.js';
import type { ProgressEntryRow } from '../progress.rows.js';

const DAY_MS = 86_400_000;

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
