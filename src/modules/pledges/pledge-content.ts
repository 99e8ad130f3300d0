import type { FieldError } from '../../common/errors/domain-error.js';
import { Language } from '../../common/i18n/language.js';
import { resolveServedObjectives } from '../objectives/dto/served-objectives.input.js';
import type { UpdatePledgeInput } from './dto/update-pledge.input.js';
import type { CreatePledgeInput } from './dto/create-pledge.input.js';
import type { PledgeParticipantInput } from './dto/pledge-participant.input.js';
import { PledgeNature, PledgeType, PledgingEntityKind } from './pledge.enums.js';

export interface PledgeParticipant {
  name: string;
  kind: PledgingEntityKind;
  countryIso3: string | null;
}

/** Everything a pledge says, apart from its status history: what is validated, stored and audited. */
export interface PledgeContent {
  title: string;
  description: string;
  language: Language;
  pledgingEntityKind: PledgingEntityKind;
  pledgingCountryIso3: string | null;
  pledgingEntityName: string | null;
  isGlobal: boolean;
  implementationCountries: string[];
  cycleCode: string | null;
  nature: PledgeNature;
  type: PledgeType;
  matchesPledgeId: string | null;
  /** The pledge's reference in its source, unique per pledging entity. */
  externalId: string | null;
  participants: PledgeParticipant[];
  objectives: number[];
  mainObjective: number;
  guidingPrinciples: number[];
  target: string;
  targetDate: string | null;
}

export const AUDITED_PLEDGE_FIELDS = [
  'title',
  'description',
  'language',
  'pledgingEntityKind',
  'pledgingCountryIso3',
  'pledgingEntityName',
  'isGlobal',
  'implementationCountries',
  'cycleCode',
  'nature',
  'type',
  'matchesPledgeId',
  'externalId',
  'participants',
  'objectives',
  'mainObjective',
  'guidingPrinciples',
  'target',
  'targetDate',
] as const satisfies readonly (keyof PledgeContent)[];

const upper = (iso3: string | undefined | null): string | null => (iso3 ? iso3.toUpperCase() : null);

const toParticipants = (list: PledgeParticipantInput[] | undefined): PledgeParticipant[] =>
  (list ?? []).map((p) => ({ name: p.name.trim(), kind: p.kind, countryIso3: upper(p.country) }));

/**
 * Lists in the order the database gives them back (countries and principles sorted, the main
 * objective first, then the others by number), so that content read back from the database
 * compares equal to the same content written in another order.
 */
function inStoredOrder(c: PledgeContent): PledgeContent {
  const byNumber = (x: number, y: number): number => x - y;
  return {
    ...c,
    implementationCountries: [...c.implementationCountries].sort(),
    guidingPrinciples: [...c.guidingPrinciples].sort(byNumber),
    objectives: c.objectives.includes(c.mainObjective)
      ? [c.mainObjective, ...c.objectives.filter((n) => n !== c.mainObjective).sort(byNumber)]
      : c.objectives,
  };
}

/** The content of a new pledge, defaults applied (a member state implements its own pledge unless told otherwise). */
export function contentFromCreate(input: CreatePledgeInput): PledgeContent {
  const kind = input.pledgingEntityKind ?? PledgingEntityKind.MEMBER_STATE;
  const pledgingCountry = upper(input.pledgingCountry);
  const isGlobal = input.isGlobal ?? false;
  const countries = (input.implementationCountries ?? []).map((c) => c.toUpperCase());
  return inStoredOrder({
    title: input.title.trim(),
    description: input.description.trim(),
    language: input.language ?? Language.EN,
    pledgingEntityKind: kind,
    pledgingCountryIso3: pledgingCountry,
    pledgingEntityName: input.pledgingEntityName?.trim() || null,
    isGlobal,
    implementationCountries:
      countries.length === 0 && !isGlobal && kind === PledgingEntityKind.MEMBER_STATE && pledgingCountry ? [pledgingCountry] : countries,
    cycleCode: input.cycle ?? null,
    nature: input.nature,
    type: input.type ?? PledgeType.INDIVIDUAL,
    matchesPledgeId: input.matchesPledge ?? null,
    externalId: input.externalId?.trim() || null,
    participants: toParticipants(input.participants),
    objectives: input.objectives,
    // Undefined for an empty list, which checkPledgeContent reports on `objectives`.
    mainObjective: input.mainObjective ?? (input.objectives[0] as number),
    guidingPrinciples: input.guidingPrinciples ?? [],
    target: input.target.trim(),
    targetDate: input.targetDate ?? null,
  });
}

