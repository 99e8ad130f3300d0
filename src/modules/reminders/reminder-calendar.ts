/**
 * When the calendar's reminders are due: pure functions of the day (YYYY-MM-DD, UTC) and the
 * settings, so the rules are tested without a database or a clock.
 */

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD): 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The closing reminder due on `today` for a window whose last day is `closesOn`: the smallest
 * of `daysBefore` that is at least the days left (so 3 days before a last day with [14, 3, 1],
 * the 3-day one; a server that was down on that day sends, when it is back, only the most
 * urgent one still ahead). Null when none is due yet, or the window has closed.
 */
export function closingReminderDue(closesOn: string, today: string, daysBefore: readonly number[]): number | null {
  const left = daysBetween(today, closesOn);
  if (left < 0) return null;
  const due = daysBefore.filter((d) => left <= d);
  return due.length ? Math.min(...due) : null;
}

/** Whether a window that closed on `closesOn` is reminded of as closed on `today`: from the next day, for `catchUpDays` more days. */
export function closedReminderDue(closesOn: string, today: string, catchUpDays: number): boolean {
  const since = -daysBetween(today, closesOn);
  return since >= 1 && since <= catchUpDays + 1;
}

/** Each reminder's key: the same reminder computed by two processes, or twice, has one key, and is sent once. */
export const reminderKey = {
  /** A new last day (an extension) makes new reminders. */
  windowClosing: (cycle: string, iso3: string, closesOn: string, daysBefore: number): string =>
    `window-closing:${cycle}:${iso3}:${closesOn}:${daysBefore}`,
  windowClosed: (cycle: string, iso3: string, closesOn: string): string => `window-closed:${cycle}:${iso3}:${closesOn}`,
  /** Once per submission: an entry returned and submitted again waits anew. */
  reviewWaiting: (entryId: string, submittedAt: Date): string => `review-waiting:${entryId}:${submittedAt.toISOString()}`,
  /** A new target date makes a new reminder. */
  pledgeOverdue: (pledgeId: string, targetDate: string): string => `pledge-overdue:${pledgeId}:${targetDate}`,
};
