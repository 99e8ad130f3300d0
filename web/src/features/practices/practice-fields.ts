/**
 * What a focal point edits in a good practice, as the form holds it, and the inputs the API
 * takes from it: the whole practice to create one, the changed fields only to update one.
 */
export const PRACTICE_TYPES = ['POLICY', 'PROGRAMME', 'PARTNERSHIP', 'OTHER'] as const;
export const SCOPES = ['NATIONAL', 'REGIONAL', 'GLOBAL'] as const;
export const WRITING_LANGUAGES = ['EN', 'FR', 'ES'] as const;
export type PracticeType = (typeof PRACTICE_TYPES)[number];
export type Scope = (typeof SCOPES)[number];
export type WritingLanguage = (typeof WRITING_LANGUAGES)[number];
export type PracticeStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'PUBLISHED';

/** The API's bounds (create-good-practice.input.ts), said beside the fields. */
export const MIN_TITLE = 3;
export const MAX_TITLE = 300;
export const MIN_SUMMARY = 20;
export const MAX_TEXT = 10_000;
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

export interface PracticeFields {
  title: string;
  summary: string;
  language: WritingLanguage;
  scope: Scope;
  countries: string[];
  regions: string[];
  /** The keeping country: chosen by the secretariat only (a focal point's practices are its country's). */
  ownerCountry: string | null;
  implementingPartners: string[];
  practiceType: PracticeType | null;
  objectives: number[];
  mainObjective: number | null;
  guidingPrinciples: number[];
  sdgs: number[];
  startYear: number | null;
  ongoing: boolean;
  endYear: number | null;
  results: string;
  lessonsLearned: string;
  links: string[];
}
export type PracticeField = keyof PracticeFields;

export const PRACTICE_FIELDS = [
  'title',
  'summary',
  'language',
  'scope',
  'countries',
  'regions',
  'ownerCountry',
  'implementingPartners',
  'practiceType',
  'objectives',
  'mainObjective',
  'guidingPrinciples',
  'sdgs',
  'startYear',
  'ongoing',
  'endYear',
  'results',
  'lessonsLearned',
  'links',
] as const satisfies readonly PracticeField[];

export function emptyPractice(country: string | null): PracticeFields {
  return {
    title: '',
    summary: '',
    language: 'EN',
    scope: 'NATIONAL',
    countries: country ? [country] : [],
    regions: [],
    ownerCountry: null,
    implementingPartners: [],
    practiceType: null,
    objectives: [],
    mainObjective: null,
    guidingPrinciples: [],
    sdgs: [],
    startYear: null,
    ongoing: true,
    endYear: null,
    results: '',
    lessonsLearned: '',
    links: [],
  };
}

/** A practice as the API returns it. */
export interface StoredPractice {
  title: string;
  summary: string;
  language: WritingLanguage;
  scope: Scope;
  ownerCountryIso3: string | null;
  countries: readonly { iso3: string }[];
  regions: readonly { code: string }[];
  implementingPartners: readonly string[];
  practiceType: PracticeType;
  objectives: readonly { isMain: boolean; objective: { number: number } }[];
  guidingPrinciples: readonly { number: number }[];
  sdgs: readonly number[];
  startYear: number;
  endYear: number | null;
  results: string | null;
  lessonsLearned: string | null;
  links: readonly string[];
}

export function fieldsOfPractice(p: StoredPractice): PracticeFields {
  return {
    title: p.title,
    summary: p.summary,
    language: p.language,
    scope: p.scope,
    countries: p.countries.map((c) => c.iso3).sort(),
    regions: p.regions.map((r) => r.code).sort(),
    ownerCountry: p.ownerCountryIso3,
    implementingPartners: [...p.implementingPartners],
    practiceType: p.practiceType,
    objectives: p.objectives.map((o) => o.objective.number),
    mainObjective: p.objectives.find((o) => o.isMain)?.objective.number ?? null,
    guidingPrinciples: p.guidingPrinciples.map((g) => g.number).sort((a, b) => a - b),
    sdgs: [...p.sdgs].sort((a, b) => a - b),
    startYear: p.startYear,
    ongoing: p.endYear === null,
    endYear: p.endYear,
    results: p.results ?? '',
    lessonsLearned: p.lessonsLearned ?? '',
    links: [...p.links],
  };
}

/**
 * The form as the API will store it: no countries for a GLOBAL practice, regions for a REGIONAL
 * one only, no end year while ongoing, the main objective among the objectives, texts trimmed.
 */
