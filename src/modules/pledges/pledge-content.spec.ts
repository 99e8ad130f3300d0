import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { Language } from '../../common/i18n/language.js';
import { UpdatePledgeInput } from './dto/update-pledge.input.js';
import { CreatePledgeInput } from './dto/create-pledge.input.js';
import {
  checkPledgeContent,
  checkPledgeReferences,
  contentFromCreate,
  contentWithChanges,
  countriesReferenced,
  type PledgeContent,
} from './pledge-content.js';
import { PledgeNature, PledgeType, PledgingEntityKind } from './pledge.enums.js';

const create = (plain: Record<string, unknown>): CreatePledgeInput => plainToInstance(CreatePledgeInput, plain);
const update = (plain: Record<string, unknown>): UpdatePledgeInput => plainToInstance(UpdatePledgeInput, plain);

const moroccoPledge = {
  title: '  One-stop reception centres  ',
  description: ' Five centres. ',
  pledgingCountry: 'mar',
  nature: PledgeNature.POLICY,
  objectives: [16, 15],
  target: ' Five centres open ',
};

const stored: PledgeContent = contentFromCreate(create(moroccoPledge));

describe('the content of a new pledge', () => {
  it('trims the texts, upper-cases the codes, and lets a member state implement its own pledge by default', () => {
    expect(stored).toEqual({
      title: 'One-stop reception centres',
      description: 'Five centres.',
      language: Language.EN,
      pledgingEntityKind: PledgingEntityKind.MEMBER_STATE,
      pledgingCountryIso3: 'MAR',
      pledgingEntityName: null,
      isGlobal: false,
      implementationCountries: ['MAR'],
      cycleCode: null,
      nature: PledgeNature.POLICY,
      type: PledgeType.INDIVIDUAL,
      matchesPledgeId: null,
      externalId: null,
      participants: [],
      objectives: [16, 15],
      mainObjective: 16,
      guidingPrinciples: [],
      target: 'Five centres open',
      targetDate: null,
    });
    expect(checkPledgeContent(stored, 'input')).toEqual([]);
  });

  it('keeps the countries given (in the order the database gives them back), and gives a stakeholder or a global pledge no default country', () => {
    expect(contentFromCreate(create({ ...moroccoPledge, implementationCountries: ['sen', 'gha'] })).implementationCountries).toEqual([
      'GHA',
      'SEN',
    ]);
    expect(contentFromCreate(create({ ...moroccoPledge, isGlobal: true })).implementationCountries).toEqual([]);
    const stakeholder = contentFromCreate(
      create({ ...moroccoPledge, pledgingEntityKind: PledgingEntityKind.CIVIL_SOCIETY, pledgingEntityName: ' Caritas ' }),
    );
    expect(stakeholder).toMatchObject({ implementationCountries: [], pledgingEntityName: 'Caritas', pledgingCountryIso3: 'MAR' });
  });

  it('takes the participants as given, names trimmed and codes upper-cased', () => {
    const c = contentFromCreate(
      create({
        ...moroccoPledge,
        type: PledgeType.PARTNERSHIP,
        participants: [
          { name: ' Ghana ', kind: PledgingEntityKind.MEMBER_STATE, country: 'gha' },
          { name: 'IOM', kind: PledgingEntityKind.UN_ENTITY },
        ],
      }),
    );
    expect(c.participants).toEqual([
      { name: 'Ghana', kind: PledgingEntityKind.MEMBER_STATE, countryIso3: 'GHA' },
      { name: 'IOM', kind: PledgingEntityKind.UN_ENTITY, countryIso3: null },
    ]);
    expect(countriesReferenced(c)).toEqual(['MAR', 'MAR', 'GHA']);
  });
});

describe('a pledge with changes', () => {
  it('keeps what the update does not mention', () => {
    expect(contentWithChanges(stored, update({}))).toEqual(stored);
  });

  it('replaces the lists given, and keeps the main objective (listed first) while it is still listed', () => {
    expect(contentWithChanges(stored, update({ objectives: [15, 16, 23] }))).toMatchObject({ objectives: [16, 15, 23], mainObjective: 16 });
    expect(contentWithChanges(stored, update({ objectives: [23, 5] }))).toMatchObject({ objectives: [23, 5], mainObjective: 23 });
    expect(contentWithChanges(stored, update({ implementationCountries: ['tun'] })).implementationCountries).toEqual(['TUN']);
  });

  it('clears what no longer applies: the countries of a pledge made global, the name of a member state, the match of a pledge no longer MATCHING', () => {
    expect(contentWithChanges(stored, update({ isGlobal: true })).implementationCountries).toEqual([]);
    const stakeholder: PledgeContent = { ...stored, pledgingEntityKind: PledgingEntityKind.ACADEMIA, pledgingEntityName: 'A university' };
    expect(contentWithChanges(stakeholder, update({ pledgingEntityKind: PledgingEntityKind.MEMBER_STATE })).pledgingEntityName).toBeNull();
    expect(contentWithChanges(stakeholder, update({ title: 'Renamed' })).pledgingEntityName).toBe('A university');
    const matching: PledgeContent = { ...stored, type: PledgeType.MATCHING, matchesPledgeId: 'a0000000-0000-4000-8000-000000000000' };
    expect(contentWithChanges(matching, update({ target: 'More' })).matchesPledgeId).toBe('a0000000-0000-4000-8000-000000000000');
    expect(contentWithChanges(matching, update({ type: PledgeType.INDIVIDUAL })).matchesPledgeId).toBeNull();
  });
});

