import { Field, ObjectType } from '@nestjs/graphql';
import type { Language } from '../../../common/i18n/language.js';
import type { MyReportRow, ReportingWindowRow } from '../progress.rows.js';
import { type ProgressReportModel, toProgressReportModel } from './progress-report.model.js';

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

export function toMyReportModel(row: MyReportRow, lang: Language): MyReportModel {
  return {
    cycleCode: row.cycle_code,
    report: row.report ? toProgressReportModel(row.report, lang) : null,
    window: row.window,
    isOverdue: row.overdue,
    requestedLanguage: lang,
  };
}
