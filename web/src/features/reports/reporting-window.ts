/**
 * Where a cycle's reporting window stands for the focal point's country on a given UTC day,
 * by the API's rule (progress.policy.ts isWindowOpen): open from `opensOn` to the country's
 * last day (`countryClosesOn`, the later of the cycle's `closesOn` and an extension), both
 * ends included.
 */
export interface WindowDates {
  opensOn: string | null;
  closesOn: string | null;
  extendedTo: string | null;
  countryClosesOn: string | null;
}

export type WindowStatus =
  | { kind: 'none' }
  | { kind: 'notYetOpen'; opensOn: string; daysUntilOpen: number }
  | { kind: 'open'; closesOn: string; daysLeft: number }
  | { kind: 'closed'; closedOn: string };

const DAY_MS = 86_400_000;

/** Today's date in UTC (YYYY-MM-DD), the calendar the API's windows are kept in. */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Days left including today, as the API counts them: 1 on the last day. */
export const daysLeft = (lastDay: string, today: string): number => daysBetween(today, lastDay) + 1;

export function windowStatus(w: WindowDates, today: string): WindowStatus {
  const last = w.countryClosesOn ?? w.closesOn;
  if (!w.opensOn || !last) return { kind: 'none' };
  if (today < w.opensOn) return { kind: 'notYetOpen', opensOn: w.opensOn, daysUntilOpen: daysBetween(today, w.opensOn) };
  if (today > last) return { kind: 'closed', closedOn: last };
  return { kind: 'open', closesOn: last, daysLeft: daysLeft(last, today) };
}
