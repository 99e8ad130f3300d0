import { describe, expect, it } from '@jest/globals';
import { closedReminderDue, closingReminderDue, daysBetween, reminderKey } from './reminder-calendar.js';

describe('reminder calendar', () => {
  it('counts whole days between two days, across months and leap days', () => {
    expect(daysBetween('2025-03-28', '2025-03-31')).toBe(3);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-04-01', '2025-03-31')).toBe(-1);
    expect(daysBetween('2025-03-31', '2025-03-31')).toBe(0);
  });

  it('is due on the days before the last day that the settings name, the most urgent one only', () => {
    const at = [14, 3, 1];
    expect(closingReminderDue('2025-03-31', '2025-03-16', at)).toBeNull(); // 15 days left
    expect(closingReminderDue('2025-03-31', '2025-03-17', at)).toBe(14);
    expect(closingReminderDue('2025-03-31', '2025-03-27', at)).toBe(14); // 4 days left: still the 14-day one (sent once by its key)
    expect(closingReminderDue('2025-03-31', '2025-03-28', at)).toBe(3);
    expect(closingReminderDue('2025-03-31', '2025-03-29', at)).toBe(3); // down on the 28th: the 3-day one when back
    expect(closingReminderDue('2025-03-31', '2025-03-30', at)).toBe(1);
    expect(closingReminderDue('2025-03-31', '2025-03-31', at)).toBe(1); // the last day itself
    expect(closingReminderDue('2025-03-31', '2025-04-01', at)).toBeNull(); // closed
    expect(closingReminderDue('2025-03-31', '2025-03-28', [])).toBeNull();
  });

  it('reminds of a closed window from the next day, within the catch-up days only', () => {
    expect(closedReminderDue('2025-03-31', '2025-03-31', 7)).toBe(false);
    expect(closedReminderDue('2025-03-31', '2025-04-01', 7)).toBe(true);
    expect(closedReminderDue('2025-03-31', '2025-04-08', 7)).toBe(true);
    expect(closedReminderDue('2025-03-31', '2025-04-09', 7)).toBe(false);
    expect(closedReminderDue('2025-03-31', '2025-04-01', 0)).toBe(true);
    expect(closedReminderDue('2025-03-31', '2025-04-02', 0)).toBe(false);
  });

  it('keys a reminder by what it is about, so an extension or a new submission makes a new one', () => {
    expect(reminderKey.windowClosing('RR2-ECA-2024', 'MAR', '2025-03-31', 3)).toBe('window-closing:RR2-ECA-2024:MAR:2025-03-31:3');
    expect(reminderKey.windowClosing('RR2-ECA-2024', 'MAR', '2025-04-30', 3)).not.toBe(
      reminderKey.windowClosing('RR2-ECA-2024', 'MAR', '2025-03-31', 3),
    );
    expect(reminderKey.reviewWaiting('e1', new Date('2025-03-01T10:00:00Z'))).toBe('review-waiting:e1:2025-03-01T10:00:00.000Z');
    expect(reminderKey.pledgeOverdue('p1', '2024-12-31')).toBe('pledge-overdue:p1:2024-12-31');
  });
});
