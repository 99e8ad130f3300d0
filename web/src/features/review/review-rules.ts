/**
 * The secretariat's review rules as the forms apply them before sending, mirroring the API's
 * (src/modules/progress/dto/progress-review.args.ts, progress-entry.inputs.ts,
 * reporting-window.args.ts and progress-workflow.service.ts): the API stays the judge, the
 * form only says early what it would refuse.
 */
import type { Level } from '../reports/entry-fields';

/** A return comment, a reopening reason, a practice's return comment: 3 to 5,000 characters. */
export const MIN_REVIEW_TEXT = 3;
export const MAX_REVIEW_TEXT = 5000;
/** A justification for validating at another level than the reported one: 10 to 5,000. */
export const MIN_JUSTIFICATION = 10;
/** A window extension's reason: 3 to 2,000. */
export const MAX_EXTENSION_REASON = 2000;

export type TextProblem = 'required' | 'tooShort' | null;

/** What is wrong with a required text of at least `min` characters (trimmed), if anything. */
export function textProblem(value: string, min: number): TextProblem {
  const length = value.trim().length;
  if (length === 0) return 'required';
  if (length < min) return 'tooShort';
  return null;
}

/** A justification is asked for only when the chosen level differs from the reported one. */
export const needsJustification = (reported: Level | null, chosen: Level | null): boolean =>
  chosen !== null && reported !== null && chosen !== reported;

export interface ValidateForm {
  level: Level | null;
  justification: string;
  comment: string;
}

export interface ValidateInput {
  validatedLevel?: Level;
  justification?: string;
  comment?: string;
}

/**
 * The `input` of validateProgressEntry for the form, or the field at fault. At the reported
 * level no justification is sent (the API keeps none); a comment is sent only when written.
 */
export function validateInput(
  reported: Level | null,
  form: ValidateForm,
): { ok: true; input: ValidateInput } | { ok: false; field: 'justification'; problem: Exclude<TextProblem, null> } {
  const input: ValidateInput = {};
  const level = form.level ?? reported;
  if (level) input.validatedLevel = level;
  if (needsJustification(reported, level)) {
    const problem = textProblem(form.justification, MIN_JUSTIFICATION);
    if (problem) return { ok: false, field: 'justification', problem };
    input.justification = form.justification.trim();
  }
  if (form.comment.trim()) input.comment = form.comment.trim();
  return { ok: true, input };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD day `days` after `day` (UTC). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type WindowProblem = 'required' | 'invalid' | 'beforeOpening' | null;

/** A cycle's window: both days given, real days, closing on or after opening. */
export function windowProblems(opensOn: string, closesOn: string): { opensOn: WindowProblem; closesOn: WindowProblem } {
  const check = (d: string): WindowProblem => (!d ? 'required' : !ISO_DATE.test(d) || Number.isNaN(Date.parse(d)) ? 'invalid' : null);
  const opens = check(opensOn);
  let closes = check(closesOn);
  if (!opens && !closes && closesOn < opensOn) closes = 'beforeOpening';
  return { opensOn: opens, closesOn: closes };
}

/** The queue's filters as the URL holds them, to the API's two filters (entries, practices). */
export interface QueueFilters {
  cycle: string | null;
  region: string | null;
  country: string | null;
  objective: number | null;
}

export function pendingEntriesFilter(f: QueueFilters): { cycle?: string; region?: string; country?: string; objective?: number } {
  return {
    ...(f.cycle ? { cycle: f.cycle } : {}),
    ...(f.region ? { region: f.region } : {}),
    ...(f.country ? { country: f.country } : {}),
    ...(f.objective ? { objective: f.objective } : {}),
  };
}

/** Good practices have no cycle: the cycle filter does not apply to them. */
export function pendingPracticesFilter(f: QueueFilters): {
  status: 'SUBMITTED';
  region?: string;
  country?: string;
  objective?: number;
} {
  return {
    status: 'SUBMITTED',
    ...(f.region ? { region: f.region } : {}),
    ...(f.country ? { country: f.country } : {}),
    ...(f.objective ? { objective: f.objective } : {}),
  };
}

/** Whole days between a timestamp and now (a practice's wait, which the API does not count). */
export function waitedDays(since: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 86_400_000));
}

/**
 * A value of `changesSinceValidation` as text: levels by name, lists of links or ids joined,
 * linked pledges and practices by their title where the entry links them now.
 */
export function changeValueText(
  field: string,
  value: unknown,
  names: { level: (l: string) => string; titles: Record<string, string>; none: string },
): string {
  if (value === null || value === undefined || value === '') return names.none;
  if (field === 'reportedLevel' && typeof value === 'string') return names.level(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return names.none;
    return value.map((v) => (typeof v === 'string' ? (names.titles[v.toLowerCase()] ?? v) : JSON.stringify(v))).join('; ');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
