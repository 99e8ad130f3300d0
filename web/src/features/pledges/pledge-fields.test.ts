import { describe, expect, it } from 'vitest';
import {
  changedFields,
  conflictsOf,
  createInput,
  emptyPledge,
  emptyStep,
  fieldsOfPledge,
  isCalendarDate,
  mayChange,
  mayDraftPractice,
  mergeFields,
  type PledgeFields,
  pledgeProblems,
  stepInput,
  stepProblems,
  stepTouched,
  type StoredPledge,
  updateInput,
} from './pledge-fields';

const valid = (over: Partial<PledgeFields> = {}): PledgeFields => ({
  ...emptyPledge('MAR'),
  title: 'Guichets uniques',
  description: 'Ouvrir cinq guichets uniques pour les personnes migrantes.',
  nature: 'POLICY',
  objectives: [16, 15],
  mainObjective: 16,
  target: 'Cinq guichets ouverts',
  ...over,
});

const stored: StoredPledge = {
  title: 'Guichets uniques',
  description: 'Ouvrir cinq guichets uniques pour les personnes migrantes.',
  language: 'FR',
  pledgingEntity: { kind: 'MEMBER_STATE', name: null, countryIso3: 'MAR' },
  isGlobal: false,
  implementationCountries: [{ iso3: 'SEN' }, { iso3: 'MAR' }],
  cycleCode: 'IMRF-2022',
  nature: 'POLICY',
  type: 'INDIVIDUAL',
  matchesPledge: null,
  externalId: null,
  participants: [],
  objectives: [
    { isMain: true, objective: { number: 16 } },
    { isMain: false, objective: { number: 15 } },
  ],
  guidingPrinciples: [{ number: 9 }, { number: 1 }],
  target: 'Cinq guichets ouverts',
  targetDate: '2025-12-31',
};

