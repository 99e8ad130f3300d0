import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { Language } from '../../common/i18n/language.js';
import { UpdateGoodPracticeInput } from './dto/update-good-practice.input.js';
import { CreateGoodPracticeInput } from './dto/create-good-practice.input.js';
import {
  checkPracticeContent,
  checkReadyToSubmit,
  type PracticeContent,
  practiceFromCreate,
  practiceWithChanges,
} from './practice-content.js';
import { PracticeScope, PracticeType } from './practice.enums.js';

const create = (plain: Record<string, unknown>): CreateGoodPracticeInput => plainToInstance(CreateGoodPracticeInput, plain);
const update = (plain: Record<string, unknown>): UpdateGoodPracticeInput => plainToInstance(UpdateGoodPracticeInput, plain);

const receptionCentres = {
  title: ' One-stop reception centres ',
  summary: ' Five centres. ',
  practiceType: PracticeType.POLICY,
  objectives: [16, 15],
  sdgs: [16, 10],
  startYear: 2022,
  implementingPartners: [' IOM ', 'UNHCR'],
};

const stored = practiceFromCreate(create(receptionCentres), 'MAR');

describe('the content of a new good practice', () => {
  it('trims the texts, sorts the SDGs, and places a national practice in its owner country by default', () => {
    expect(stored).toEqual({
      title: 'One-stop reception centres',
      summary: 'Five centres.',
      language: Language.EN,
      scope: PracticeScope.NATIONAL,
      countries: ['MAR'],
      regions: [],
      ownerCountryIso3: 'MAR',
      implementingPartners: ['IOM', 'UNHCR'],
      practiceType: PracticeType.POLICY,
      objectives: [16, 15],
      mainObjective: 16,
      guidingPrinciples: [],
      sdgs: [10, 16],
      startYear: 2022,
      endYear: null,
      results: null,
      lessonsLearned: null,
      links: [],
    } satisfies PracticeContent);
    expect(checkPracticeContent(stored, 'input')).toEqual([]);
  });

  it('keeps the countries given, upper-cased, and gives a regional or global practice no default country', () => {
    expect(practiceFromCreate(create({ ...receptionCentres, countries: ['mar', 'tun'] }), 'MAR').countries).toEqual(['MAR', 'TUN']);
    expect(practiceFromCreate(create({ ...receptionCentres, scope: PracticeScope.GLOBAL }), 'MAR').countries).toEqual([]);
    expect(practiceFromCreate(create({ ...receptionCentres, scope: PracticeScope.REGIONAL, regions: ['ECA'] }), 'MAR')).toMatchObject({
      countries: [],
      regions: ['ECA'],
    });
    expect(practiceFromCreate(create(receptionCentres), null).countries).toEqual([]);
  });

  it('counts blank results and lessons as none', () => {
    expect(practiceFromCreate(create({ ...receptionCentres, results: '   ', lessonsLearned: ' Start small. ' }), 'MAR')).toMatchObject({
      results: null,
      lessonsLearned: 'Start small.',
    });
  });
});

describe('a good practice with changes', () => {
  it('keeps what the update does not mention, the owner country always', () => {
    expect(practiceWithChanges(stored, update({}))).toEqual(stored);
  });

  it('replaces what is given, keeping the main objective while it is still listed', () => {
    const after = practiceWithChanges(stored, update({ objectives: [23, 16], sdgs: [17, 8], endYear: 2025, results: ' Done. ' }));
    expect(after).toMatchObject({ objectives: [23, 16], mainObjective: 16, sdgs: [8, 17], endYear: 2025, results: 'Done.' });
    expect(practiceWithChanges(stored, update({ objectives: [5] })).mainObjective).toBe(5);
    expect(practiceWithChanges({ ...stored, endYear: 2025 }, update({ endYear: null })).endYear).toBeNull();
    expect(practiceWithChanges({ ...stored, results: 'Done.' }, update({ results: '' })).results).toBeNull();
  });

  it('clears the countries of a practice made global and the regions of one that is no longer regional', () => {
    expect(practiceWithChanges(stored, update({ scope: PracticeScope.GLOBAL })).countries).toEqual([]);
    const regional: PracticeContent = { ...stored, scope: PracticeScope.REGIONAL, regions: ['ECA'] };
    expect(practiceWithChanges(regional, update({ title: 'Renamed' })).regions).toEqual(['ECA']);
    expect(practiceWithChanges(regional, update({ scope: PracticeScope.NATIONAL })).regions).toEqual([]);
  });
});

describe('the rules that tie a practice’s fields together', () => {
  const errorsOf = (changes: Partial<PracticeContent>): string[] =>
    checkPracticeContent({ ...stored, ...changes }, 'input').map((e) => `${e.field}: ${e.messages.join('; ')}`);

  it('ties countries and regions to the scope', () => {
    expect(errorsOf({ countries: [] })).toEqual(['input.countries: a NATIONAL practice lists at least one country']);
    expect(errorsOf({ regions: ['ECA'] })).toEqual(['input.regions: only a REGIONAL practice lists regions']);
    expect(errorsOf({ scope: PracticeScope.REGIONAL })).toEqual(['input.regions: a REGIONAL practice lists at least one region']);
    expect(errorsOf({ scope: PracticeScope.REGIONAL, regions: ['ECA'] })).toEqual([]);
    expect(errorsOf({ scope: PracticeScope.GLOBAL })).toEqual(['input.countries: a GLOBAL practice lists no countries']);
    expect(errorsOf({ scope: PracticeScope.GLOBAL, countries: [] })).toEqual([]);
  });

  it('needs the period in order and the main objective among the objectives', () => {
    expect(errorsOf({ endYear: 2021 })).toEqual(['input.endYear: cannot be before the start year 2022']);
    expect(errorsOf({ endYear: 2022 })).toEqual([]);
    expect(errorsOf({ mainObjective: 1 })).toEqual(['input.mainObjective: the main objective 1 must be one of the objectives listed']);
  });

  it('needs results and lessons learned before the practice is submitted', () => {
    expect(checkReadyToSubmit(stored)).toEqual([
      { field: 'results', messages: ['describe the results before submitting'] },
      { field: 'lessonsLearned', messages: ['describe the lessons learned before submitting'] },
    ]);
    expect(checkReadyToSubmit({ ...stored, results: 'Done.', lessonsLearned: 'Start small.' })).toEqual([]);
  });
});
