import { describe, expect, it } from 'vitest';
import { daysBetween, daysLeft, todayUtc, windowStatus } from './reporting-window';

const w = (opensOn: string | null, closesOn: string | null, extendedTo: string | null = null) => ({
  opensOn,
  closesOn,
  extendedTo,
  countryClosesOn: closesOn && extendedTo && extendedTo > closesOn ? extendedTo : closesOn,
});

describe('reporting window', () => {
  it('counts days left including today, as the API does (1 on the last day)', () => {
    expect(daysLeft('2026-12-31', '2026-12-31')).toBe(1);
    expect(daysLeft('2026-12-31', '2026-12-01')).toBe(31);
    // Across a month and a year end, and the March change of clocks (UTC: no hour lost).
    expect(daysLeft('2027-01-02', '2026-12-30')).toBe(4);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
  });

  it('is open from its first day to the country’s last day, both included', () => {
    const window = w('2026-11-01', '2026-11-30');
    expect(windowStatus(window, '2026-10-31')).toEqual({ kind: 'notYetOpen', opensOn: '2026-11-01', daysUntilOpen: 1 });
    expect(windowStatus(window, '2026-11-01')).toEqual({ kind: 'open', closesOn: '2026-11-30', daysLeft: 30 });
    expect(windowStatus(window, '2026-11-30')).toEqual({ kind: 'open', closesOn: '2026-11-30', daysLeft: 1 });
    expect(windowStatus(window, '2026-12-01')).toEqual({ kind: 'closed', closedOn: '2026-11-30' });
  });

  it('follows an extension for the country', () => {
    const window = w('2026-11-01', '2026-11-30', '2026-12-10');
    expect(windowStatus(window, '2026-12-05')).toEqual({ kind: 'open', closesOn: '2026-12-10', daysLeft: 6 });
    expect(windowStatus(window, '2026-12-11')).toEqual({ kind: 'closed', closedOn: '2026-12-10' });
  });

  it('has no window while the cycle has no dates', () => {
    expect(windowStatus(w(null, null), '2026-12-01')).toEqual({ kind: 'none' });
  });

  it('takes today in UTC', () => {
    expect(todayUtc(new Date('2026-12-01T23:30:00-05:00'))).toBe('2026-12-02');
  });
});
