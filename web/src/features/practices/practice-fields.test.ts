import { describe, expect, it } from 'vitest';
import {
  changedFields,
  createInput,
  emptyPractice,
  fieldsOfPractice,
  mayEdit,
  mayReview,
  maySubmit,
  missingFields,
  type PracticeFields,
  returnComment,
  updateInput,
} from './practice-fields';

const stored = {
  title: 'Guichets uniques',
  summary: 'Des guichets uniques accompagnent les personnes migrantes.',
  language: 'FR' as const,
  scope: 'NATIONAL' as const,
  ownerCountryIso3: 'MAR',
  countries: [{ iso3: 'MAR' }],
  regions: [],
  implementingPartners: ['OIM Maroc'],
  practiceType: 'POLICY' as const,
  objectives: [
    { isMain: true, objective: { number: 16 } },
    { isMain: false, objective: { number: 6 } },
  ],
  guidingPrinciples: [{ number: 7 }, { number: 1 }],
  sdgs: [10, 8],
  startYear: 2021,
  endYear: null,
  results: null,
  lessonsLearned: 'Associer les employeurs.',
  links: ['https://example.org/guichets'],
};

describe('practice fields', () => {
  it('reads a stored practice as the form holds it', () => {
    expect(fieldsOfPractice(stored)).toEqual({
      title: 'Guichets uniques',
      summary: 'Des guichets uniques accompagnent les personnes migrantes.',
      language: 'FR',
      scope: 'NATIONAL',
      countries: ['MAR'],
      regions: [],
      ownerCountry: 'MAR',
      implementingPartners: ['OIM Maroc'],
      practiceType: 'POLICY',
      objectives: [16, 6],
      mainObjective: 16,
      guidingPrinciples: [1, 7],
      sdgs: [8, 10],
      startYear: 2021,
      ongoing: true,
      endYear: null,
      results: '',
      lessonsLearned: 'Associer les employeurs.',
      links: ['https://example.org/guichets'],
    });
  });

  it('sends every field to create, and leaves out what the scope or the caller does not take', () => {
    const form: PracticeFields = {
      ...emptyPractice('MAR'),
      title: ' Title ',
      summary: 'A summary of twenty characters or more.',
      practiceType: 'PROGRAMME',
      objectives: [6, 16],
      mainObjective: 16,
      startYear: 2020,
      ongoing: false,
      endYear: 2024,
      regions: ['ECA'],
      ownerCountry: 'MEX',
    };
    const input = createInput(form, false);
    expect(input).toEqual({
      title: 'Title',
      summary: 'A summary of twenty characters or more.',
      language: 'EN',
      scope: 'NATIONAL',
      countries: ['MAR'],
      implementingPartners: [],
      practiceType: 'PROGRAMME',
      objectives: [16, 6],
      mainObjective: 16,
      guidingPrinciples: [],
      sdgs: [],
      startYear: 2020,
      endYear: 2024,
      links: [],
    });
    expect(createInput({ ...form, scope: 'REGIONAL' }, true)).toMatchObject({ regions: ['ECA'], ownerCountry: 'MEX' });
    expect(createInput({ ...form, scope: 'GLOBAL' }, false)).not.toHaveProperty('countries');
    expect(createInput({ ...form, ongoing: true }, false).endYear).toBeNull();
  });

  it('sends only the changed fields to update, as the API stores them', () => {
    const base = fieldsOfPractice(stored);
    expect(updateInput(base, { ...base })).toEqual({});
    expect(updateInput(base, { ...base, results: '  4 200 personnes accompagnées.  ' })).toEqual({
      results: '4 200 personnes accompagnées.',
    });
    // Marking it finished sends the end year; ongoing again sends null.
    expect(updateInput(base, { ...base, ongoing: false, endYear: 2025 })).toEqual({ endYear: 2025 });
    expect(updateInput({ ...base, ongoing: false, endYear: 2025 }, base)).toEqual({ endYear: null });
    // A GLOBAL practice lists no countries; the main objective goes with the objectives.
    expect(updateInput(base, { ...base, scope: 'GLOBAL' })).toEqual({ scope: 'GLOBAL', countries: [] });
    expect(updateInput(base, { ...base, objectives: [16, 6, 5] })).toEqual({ objectives: [16, 6, 5], mainObjective: 16 });
    expect(updateInput(base, { ...base, mainObjective: 6 })).toEqual({ objectives: [6, 16], mainObjective: 6 });
    // The order of a list the API keeps unordered is no change.
    expect(changedFields(base, { ...base, sdgs: [10, 8], guidingPrinciples: [7, 1] })).toEqual([]);
    expect(updateInput(base, { ...base, ownerCountry: 'MEX' })).toEqual({});
  });

  it('says which required fields are missing before anything is sent', () => {
    expect(missingFields(emptyPractice('MAR'))).toEqual({
      title: 'required',
      summary: 'required',
      practiceType: 'required',
      objectives: 'objectivesRequired',
      startYear: 'required',
    });
    expect(missingFields({ ...fieldsOfPractice(stored), ongoing: false, endYear: null })).toEqual({ endYear: 'endYearRequired' });
    expect(missingFields(fieldsOfPractice(stored))).toEqual({});
  });

  it("finds the secretariat's latest return comment", () => {
    expect(
      returnComment([
        { action: 'SUBMITTED', comment: null },
        { action: 'RETURNED', comment: 'first' },
        { action: 'SUBMITTED', comment: null },
        { action: 'RETURNED', comment: 'second' },
      ]),
    ).toBe('second');
    expect(returnComment(null)).toBeNull();
  });

  it('lets the owner country edit and submit drafts and returned practices, the secretariat review submitted ones', () => {
    const focal = { role: 'FOCAL_POINT', country: 'MAR' };
    const other = { role: 'FOCAL_POINT', country: 'MEX' };
    const secretariat = { role: 'SECRETARIAT', country: null };
    const p = (status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'PUBLISHED') => ({ status, ownerCountryIso3: 'MAR' });
    expect(['DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED'].map((s) => mayEdit(focal, p(s as 'DRAFT')))).toEqual([true, false, true, false]);
    expect(mayEdit(other, p('DRAFT'))).toBe(false);
    expect(mayEdit(null, p('DRAFT'))).toBe(false);
    expect(mayEdit({ role: 'ANALYST', country: null }, p('DRAFT'))).toBe(false);
    expect(maySubmit(focal, p('RETURNED'))).toBe(true);
    expect(maySubmit(secretariat, p('SUBMITTED'))).toBe(false);
    expect(mayReview(secretariat, p('SUBMITTED'))).toBe(true);
    expect(mayReview(focal, p('SUBMITTED'))).toBe(false);
  });
});

describe('a conflict on save', () => {
  it('takes what only they changed, keeps what only I changed, and names what we both changed', async () => {
    const { mergeOnConflict } = await import('./practice-fields');
    const base = fieldsOfPractice(stored);
    const theirs = { ...base, title: 'Their title', sdgs: [8, 10, 16], summary: 'Their summary, long enough to be kept.' };
    const mine = { ...base, results: 'My results.', summary: 'My summary, long enough to be kept too.' };
    const merged = mergeOnConflict(base, mine, theirs);
    expect(merged.form).toEqual({ ...base, title: 'Their title', sdgs: [8, 10, 16], results: 'My results.', summary: mine.summary });
    expect(merged.taken.sort()).toEqual(['sdgs', 'title']);
    expect(merged.bothChanged).toEqual(['summary']);
    // Saving the merge on their version sends my changes only.
    expect(updateInput(theirs, merged.form)).toEqual({ summary: mine.summary, results: 'My results.' });
    // The same change on both sides is no conflict.
    expect(mergeOnConflict(base, { ...base, title: 'Same' }, { ...base, title: 'Same' }).bothChanged).toEqual([]);
  });
});
