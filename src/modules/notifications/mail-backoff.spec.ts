import { describe, expect, it } from '@jest/globals';
import { deliveredAfterOutage, nextAttemptAfterFailure, retryDelaySeconds } from './mail-backoff.js';

const policy = { baseSeconds: 30, maxSeconds: 3600, maxAttempts: 30 };

describe('mail retry backoff', () => {
  it('doubles the wait after each failure, from the base', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelaySeconds(n, policy))).toEqual([30, 60, 120, 240, 480, 960, 1920]);
  });

  it('never waits longer than the cap, however many failures', () => {
    expect(retryDelaySeconds(8, policy)).toBe(3600);
    expect(retryDelaySeconds(1000, policy)).toBe(3600);
    expect(retryDelaySeconds(8, { ...policy, maxSeconds: 100 })).toBe(100);
  });

  it('gives up after the last allowed attempt', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(nextAttemptAfterFailure(1, now, policy)?.toISOString()).toBe('2026-01-01T00:00:30.000Z');
    expect(nextAttemptAfterFailure(29, now, policy)?.toISOString()).toBe('2026-01-01T01:00:00.000Z');
    expect(nextAttemptAfterFailure(30, now, policy)).toBeNull();
    expect(nextAttemptAfterFailure(1, now, { ...policy, maxAttempts: 1 })).toBeNull();
  });

  it('delivers a mail 63.5 minutes after a one-hour outage began, at the 8th attempt, with the defaults', () => {
    // Attempts at 0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5 min fail; the 8th, at 63.5 min, finds the server back.
    expect(deliveredAfterOutage(3600, policy)).toEqual({ attempts: 8, atSeconds: 3810 });
    expect(deliveredAfterOutage(0, policy)).toEqual({ attempts: 1, atSeconds: 0 });
    // Down for longer than the attempts last: given up.
    expect(deliveredAfterOutage(10 * 24 * 3600, policy)).toBeNull();
  });
});
