import { Field, Int, ObjectType } from '@nestjs/graphql';
import { isWindowOpen } from '../progress.policy.js';
import type { ReportingWindowRow } from '../progress.rows.js';

const DAY_MS = 86_400_000;

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

  @Field(() => String, {
    nullable: true,
    description:
      "Why the secretariat extended the window for this country. Null without an extension, and for callers who do not keep the country's records.",
  })
  extensionReason: string | null;

  @Field(() => String, { nullable: true, description: 'The last day for this country: the later of closesOn and extendedTo.' })
  countryClosesOn: string | null;

  @Field(() => Boolean)
  isOpen: boolean;

  @Field(() => Int, { nullable: true, description: 'Days left including today, while open.' })
  daysLeft: number | null;
}

/** `seesExtensionReason`: whether the caller keeps the country's records (the secretariat, the country's focal points). */
export function toReportingWindowModel(w: ReportingWindowRow, today: string, seesExtensionReason = false): ReportingWindowModel {
  const isOpen = isWindowOpen(w, today);
  return {
    cycleCode: w.cycle_code,
    opensOn: w.opens_on,
    closesOn: w.closes_on,
    setBySecretariat: w.set_by_secretariat,
    extendedTo: w.extended_to,
    extensionReason: seesExtensionReason ? w.extension_reason : null,
    countryClosesOn: w.country_closes_on,
    isOpen,
    daysLeft: isOpen ? Math.round((Date.parse(`${w.country_closes_on}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS) + 1 : null,
  };
}