describe('pledge fields', () => {
  it('reads a stored pledge as the form holds it (lists sorted, main objective known)', () => {
    expect(fieldsOfPledge(stored)).toMatchObject({
      pledgingCountry: 'MAR',
      pledgingEntityName: '',
      implementationCountries: ['MAR', 'SEN'],
      cycle: 'IMRF-2022',
      objectives: [16, 15],
      mainObjective: 16,
      guidingPrinciples: [1, 9],
      externalId: '',
      matchesPledge: '',
      targetDate: '2025-12-31',
    });
    expect(changedFields(fieldsOfPledge(stored), fieldsOfPledge(stored))).toEqual([]);
  });

  it('finds nothing wrong with a complete state pledge', () => {
    expect(pledgeProblems(valid())).toEqual({});
    // A state's pledge with no country listed is implemented in the state itself, as the API does.
    expect(pledgeProblems(valid({ implementationCountries: [] }))).toEqual({});
  });

  it('checks the lengths the API checks', () => {
    expect(pledgeProblems(valid({ title: ' ab ', description: 'too short', target: '' }))).toEqual({
      title: { kind: 'tooShort', min: 3 },
      description: { kind: 'tooShort', min: 10 },
      target: { kind: 'required' },
    });
    expect(pledgeProblems(valid({ title: 'x'.repeat(301), externalId: 'e'.repeat(101) }))).toMatchObject({
      title: { kind: 'tooLong', max: 300 },
      externalId: { kind: 'tooLong', max: 100 },
    });
  });

  it('checks the rules between fields (checkPledgeContent)', () => {
    expect(pledgeProblems(valid({ pledgingCountry: null, implementationCountries: [] }))).toEqual({
      pledgingCountry: { kind: 'required' },
      implementationCountries: { kind: 'countriesOrGlobal' },
    });
    expect(pledgeProblems(valid({ pledgingEntityKind: 'CIVIL_SOCIETY', pledgingEntityName: '' }))).toEqual({
      pledgingEntityName: { kind: 'nameForStakeholder' },
    });
    expect(pledgeProblems(valid({ type: 'MATCHING' }))).toEqual({ matchesPledge: { kind: 'required' } });
    expect(pledgeProblems(valid({ type: 'MATCHING', matchesPledge: 'not-an-id' }))).toEqual({ matchesPledge: { kind: 'notAnId' } });
    expect(pledgeProblems(valid({ type: 'COMMON' }))).toEqual({ participants: { kind: 'participantsRequired' } });
    expect(
      pledgeProblems(
        valid({
          type: 'PARTNERSHIP',
          participants: [
            { name: 'Ghana', kind: 'MEMBER_STATE', country: null },
            { name: 'I', kind: 'UN_ENTITY', country: null },
          ],
        }),
      ),
    ).toEqual({ 'participants.0.country': { kind: 'participantCountry' }, 'participants.1.name': { kind: 'tooShort', min: 2 } });
    // Participants of an individual pledge are not sent, so they are not checked.
    expect(pledgeProblems(valid({ participants: [{ name: '', kind: 'OTHER', country: null }] }))).toEqual({});
    expect(pledgeProblems(valid({ objectives: [], mainObjective: null, nature: null }))).toEqual({
      objectives: { kind: 'required' },
      nature: { kind: 'required' },
    });
    expect(pledgeProblems(valid({ targetDate: '2025-02-30' }))).toEqual({ targetDate: { kind: 'notADate' } });
  });

  it('checks a step of the history as checkNextStep does', () => {
    const today = '2026-12-03';
    const step = { ...emptyStep('IN_PROGRESS'), narrative: 'Two centres opened.', date: '2026-01-10' };
    expect(stepProblems(step, { status: 'PLANNING', statusDate: '2025-01-01' }, today)).toEqual({});
    expect(stepProblems({ ...step, date: '' }, null, today)).toEqual({});
    expect(stepProblems({ ...step, date: '2026-12-04' }, null, today)).toEqual({ date: { kind: 'inFuture' } });
    expect(stepProblems(step, { status: 'PLANNING', statusDate: '2026-02-01' }, today)).toEqual({
      date: { kind: 'beforeLatest', date: '2026-02-01' },
    });
    expect(stepProblems(step, { status: 'FULFILLED', statusDate: '2025-01-01' }, today)).toEqual({
      status: { kind: 'notAllowed', from: 'FULFILLED' },
    });
    expect(stepProblems({ ...step, narrative: 'ok', evidenceLinks: ['ftp://x', 'https://example.org/a'] }, null, today)).toEqual({
      narrative: { kind: 'tooShort', min: 3 },
      evidenceLinks: { kind: 'notAWebLink' },
    });
    expect(stepInput({ ...step, date: '' })).toEqual({ status: 'IN_PROGRESS', narrative: 'Two centres opened.', evidenceLinks: [] });
  });

  it('knows calendar days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-2-1')).toBe(false);
  });

  it('builds the CreatePledgeInput, leaving out what is empty or does not apply', () => {
    const form = valid({
      title: '  Guichets uniques ',
      participants: [{ name: 'Kept out', kind: 'OTHER', country: null }],
      matchesPledge: '2b0f0d8e-8a55-4c1e-9d57-0e7f5a9b1c11',
      objectives: [15, 16],
      mainObjective: 16,
      externalId: ' MAR-1 ',
    });
    expect(createInput(form, emptyStep())).toEqual({
      title: 'Guichets uniques',
      description: form.description,
      language: 'EN',
      pledgingEntityKind: 'MEMBER_STATE',
      pledgingCountry: 'MAR',
      isGlobal: false,
      implementationCountries: ['MAR'],
      nature: 'POLICY',
      type: 'INDIVIDUAL',
      externalId: 'MAR-1',
      objectives: [16, 15],
      mainObjective: 16,
      guidingPrinciples: [],
      target: 'Cinq guichets ouverts',
    });
    expect(
      createInput(valid({ isGlobal: true, cycle: 'IMRF-2022', targetDate: '2026-06-30' }), {
        status: 'IN_PROGRESS',
        date: '2025-01-01',
        narrative: 'Started.',
        evidenceLinks: [],
      }),
    ).toMatchObject({
      isGlobal: true,
      cycle: 'IMRF-2022',
      targetDate: '2026-06-30',
      initialUpdate: { status: 'IN_PROGRESS', date: '2025-01-01', narrative: 'Started.', evidenceLinks: [] },
    });
    expect(createInput(valid({ isGlobal: true }), null)).not.toHaveProperty('implementationCountries');
    // A first step says something as soon as one of its fields does; then it is sent (and checked: a narrative is needed).
    expect(stepTouched(emptyStep())).toBe(false);
    expect(stepTouched({ ...emptyStep(), status: 'IN_PROGRESS' })).toBe(true);
    expect(createInput(valid(), { ...emptyStep(), status: 'IN_PROGRESS' })).toHaveProperty('initialUpdate', {
      status: 'IN_PROGRESS',
      narrative: '',
      evidenceLinks: [],
    });
    expect(stepProblems({ ...emptyStep(), status: 'IN_PROGRESS' }, null)).toEqual({ narrative: { kind: 'required' } });
  });

  it('sends the changed fields only, clearing with null or an empty external id', () => {
    const base = fieldsOfPledge({ ...stored, externalId: 'MAR-1' });
    expect(updateInput(base, base)).toEqual({});
    expect(updateInput(base, { ...base, title: 'Guichets', cycle: null, targetDate: '', externalId: '' })).toEqual({
      title: 'Guichets',
      cycle: null,
      targetDate: null,
      externalId: '',
    });
    // The main objective goes with the objectives.
    expect(updateInput(base, { ...base, objectives: [16, 15, 3], mainObjective: 3 })).toEqual({
      objectives: [3, 15, 16],
      mainObjective: 3,
    });
    expect(updateInput(base, { ...base, isGlobal: true })).toEqual({ isGlobal: true, implementationCountries: [] });
    expect(
      updateInput(base, { ...base, type: 'COMMON', participants: [{ name: ' Ghana ', kind: 'MEMBER_STATE', country: 'GHA' }] }),
    ).toEqual({ type: 'COMMON', participants: [{ name: 'Ghana', kind: 'MEMBER_STATE', country: 'GHA' }] });
  });

  it('says who may change a pledge and draft a practice from it', () => {
    const pledge = { pledgingEntity: { kind: 'MEMBER_STATE' as const, countryIso3: 'MAR' } };
    expect(mayChange({ role: 'FOCAL_POINT', country: 'MAR' }, pledge)).toBe(true);
    expect(mayChange({ role: 'FOCAL_POINT', country: 'SEN' }, pledge)).toBe(false);
    expect(mayChange({ role: 'ANALYST', country: null }, pledge)).toBe(false);
    expect(mayChange({ role: 'SECRETARIAT', country: null }, pledge)).toBe(true);
    expect(mayChange(null, pledge)).toBe(false);
    expect(mayDraftPractice({ status: 'FULFILLED', goodPractice: null })).toBe(true);
    expect(mayDraftPractice({ status: 'FULFILLED', goodPractice: { id: 'x' } })).toBe(false);
    expect(mayDraftPractice({ status: 'IN_PROGRESS', goodPractice: null })).toBe(false);
  });

  it('merges after a CONFLICT: their changes where only they changed, mine elsewhere, both-changed proposes mine', () => {
    const base = fieldsOfPledge(stored);
    const mine = { ...base, title: 'Mon titre', target: 'Six guichets' };
    const theirs = { ...base, target: 'Sept guichets', nature: 'PROCESS' as const, objectives: [16, 15, 3] };
    const conflicts = conflictsOf(base, mine, theirs);
    expect(conflicts).toEqual([
      { field: 'title', changedByMe: true, changedByThem: false, proposed: 'mine' },
      { field: 'nature', changedByMe: false, changedByThem: true, proposed: 'theirs' },
      { field: 'objectives', changedByMe: false, changedByThem: true, proposed: 'theirs' },
      { field: 'target', changedByMe: true, changedByThem: true, proposed: 'mine' },
    ]);
    expect(mergeFields(mine, theirs, conflicts, {})).toEqual({ ...theirs, title: 'Mon titre', target: 'Six guichets' });
    expect(mergeFields(mine, theirs, conflicts, { target: 'theirs', nature: 'mine' })).toEqual({
      ...theirs,
      title: 'Mon titre',
      nature: 'POLICY',
    });
  });
});
