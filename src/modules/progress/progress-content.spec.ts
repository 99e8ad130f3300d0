import { describe, expect, it } from '@jest/globals';
import { changedFields, changesSinceValidation, checkReadyToSubmit, contentWithChanges, type EntryContent } from './progress-content.js';
import { ImplementationLevel, levelOfScore, levelScore } from './progress.enums.js';

const stored: EntryContent = {
  reportedLevel: 2,
  narrative: 'Reception centres run in five regions.',
  measuresTaken: 'A national strategy.',
  challenges: null,
  evidenceLinks: ['https://example.org/a'],
  pledgeIds: [],
  practiceIds: [],
};

describe('the implementation scale', () => {
  it('maps each level to its score and back', () => {
    expect(Object.values(ImplementationLevel).map(levelScore)).toEqual([0, 1, 2, 3]);
    expect([0, 1, 2, 3, null].map(levelOfScore)).toEqual(['NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE', null]);
  });
});

describe('entry content', () => {
  it('replaces only the fields an update gives; an explicit null clears a text, blank text counts as none', () => {
    const after = contentWithChanges(stored, { reportedLevel: ImplementationLevel.COMPLETE, measuresTaken: null, challenges: '   ' });
    expect(after).toEqual({ ...stored, reportedLevel: 3, measuresTaken: null, challenges: null });
    expect(changedFields(stored, after)).toEqual(['reportedLevel', 'measuresTaken']);
    expect(changedFields(stored, contentWithChanges(stored, {}))).toEqual([]);
  });

  it('keeps linked ids in one order, so the same set is no change', () => {
    const a = contentWithChanges(stored, { pledgeIds: ['B0000000-0000-4000-8000-000000000000', 'a0000000-0000-4000-8000-000000000000'] });
    const b = contentWithChanges(a, { pledgeIds: ['a0000000-0000-4000-8000-000000000000', 'b0000000-0000-4000-8000-000000000000'] });
    expect(a.pledgeIds).toEqual(['a0000000-0000-4000-8000-000000000000', 'b0000000-0000-4000-8000-000000000000']);
    expect(changedFields(a, b)).toEqual([]);
  });

  it('needs a narrative of 20 characters to submit', () => {
    expect(checkReadyToSubmit(stored, '')).toEqual([]);
    expect(checkReadyToSubmit({ ...stored, narrative: 'Too short.' }, 'objective16.')).toEqual([
      { field: 'objective16.narrative', messages: ['a narrative of at least 20 characters is needed to submit'] },
    ]);
  });

  it('lists what changed since validation, levels by name, nothing when unchanged', () => {
    const snapshot = { ...stored, validatedLevel: 1, justification: 'Only pilots so far.' };
    expect(changesSinceValidation(snapshot, stored)).toEqual([]);
    expect(changesSinceValidation(snapshot, { ...stored, reportedLevel: 3, evidenceLinks: [] })).toEqual([
      { field: 'reportedLevel', validated: 'SUBSTANTIAL', current: 'COMPLETE' },
      { field: 'evidenceLinks', validated: ['https://example.org/a'], current: [] },
    ]);
  });
});
