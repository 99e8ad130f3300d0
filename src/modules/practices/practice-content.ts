import type { FieldError } from '../../common/errors/domain-error.js';
import { Language } from '../../common/i18n/language.js';
import { resolveServedObjectives } from '../objectives/dto/served-objectives.input.js';
import type { UpdateGoodPracticeInput } from './dto/update-good-practice.input.js';
import type { CreateGoodPracticeInput } from './dto/create-good-practice.input.js';
import { PracticeScope, type PracticeType } from './practice.enums.js';

/** Everything a good practice says: what is validated, stored and audited. */
export interface PracticeContent {
  title: string;
  summary: string;
  language: Language;
  scope: PracticeScope;
  countries: string[];
  regions: string[];
  ownerCountryIso3: string | null;
  implementingPartners: string[];
  practiceType: PracticeType;
  objectives: number[];
  mainObjective: number;
  guidingPrinciples: number[];
  sdgs: number[];
  startYear: number;
  endYear: number | null;
  results: string | null;
  lessonsLearned: string | null;
  links: string[];
}

export const AUDITED_PRACTICE_FIELDS = [
  'title',
  'summary',
  'language',
  'scope',
  'countries',
  'regions',
  'ownerCountryIso3',
  'implementingPartners',
  'practiceType',
  'objectives',
  'mainObjective',
  'guidingPrinciples',
  'sdgs',
  'startYear',
  'endYear',
  'results',
  'lessonsLearned',
  'links',
] as const satisfies readonly (keyof PracticeContent)[];

const textOrNull = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

export function practiceFromCreate(input: CreateGoodPracticeInput, ownerCountryIso3: string | null): PracticeContent {
  const scope = input.scope ?? PracticeScope.NATIONAL;
  const countries = (input.countries ?? []).map((c) => c.toUpperCase());
  return {
    title: input.title.trim(),
    summary: input.summary.trim(),
    language: input.language ?? Language.EN,
    scope,
    countries: countries.length === 0 && scope === PracticeScope.NATIONAL && ownerCountryIso3 ? [ownerCountryIso3] : countries,
    regions: input.regions ?? [],
    ownerCountryIso3,
    implementingPartners: (input.implementingPartners ?? []).map((p) => p.trim()),
    practiceType: input.practiceType,
    objectives: input.objectives,
    // Undefined for an empty list, which the content check reports on `objectives`.
    mainObjective: input.mainObjective ?? (input.objectives[0] as number),
    guidingPrinciples: input.guidingPrinciples ?? [],
    sdgs: [...(input.sdgs ?? [])].sort((a, b) => a - b),
    startYear: input.startYear,
    endYear: input.endYear ?? null,
    results: textOrNull(input.results),
    lessonsLearned: textOrNull(input.lessonsLearned),
    links: input.links ?? [],
  };
}

export function practiceWithChanges(stored: PracticeContent, input: UpdateGoodPracticeInput): PracticeContent {
  const objectives = input.objectives ?? stored.objectives;
  const scope = input.scope ?? stored.scope;
  return {
    title: input.title?.trim() ?? stored.title,
    summary: input.summary?.trim() ?? stored.summary,
    language: input.language ?? stored.language,
    scope,
    countries: input.countries ? input.countries.map((c) => c.toUpperCase()) : scope === PracticeScope.GLOBAL ? [] : stored.countries,
    regions: input.regions ?? (scope === PracticeScope.REGIONAL ? stored.regions : []),
    ownerCountryIso3: stored.ownerCountryIso3,
    implementingPartners: input.implementingPartners?.map((p) => p.trim()) ?? stored.implementingPartners,
    practiceType: input.practiceType ?? stored.practiceType,
    objectives,
    mainObjective: input.mainObjective ?? (objectives.includes(stored.mainObjective) ? stored.mainObjective : (objectives[0] as number)),
    guidingPrinciples: input.guidingPrinciples ?? stored.guidingPrinciples,
    sdgs: input.sdgs ? [...input.sdgs].sort((a, b) => a - b) : stored.sdgs,
    startYear: input.startYear ?? stored.startYear,
    endYear: input.endYear !== undefined ? input.endYear : stored.endYear,
    results: input.results !== undefined ? textOrNull(input.results) : stored.results,
    lessonsLearned: input.lessonsLearned !== undefined ? textOrNull(input.lessonsLearned) : stored.lessonsLearned,
    links: input.links ?? stored.links,
  };
}

/** Rules that tie fields together, checked before anything is written. */
export function checkPracticeContent(c: PracticeContent, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string): void => {
    errors.push({ field: `${prefix}.${field}`, messages: [message] });
  };
  if (c.scope === PracticeScope.NATIONAL && c.countries.length === 0) fail('countries', 'a NATIONAL practice lists at least one country');
  if (c.scope !== PracticeScope.REGIONAL && c.regions.length > 0) fail('regions', 'only a REGIONAL practice lists regions');
  if (c.scope === PracticeScope.REGIONAL && c.regions.length === 0) fail('regions', 'a REGIONAL practice lists at least one region');
  if (c.scope === PracticeScope.GLOBAL && c.countries.length > 0) fail('countries', 'a GLOBAL practice lists no countries');
  if (c.endYear !== null && c.endYear < c.startYear) fail('endYear', `cannot be before the start year ${c.startYear}`);
  const served = resolveServedObjectives(c.objectives, c.mainObjective, prefix);
  if ('field' in served) errors.push(served);
  return errors;
}

/** What a practice needs before it can be submitted for review. */
export function checkReadyToSubmit(c: PracticeContent): FieldError[] {
  const errors: FieldError[] = [];
  if (!c.results) errors.push({ field: 'results', messages: ['describe the results before submitting'] });
  if (!c.lessonsLearned) errors.push({ field: 'lessonsLearned', messages: ['describe the lessons learned before submitting'] });
  return errors;
}
