/** How the mail worker spaces its retries: MAIL_RETRY_BASE_SECONDS, MAIL_RETRY_MAX_SECONDS, MAIL_MAX_ATTEMPTS. */
export interface RetryPolicy {
  baseSeconds: number;
  maxSeconds: number;
  maxAttempts: number;
}

/**
 * The wait after the n-th failed attempt (n from 1): base, then doubled each time, never more
 * than the cap. With the defaults (30 s, 1 h): 30 s, 1 min, 2 min, 4 min, ... 32 min, then 1 h.
 */
export function retryDelaySeconds(failedAttempts: number, policy: RetryPolicy): number {
  const n = Math.max(1, Math.floor(failedAttempts));
  // 2^(n-1) overflows nothing before the cap: stop doubling once past it.
  const doublings = Math.min(n - 1, 40);
  return Math.min(policy.baseSeconds * 2 ** doublings, policy.maxSeconds);
}

/** What becomes of a mail whose attempt number `attempts` (from 1) failed at `now`: a retry time, or null once given up. */
export function nextAttemptAfterFailure(attempts: number, now: Date, policy: RetryPolicy): Date | null {
  if (attempts >= policy.maxAttempts) return null;
  return new Date(now.getTime() + retryDelaySeconds(attempts, policy) * 1000);
}

/**
 * When the mail is delivered if the mail server is down from the first attempt (at 0) for
 * `downSeconds`: the first attempt at or after it comes back, or null if the worker gives up
 * first. Pure arithmetic over the same policy: docs/notifications.md quotes it for an hour.
 */
export function deliveredAfterOutage(downSeconds: number, policy: RetryPolicy): { attempts: number; atSeconds: number } | null {
  let at = 0;
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt += 1) {
    if (at >= downSeconds) return { attempts: attempt, atSeconds: at };
    at += retryDelaySeconds(attempt, policy);
  }
  return null;
}
