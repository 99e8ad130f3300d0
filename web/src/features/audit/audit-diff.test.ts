import { describe, expect, it } from 'vitest';
import { dayRange, describeChange, describeChanges, recordPath, wordDiff } from './audit-diff';

describe('the audit trail diff', () => {
  it('says which list items were added and removed', () => {
    expect(describeChange('objectives', [16, 6], [16, 5, 7])).toEqual({
      field: 'objectives',
      kind: 'list',
      added: ['5', '7'],
      removed: ['6'],
      kept: 1,
    });
    // A list that did not exist before (a record created) is all added.
    expect(describeChange('links', null, ['https://example.org/a'])).toMatchObject({ added: ['https://example.org/a'], removed: [] });
  });

  it('marks the words deleted and inserted in a text, keeping the rest', () => {
    const parts = wordDiff('4 200 workers supported in 2023.', '4 200 workers supported in 2023, 6 100 in 2024.');
    expect(parts).toEqual([
      { kind: 'same', text: '4 200 workers supported in ' },
      { kind: 'removed', text: '2023.' },
      { kind: 'added', text: '2023, 6 100 in 2024.' },
    ]);
    // Read back, each side is its own text.
    const side = (kind: 'removed' | 'added') =>
      (parts ?? [])
        .filter((p) => p.kind !== kind)
        .map((p) => p.text)
        .join('');
    expect(side('added')).toBe('4 200 workers supported in 2023.');
    expect(side('removed')).toBe('4 200 workers supported in 2023, 6 100 in 2024.');
  });

  it('diffs prose word by word, and shows codes, numbers and first values as before → after', () => {
    expect(describeChange('summary', 'One stop shops open.', 'One stop shops open in five cities.')).toMatchObject({
      kind: 'text',
      parts: [
        { kind: 'same', text: 'One stop shops ' },
        { kind: 'removed', text: 'open.' },
        { kind: 'added', text: 'open in five cities.' },
      ],
    });
    expect(describeChange('status', 'SUBMITTED', 'RETURNED')).toEqual({
      field: 'status',
      kind: 'value',
      before: 'SUBMITTED',
      after: 'RETURNED',
    });
    expect(describeChange('endYear', 2025, null)).toEqual({ field: 'endYear', kind: 'value', before: '2025', after: null });
    // A comment written when the record is returned has no before: no word diff, the text as it is.
    expect(describeChange('comment', null, 'Please add the 2024 figures.')).toEqual({
      field: 'comment',
      kind: 'text',
      before: null,
      after: 'Please add the 2024 figures.',
      parts: null,
    });
    expect(describeChange('password', '[redacted]', '[redacted]')).toMatchObject({ kind: 'value', before: '[redacted]' });
  });

  it('gives up word by word on very long texts, showing them whole', () => {
    const long = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
    expect(wordDiff(long, `${long} more`)).toBeNull();
    expect(describeChange('results', long, `${long} more`)).toMatchObject({ kind: 'text', parts: null, before: long });
  });

  it('reads every recorded field in order and survives what is not { before, after }', () => {
    expect(describeChanges({ title: { before: 'A', after: 'B' }, sdgs: { before: [8], after: [8, 10] } }).map((c) => c.field)).toEqual([
      'title',
      'sdgs',
    ]);
    expect(describeChanges({ odd: 3 })).toEqual([{ field: 'odd', kind: 'value', before: null, after: '3' }]);
    expect(describeChanges(null)).toEqual([]);
    expect(describeChanges(['x'])).toEqual([]);
  });

  it("links the records that have a page, and turns days into the API's instants", () => {
    expect(recordPath('GoodPractice', 'p1')).toBe('/practices/p1');
    expect(recordPath('ReviewCycle', 'RR2-ECA-2024')).toBe('/admin/windows?cycle=RR2-ECA-2024');
    expect(recordPath('Account', 'a1')).toBeNull();
    expect(dayRange('2026-12-01', '2026-12-02')).toEqual({ from: '2026-12-01T00:00:00.000Z', to: '2026-12-03T00:00:00.000Z' });
    expect(dayRange('2026-13-40', 'yesterday')).toEqual({});
    expect(dayRange(null, null)).toEqual({});
  });
});