/** The stored content with the given changes applied; lists given replace the stored ones. */
export function contentWithChanges(stored: PledgeContent, input: UpdatePledgeInput): PledgeContent {
  const objectives = input.objectives ?? stored.objectives;
  const kind = input.pledgingEntityKind ?? stored.pledgingEntityKind;
  const isGlobal = input.isGlobal ?? stored.isGlobal;
  return inStoredOrder({
    title: input.title?.trim() ?? stored.title,
    description: input.description?.trim() ?? stored.description,
    language: input.language ?? stored.language,
    pledgingEntityKind: kind,
    pledgingCountryIso3: input.pledgingCountry !== undefined ? upper(input.pledgingCountry) : stored.pledgingCountryIso3,
    pledgingEntityName:
      input.pledgingEntityName !== undefined
        ? input.pledgingEntityName.trim() || null
        : kind === PledgingEntityKind.MEMBER_STATE
          ? null
          : stored.pledgingEntityName,
    isGlobal,
    implementationCountries: input.implementationCountries
      ? input.implementationCountries.map((c) => c.toUpperCase())
      : isGlobal
        ? []
        : stored.implementationCountries,
    cycleCode: input.cycle !== undefined ? input.cycle : stored.cycleCode,
    nature: input.nature ?? stored.nature,
    type: input.type ?? stored.type,
    matchesPledgeId:
      input.matchesPledge !== undefined
        ? input.matchesPledge
        : (input.type ?? stored.type) === PledgeType.MATCHING
          ? stored.matchesPledgeId
          : null,
    externalId: input.externalId !== undefined ? input.externalId.trim() || null : stored.externalId,
    participants: input.participants ? toParticipants(input.participants) : stored.participants,
    objectives,
    mainObjective: input.mainObjective ?? (objectives.includes(stored.mainObjective) ? stored.mainObjective : (objectives[0] as number)),
    guidingPrinciples: input.guidingPrinciples ?? stored.guidingPrinciples,
    target: input.target?.trim() ?? stored.target,
    targetDate: input.targetDate !== undefined ? input.targetDate : stored.targetDate,
  });
}

/**
 * The rules that tie fields together, checked before anything is written. `prefix` names
 * where the input sits (`input`, or `rows[3]` in an import) so each error names its field.
 */
export function checkPledgeContent(c: PledgeContent, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string): void => {
    errors.push({ field: `${prefix}.${field}`, messages: [message] });
  };
  if (c.pledgingEntityKind === PledgingEntityKind.MEMBER_STATE) {
    if (!c.pledgingCountryIso3) fail('pledgingCountry', 'required when the pledging entity is a member state');
    if (c.pledgingEntityName) fail('pledgingEntityName', "must be empty for a member state (its name is the country's)");
  } else if (!c.pledgingEntityName) {
    fail('pledgingEntityName', `required for a ${c.pledgingEntityKind} pledging entity`);
  }
  if (c.isGlobal && c.implementationCountries.length > 0) fail('implementationCountries', 'must be empty for a global pledge');
  if (!c.isGlobal && c.implementationCountries.length === 0)
    fail('implementationCountries', 'list at least one country of implementation, or mark the pledge global');
  if (new Set(c.implementationCountries).size !== c.implementationCountries.length)
    fail('implementationCountries', 'a country is listed twice');
  if (c.type === PledgeType.MATCHING && !c.matchesPledgeId)
    fail('matchesPledge', 'required for a MATCHING pledge: the id of the pledge it matches');
  if (c.type !== PledgeType.MATCHING && c.matchesPledgeId) fail('matchesPledge', 'only a MATCHING pledge matches another pledge');
  const listsParticipants = c.type === PledgeType.COMMON || c.type === PledgeType.PARTNERSHIP;
  if (listsParticipants && c.participants.length === 0) fail('participants', `a ${c.type} pledge lists at least one participant`);
  if (!listsParticipants && c.participants.length > 0) fail('participants', 'only COMMON and PARTNERSHIP pledges list participants');
  c.participants.forEach((p, i) => {
    if (p.kind === PledgingEntityKind.MEMBER_STATE && !p.countryIso3)
      fail(`participants.${i}.country`, 'required for a participating member state');
  });
  const served = resolveServedObjectives(c.objectives, c.mainObjective, prefix);
  if ('field' in served) errors.push(served);
  return errors;
}

/** Every country code a pledge refers to, for one lookup. */
export function countriesReferenced(c: PledgeContent): string[] {
  return [c.pledgingCountryIso3, ...c.implementationCountries, ...c.participants.map((p) => p.countryIso3)].filter((x): x is string => !!x);
}

/** Field errors for references that do not exist, given the known codes. */
export function checkPledgeReferences(
  c: PledgeContent,
  prefix: string,
  known: { countries: Set<string>; cycles: Set<string>; pledges: Set<string> },
): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string): void => {
    errors.push({ field: `${prefix}.${field}`, messages: [message] });
  };
  if (c.pledgingCountryIso3 && !known.countries.has(c.pledgingCountryIso3))
    fail('pledgingCountry', `unknown country ${c.pledgingCountryIso3}`);
  const unknown = c.implementationCountries.filter((iso3) => !known.countries.has(iso3));
  if (unknown.length) fail('implementationCountries', `unknown countries: ${unknown.join(', ')}`);
  c.participants.forEach((p, i) => {
    if (p.countryIso3 && !known.countries.has(p.countryIso3)) fail(`participants.${i}.country`, `unknown country ${p.countryIso3}`);
  });
  if (c.cycleCode && !known.cycles.has(c.cycleCode)) fail('cycle', `unknown review cycle ${c.cycleCode}`);
  if (c.matchesPledgeId && !known.pledges.has(c.matchesPledgeId)) fail('matchesPledge', `no pledge ${c.matchesPledgeId}`);
  return errors;
}