describe('the rules that tie a pledge’s fields together', () => {
  const errorsOf = (changes: Partial<PledgeContent>): string[] =>
    checkPledgeContent({ ...stored, ...changes }, 'rows[3]').map((e) => `${e.field}: ${e.messages.join('; ')}`);

  it('needs a pledging country for a member state and a name for anyone else', () => {
    expect(errorsOf({ pledgingCountryIso3: null })).toEqual([
      'rows[3].pledgingCountry: required when the pledging entity is a member state',
    ]);
    expect(errorsOf({ pledgingEntityName: 'Morocco' })).toEqual([
      "rows[3].pledgingEntityName: must be empty for a member state (its name is the country's)",
    ]);
    expect(errorsOf({ pledgingEntityKind: PledgingEntityKind.PRIVATE_SECTOR })).toEqual([
      'rows[3].pledgingEntityName: required for a PRIVATE_SECTOR pledging entity',
    ]);
  });

  it('needs countries of implementation unless the pledge is global, each listed once', () => {
    expect(errorsOf({ isGlobal: true })).toEqual(['rows[3].implementationCountries: must be empty for a global pledge']);
    expect(errorsOf({ implementationCountries: [] })).toEqual([
      'rows[3].implementationCountries: list at least one country of implementation, or mark the pledge global',
    ]);
    expect(errorsOf({ implementationCountries: ['MAR', 'MAR'] })).toEqual(['rows[3].implementationCountries: a country is listed twice']);
  });

  it('ties the match to MATCHING pledges and the participants to COMMON and PARTNERSHIP ones', () => {
    expect(errorsOf({ type: PledgeType.MATCHING })).toEqual([
      'rows[3].matchesPledge: required for a MATCHING pledge: the id of the pledge it matches',
    ]);
    expect(errorsOf({ matchesPledgeId: 'a0000000-0000-4000-8000-000000000000' })).toEqual([
      'rows[3].matchesPledge: only a MATCHING pledge matches another pledge',
    ]);
    expect(errorsOf({ type: PledgeType.COMMON })).toEqual(['rows[3].participants: a COMMON pledge lists at least one participant']);
    const ghana = { name: 'Ghana', kind: PledgingEntityKind.MEMBER_STATE, countryIso3: null };
    expect(errorsOf({ participants: [ghana] })).toEqual([
      'rows[3].participants: only COMMON and PARTNERSHIP pledges list participants',
      'rows[3].participants.0.country: required for a participating member state',
    ]);
    expect(errorsOf({ type: PledgeType.PARTNERSHIP, participants: [{ ...ghana, countryIso3: 'GHA' }] })).toEqual([]);
  });

  it('needs the main objective among the objectives', () => {
    expect(errorsOf({ mainObjective: 3 })).toEqual(['rows[3].mainObjective: the main objective 3 must be one of the objectives listed']);
    expect(errorsOf({ objectives: [] })).toEqual(['rows[3].objectives: at least one objective is required']);
  });

  it('reports every broken rule at once', () => {
    expect(errorsOf({ pledgingCountryIso3: null, implementationCountries: [], type: PledgeType.MATCHING })).toHaveLength(3);
  });
});

describe('references a pledge makes', () => {
  const known = { countries: new Set(['MAR', 'GHA']), cycles: new Set(['IMRF-2022']), pledges: new Set<string>() };

  it('names each unknown country, cycle and matched pledge on its field', () => {
    const c: PledgeContent = {
      ...stored,
      pledgingCountryIso3: 'XXX',
      implementationCountries: ['MAR', 'YYY', 'ZZZ'],
      participants: [{ name: 'Atlantis', kind: PledgingEntityKind.MEMBER_STATE, countryIso3: 'ATL' }],
      cycleCode: 'IMRF-1999',
      matchesPledgeId: 'a0000000-0000-4000-8000-000000000000',
    };
    expect(checkPledgeReferences(c, 'input', known)).toEqual([
      { field: 'input.pledgingCountry', messages: ['unknown country XXX'] },
      { field: 'input.implementationCountries', messages: ['unknown countries: YYY, ZZZ'] },
      { field: 'input.participants.0.country', messages: ['unknown country ATL'] },
      { field: 'input.cycle', messages: ['unknown review cycle IMRF-1999'] },
      { field: 'input.matchesPledge', messages: ['no pledge a0000000-0000-4000-8000-000000000000'] },
    ]);
    expect(checkPledgeReferences({ ...stored, cycleCode: 'IMRF-2022' }, 'input', known)).toEqual([]);
  });
});
