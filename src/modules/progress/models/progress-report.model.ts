import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Language } from '../../../common/i18n/language.js';
import { ReportState } from '../progress.enums.js';
import type { ProgressReportRow } from '../progress.rows.js';
import { EntryCountsModel } from './entry-counts.model.js';

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