export function normalized(f: PracticeFields): PracticeFields {
  const main = f.mainObjective !== null && f.objectives.includes(f.mainObjective) ? f.mainObjective : (f.objectives[0] ?? null);
  return {
    ...f,
    title: f.title.trim(),
    summary: f.summary.trim(),
    countries: f.scope === 'GLOBAL' ? [] : [...f.countries].sort(),
    regions: f.scope === 'REGIONAL' ? [...f.regions].sort() : [],
    implementingPartners: f.implementingPartners.map((p) => p.trim()).filter(Boolean),
    objectives: main === null ? [] : [main, ...f.objectives.filter((o) => o !== main)],
    mainObjective: main,
    guidingPrinciples: [...f.guidingPrinciples].sort((a, b) => a - b),
    sdgs: [...f.sdgs].sort((a, b) => a - b),
    endYear: f.ongoing ? null : f.endYear,
    results: f.results.trim(),
    lessonsLearned: f.lessonsLearned.trim(),
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between two versions, as the API stores them. */
export function changedFields(a: PracticeFields, b: PracticeFields): PracticeField[] {
  const na = normalized(a);
  const nb = normalized(b);
  // `ongoing` is said by the end year.
  return PRACTICE_FIELDS.filter((f) => f !== 'ongoing' && !same(na[f], nb[f]));
}

/** The fields the form must have before it is sent (the API checks lengths and the rest). */
export type LocalProblem = 'required' | 'objectivesRequired' | 'endYearRequired';
export function missingFields(f: PracticeFields): Partial<Record<PracticeField, LocalProblem>> {
  const problems: Partial<Record<PracticeField, LocalProblem>> = {};
  if (!f.title.trim()) problems.title = 'required';
  if (!f.summary.trim()) problems.summary = 'required';
  if (!f.practiceType) problems.practiceType = 'required';
  if (f.objectives.length === 0) problems.objectives = 'objectivesRequired';
  if (f.startYear === null) problems.startYear = 'required';
  if (!f.ongoing && f.endYear === null) problems.endYear = 'endYearRequired';
  return problems;
}

type Input = Record<string, unknown>;

/** The CreateGoodPracticeInput of a new practice (`ownerCountry` sent for the secretariat only). */
export function createInput(form: PracticeFields, withOwner: boolean): Input {
  const f = normalized(form);
  const input: Input = {
    title: f.title,
    summary: f.summary,
    language: f.language,
    scope: f.scope,
    implementingPartners: f.implementingPartners,
    practiceType: f.practiceType,
    objectives: f.objectives,
    guidingPrinciples: f.guidingPrinciples,
    sdgs: f.sdgs,
    startYear: f.startYear,
    endYear: f.endYear,
    links: f.links,
  };
  if (f.mainObjective !== null) input.mainObjective = f.mainObjective;
  if (f.scope !== 'GLOBAL') input.countries = f.countries;
  if (f.scope === 'REGIONAL') input.regions = f.regions;
  if (withOwner && f.ownerCountry) input.ownerCountry = f.ownerCountry;
  if (f.results) input.results = f.results;
  if (f.lessonsLearned) input.lessonsLearned = f.lessonsLearned;
  return input;
}

/** The UpdateGoodPracticeInput from `base` (the version read) to `form`: the changed fields only. */
export function updateInput(base: PracticeFields, form: PracticeFields): Input {
  const f = normalized(form);
  const input: Input = {};
  for (const field of changedFields(base, form)) {
    if (field === 'ownerCountry') continue; // Kept: the API does not move a practice to another country.
    input[field] = f[field];
  }
  // The main objective goes with the objectives, so the API keeps the one shown as main.
  if ('objectives' in input && f.mainObjective !== null) input.mainObjective = f.mainObjective;
  return input;
}

/** The secretariat's latest comment when it returned the practice. */
export function returnComment(history: readonly { action: string; comment: string | null }[] | null): string | null {
  return [...(history ?? [])].reverse().find((s) => s.action === 'RETURNED')?.comment ?? null;
}

/** Who may do what with a practice, as the API decides it (practice-workflow.service.ts). */
export interface Actor {
  role: string;
  country: string | null;
}
export function mayEdit(actor: Actor | null, p: { status: PracticeStatus; ownerCountryIso3: string | null }): boolean {
  if (!actor) return false;
  if (actor.role === 'SECRETARIAT') return true;
  return (
    actor.role === 'FOCAL_POINT' &&
    p.ownerCountryIso3 !== null &&
    p.ownerCountryIso3 === actor.country &&
    (p.status === 'DRAFT' || p.status === 'RETURNED')
  );
}
export const maySubmit = (actor: Actor | null, p: { status: PracticeStatus; ownerCountryIso3: string | null }): boolean =>
  mayEdit(actor, p) && (p.status === 'DRAFT' || p.status === 'RETURNED');
export const mayReview = (actor: Actor | null, p: { status: PracticeStatus }): boolean =>
  actor?.role === 'SECRETARIAT' && p.status === 'SUBMITTED';

/**
 * Someone else saved the practice first (CONFLICT): the form to carry on from, on their
 * version. What only they changed is taken; what only the user changed is kept; where both
 * changed a field, the user's text is kept and the field is named, so the user can take theirs.
 */
export function mergeOnConflict(
  base: PracticeFields,
  mine: PracticeFields,
  theirs: PracticeFields,
): { form: PracticeFields; taken: PracticeField[]; bothChanged: PracticeField[] } {
  const byThem = new Set(changedFields(base, theirs));
  const byMe = new Set(changedFields(base, mine));
  const form: PracticeFields = { ...mine };
  const taken: PracticeField[] = [];
  const bothChanged: PracticeField[] = [];
  const set = <F extends PracticeField>(field: F) => {
    form[field] = theirs[field];
  };
  for (const field of byThem) {
    if (byMe.has(field) && changedFields(mine, theirs).includes(field)) bothChanged.push(field);
    else if (!byMe.has(field)) {
      set(field);
      if (field === 'endYear') set('ongoing');
      if (field === 'objectives' || field === 'mainObjective') {
        set('objectives');
        set('mainObjective');
      }
      taken.push(field);
    }
  }
  return { form, taken, bothChanged };
}
