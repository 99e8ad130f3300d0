import { describe, expect, it } from 'vitest';
import {
  changedFields,
  conflictsOf,
  createInput,
  EMPTY_ENTRY,
  type EntryFields,
  fieldsOfEntry,
  mergeFields,
  updateInput,
} from './entry-fields';

const base: EntryFields = {
  ...EMPTY_ENTRY,
  reportedLevel: 'LIMITED',
  narrative: 'Two reception centres opened in 2024.',
  pledgeIds: ['a', 'b'],
};

describe('entry fields', () => {
  it('reads an entry from the API as form fields, links sorted', () => {
    expect(
      fieldsOfEntry({
        reportedLevel: 'SUBSTANTIAL',
        narrative: 'N',
        measuresTaken: null,
        challenges: 'C',
        evidenceLinks: ['https://b.example', 'https://a.example'],
        pledges: [{ id: 'B2' }, { id: 'a1' }],
        goodPractices: [],
      }),
    ).toEqual({
      reportedLevel: 'SUBSTANTIAL',
      narrative: 'N',
      measuresTaken: '',
      challenges: 'C',
      evidenceLinks: ['https://b.example', 'https://a.example'],
      pledgeIds: ['a1', 'b2'],
      practiceIds: [],
    });
  });

  it('compares texts trimmed and links in any order, evidence links in their order', () => {
    expect(changedFields(base, { ...base, narrative: `  ${base.narrative}\n`, pledgeIds: ['B', 'A'] })).toEqual([]);
    expect(changedFields(base, { ...base, evidenceLinks: ['x'] })).toEqual(['evidenceLinks']);
  });

  it('proposes mine where I changed a field, theirs where only they did, and lists nothing that agrees', () => {
    const mine = { ...base, narrative: 'Mine: five centres by 2025.', reportedLevel: 'SUBSTANTIAL' as const };
    const theirs = { ...base, narrative: 'Theirs: three centres.', pledgeIds: ['a'] };
    const conflicts = conflictsOf(base, mine, theirs);
    expect(conflicts.map((c) => [c.field, c.changedByMe, c.changedByThem, c.proposed])).toEqual([
      ['reportedLevel', true, false, 'mine'],
      ['narrative', true, true, 'mine'],
      ['pledgeIds', false, true, 'theirs'],
    ]);
    expect(mergeFields(mine, theirs, conflicts, {})).toEqual({
      ...base,
      reportedLevel: 'SUBSTANTIAL',
      narrative: 'Mine: five centres by 2025.',
      pledgeIds: ['a'],
    });
    expect(mergeFields(mine, theirs, conflicts, { narrative: 'theirs', pledgeIds: 'mine' })).toEqual({
      ...base,
      reportedLevel: 'SUBSTANTIAL',
      narrative: 'Theirs: three centres.',
      pledgeIds: ['a', 'b'],
    });
  });

  it('counts every difference as changed by both when the entry was created elsewhere meanwhile', () => {
    const mine = { ...EMPTY_ENTRY, reportedLevel: 'LIMITED' as const, narrative: 'Mine' };
    const conflicts = conflictsOf(null, mine, base);
    expect(conflicts.map((c) => [c.field, c.proposed])).toEqual([
      ['narrative', 'mine'],
      ['pledgeIds', 'mine'],
    ]);
  });

  it('sends only what changed, an emptied text as null', () => {
    const stored = { ...base, measuresTaken: 'Old measures' };
    expect(updateInput(stored, { ...stored, narrative: 'New narrative', measuresTaken: '  ' })).toEqual({
      narrative: 'New narrative',
      measuresTaken: null,
    });
    expect(createInput('RR2-ECA-2024', 16, base)).toEqual({
      cycle: 'RR2-ECA-2024',
      objective: 16,
      reportedLevel: 'LIMITED',
      narrative: base.narrative,
      evidenceLinks: [],
      pledgeIds: ['a', 'b'],
      practiceIds: [],
    });
  });
});
