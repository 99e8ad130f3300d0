import { describe, expect, it } from 'vitest';
import {
  addDays,
  changeValueText,
  needsJustification,
  pendingEntriesFilter,
  pendingPracticesFilter,
  textProblem,
  validateInput,
  waitedDays,
  windowProblems,
} from './review-rules';

describe('review rules', () => {
  it('asks for a required text of a minimum length, trimmed', () => {
    expect(textProblem('', 3)).toBe('required');
    expect(textProblem('   ', 3)).toBe('required');
    expect(textProblem(' ab ', 3)).toBe('tooShort');
    expect(textProblem('abc', 3)).toBeNull();
  });

  it('needs a justification only at a level other than the reported one', () => {
    expect(needsJustification('LIMITED', 'LIMITED')).toBe(false);
    expect(needsJustification('LIMITED', null)).toBe(false);
    expect(needsJustification('LIMITED', 'SUBSTANTIAL')).toBe(true);
  });

  it('builds the validation input: the reported level without a justification, another with one', () => {
    expect(validateInput('LIMITED', { level: null, justification: 'ignored text', comment: '' })).toEqual({
      ok: true,
      input: { validatedLevel: 'LIMITED' },
    });
    expect(validateInput('LIMITED', { level: 'LIMITED', justification: 'not sent at all', comment: ' Thanks ' })).toEqual({
      ok: true,
      input: { validatedLevel: 'LIMITED', comment: 'Thanks' },
    });
    expect(validateInput('LIMITED', { level: 'NOT_STARTED', justification: '', comment: '' })).toEqual({
      ok: false,
      field: 'justification',
      problem: 'required',
    });
    expect(validateInput('LIMITED', { level: 'NOT_STARTED', justification: 'too short', comment: '' })).toEqual({
      ok: false,
      field: 'justification',
      problem: 'tooShort',
    });
    expect(validateInput('LIMITED', { level: 'NOT_STARTED', justification: '  Not yet in force.  ', comment: '' })).toEqual({
      ok: true,
      input: { validatedLevel: 'NOT_STARTED', justification: 'Not yet in force.' },
    });
  });

  it('checks a window: both days, real days, closing on or after opening', () => {
    expect(windowProblems('', '')).toEqual({ opensOn: 'required', closesOn: 'required' });
    expect(windowProblems('2026-02-30x', '2026-03-01')).toEqual({ opensOn: 'invalid', closesOn: null });
    expect(windowProblems('2026-03-02', '2026-03-01')).toEqual({ opensOn: null, closesOn: 'beforeOpening' });
    expect(windowProblems('2026-03-01', '2026-03-01')).toEqual({ opensOn: null, closesOn: null });
  });

  it('adds days across months and years in UTC', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('maps the queue filters to the API, leaving the cycle out for good practices', () => {
    const f = { cycle: 'RR2-ECA-2024', region: 'ECA', country: 'MAR', objective: 16 };
    expect(pendingEntriesFilter(f)).toEqual(f);
    expect(pendingPracticesFilter(f)).toEqual({ status: 'SUBMITTED', region: 'ECA', country: 'MAR', objective: 16 });
    expect(pendingEntriesFilter({ cycle: null, region: null, country: null, objective: null })).toEqual({});
  });

  it('counts whole days waited', () => {
    const now = new Date('2026-12-02T12:00:00Z');
    expect(waitedDays('2026-12-02T01:00:00Z', now)).toBe(0);
    expect(waitedDays('2026-11-29T13:00:00Z', now)).toBe(2);
    expect(waitedDays('2026-12-03T00:00:00Z', now)).toBe(0);
  });

  it('writes a change since validation as text', () => {
    const names = { level: (l: string) => `level ${l}`, titles: { 'ab-1': 'A pledge' }, none: '(none)' };
    expect(changeValueText('reportedLevel', 'LIMITED', names)).toBe('level LIMITED');
    expect(changeValueText('pledgeIds', ['AB-1', 'cd-2'], names)).toBe('A pledge; cd-2');
    expect(changeValueText('evidenceLinks', [], names)).toBe('(none)');
    expect(changeValueText('measuresTaken', null, names)).toBe('(none)');
    expect(changeValueText('narrative', 'Text', names)).toBe('Text');
  });
});
