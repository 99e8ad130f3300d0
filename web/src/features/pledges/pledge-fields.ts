/**
 * What a focal point edits in a pledge, as the form holds it; the API's field rules
 * (src/modules/pledges/dto/*.input.ts, pledge-content.ts checkPledgeContent, pledge-editor.service.ts
 * checkNextStep) checked before sending; the inputs the API takes from it (the whole pledge to
 * create one, the changed fields only to update one); and the three-way merge after a CONFLICT.
 */
export const WRITING_LANGUAGES = ['EN', 'FR', 'ES'] as const;
export const ENTITY_KINDS = [
  'MEMBER_STATE',
  'CIVIL_SOCIETY',
  'LOCAL_GOVERNMENT',
  'PRIVATE_SECTOR',
  'UN_ENTITY',
  'ACADEMIA',
  'OTHER',
] as const;
export const NATURES = ['FINANCIAL', 'HUMAN_RESOURCES', 'PROCESS', 'POLICY'] as const;
export const PLEDGE_TYPES = ['INDIVIDUAL', 'COMMON', 'PARTNERSHIP', 'MATCHING'] as const;
export const STATUSES = ['PLANNING', 'IN_PROGRESS', 'FULFILLED', 'WITHDRAWN'] as const;
export type WritingLanguage = (typeof WRITING_LANGUAGES)[number];
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Nature = (typeof NATURES)[number];
export type PledgeType = (typeof PLEDGE_TYPES)[number];
export type PledgeStatus = (typeof STATUSES)[number];

/** The API's bounds, said beside the fields. */
export const MIN_TITLE = 3;
export const MAX_TITLE = 300;
export const MIN_DESCRIPTION = 10;
export const MAX_DESCRIPTION = 5000;
export const MIN_TARGET = 3;
export const MAX_TARGET = 1000;
export const MIN_NAME = 2;
export const MAX_NAME = 300;
export const MAX_EXTERNAL_ID = 100;
export const MIN_NARRATIVE = 3;
export const MAX_NARRATIVE = 5000;
export const MAX_PARTICIPANTS = 200;

/** The statuses a pledge may take next (pledge.enums.ts PLEDGE_STATUS_NEXT): the same one records a progress note. */
export const STATUS_NEXT: Record<PledgeStatus, readonly PledgeStatus[]> = {
  PLANNING: ['PLANNING', 'IN_PROGRESS', 'FULFILLED', 'WITHDRAWN'],
  IN_PROGRESS: ['IN_PROGRESS', 'FULFILLED', 'WITHDRAWN'],
  FULFILLED: ['FULFILLED'],
  WITHDRAWN: [],
};

export interface Participant {
  name: string;
  kind: EntityKind;
  country: string | null;
}

/** A dated step of a pledge's history, as its form holds it. */
export interface StepFields {
  status: PledgeStatus;
  /** YYYY-MM-DD; empty: today. */
  date: string;
  narrative: string;
  evidenceLinks: string[];
}

export interface PledgeFields {
  title: string;
  description: string;
  language: WritingLanguage;
  pledgingEntityKind: EntityKind;
  pledgingCountry: string | null;
  pledgingEntityName: string;
  isGlobal: boolean;
  implementationCountries: string[];
  cycle: string | null;
  nature: Nature | null;
  type: PledgeType;
  matchesPledge: string;
  externalId: string;
  participants: Participant[];
  objectives: number[];
  mainObjective: number | null;
  guidingPrinciples: number[];
  target: string;
  /** YYYY-MM-DD, or empty. */
  targetDate: string;
}
export type PledgeField = keyof PledgeFields;

export const PLEDGE_FIELDS = [
  'title',
  'description',
  'language',
  'pledgingEntityKind',
  'pledgingCountry',
  'pledgingEntityName',
  'isGlobal',
  'implementationCountries',
  'cycle',
  'nature',
  'type',
  'matchesPledge',
  'externalId',
  'participants',
  'objectives',
  'mainObjective',
  'guidingPrinciples',
  'target',
  'targetDate',
] as const satisfies readonly PledgeField[];

/** A new state pledge of the focal point's country, implemented there. */
export function emptyPledge(country: string | null): PledgeFields {
  return {
    title: '',
    description: '',
    language: 'EN',
    pledgingEntityKind: 'MEMBER_STATE',
    pledgingCountry: country,
    pledgingEntityName: '',
    isGlobal: false,
    implementationCountries: country ? [country] : [],
    cycle: null,
    nature: null,
    type: 'INDIVIDUAL',
    matchesPledge: '',
    externalId: '',
    participants: [],
    objectives: [],
    mainObjective: null,
    guidingPrinciples: [],
    target: '',
    targetDate: '',
  };
}

export const emptyStep = (status: PledgeStatus = 'PLANNING'): StepFields => ({ status, date: '', narrative: '', evidenceLinks: [] });

/** A pledge as the API returns it. */
export interface StoredPledge {
  title: string;
  description: string;
  language: WritingLanguage;
  pledgingEntity: { kind: EntityKind; name: string | null; countryIso3: string | null };
  isGlobal: boolean;
  implementationCountries: readonly { iso3: string }[];
  cycleCode: string | null;
  nature: Nature;
  type: PledgeType;
  matchesPledge: { id: string } | null;
  externalId: string | null;
  participants: readonly { name: string; kind: EntityKind; countryIso3: string | null }[];
  objectives: readonly { isMain: boolean; objective: { number: number } }[];
  guidingPrinciples: readonly { number: number }[];
  target: string;
  targetDate: string | null;
}

export function fieldsOfPledge(p: StoredPledge): PledgeFields {
  return {
    title: p.title,
    description: p.description,
    language: p.language,
    pledgingEntityKind: p.pledgingEntity.kind,
    pledgingCountry: p.pledgingEntity.countryIso3,
    pledgingEntityName: p.pledgingEntity.name ?? '',
    isGlobal: p.isGlobal,
    implementationCountries: p.implementationCountries.map((c) => c.iso3).sort(),
    cycle: p.cycleCode,
    nature: p.nature,
    type: p.type,
    matchesPledge: p.matchesPledge?.id ?? '',
    externalId: p.externalId ?? '',
    participants: p.participants.map((x) => ({ name: x.name, kind: x.kind, country: x.countryIso3 })),
    objectives: p.objectives.map((o) => o.objective.number),
    mainObjective: p.objectives.find((o) => o.isMain)?.objective.number ?? null,
    guidingPrinciples: p.guidingPrinciples.map((g) => g.number).sort((a, b) => a - b),
    target: p.target,
    targetDate: p.targetDate ?? '',
  };
}

const listsParticipants = (type: PledgeType): boolean => type === 'COMMON' || type === 'PARTNERSHIP';

/**
 * The form as the API will store it (pledge-content.ts): texts trimmed, no name for a member
 * state, no countries for a global pledge, participants for COMMON and PARTNERSHIP only, a
 * matched pledge for MATCHING only, the main objective first, lists sorted.
 */
export function normalized(f: PledgeFields): PledgeFields {
  const main = f.mainObjective !== null && f.objectives.includes(f.mainObjective) ? f.mainObjective : (f.objectives[0] ?? null);
  return {
    ...f,
    title: f.title.trim(),
    description: f.description.trim(),
    pledgingEntityName: f.pledgingEntityKind === 'MEMBER_STATE' ? '' : f.pledgingEntityName.trim(),
    implementationCountries: f.isGlobal ? [] : [...f.implementationCountries].sort(),
    matchesPledge: f.type === 'MATCHING' ? f.matchesPledge.trim().toLowerCase() : '',
    externalId: f.externalId.trim(),
    participants: listsParticipants(f.type) ? f.participants.map((p) => ({ ...p, name: p.name.trim() })) : [],
    objectives: main === null ? [] : [main, ...f.objectives.filter((o) => o !== main).sort((a, b) => a - b)],
    mainObjective: main,
    guidingPrinciples: [...f.guidingPrinciples].sort((a, b) => a - b),
    target: f.target.trim(),
    targetDate: f.targetDate.trim(),
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between two versions, as the API stores them. */
export function changedFields(a: PledgeFields, b: PledgeFields): PledgeField[] {
  const na = normalized(a);
  const nb = normalized(b);
  return PLEDGE_FIELDS.filter((f) => !same(na[f], nb[f]));
}

/** What the form says is wrong with a field before it is sent; the texts come from the locale (`editor.errors.<kind>`). */
export type Problem =
  | { kind: 'required' }
  | { kind: 'tooShort'; min: number }
  | { kind: 'tooLong'; max: number }
  | { kind: 'nameForStakeholder' }
  | { kind: 'countriesOrGlobal' }
  | { kind: 'participantsRequired' }
  | { kind: 'participantCountry' }
  | { kind: 'notAnId' }
  | { kind: 'notADate' }
  | { kind: 'inFuture' }
  | { kind: 'beforeLatest'; date: string }
  | { kind: 'notAllowed'; from: PledgeStatus }
  | { kind: 'notAWebLink' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A real calendar day written YYYY-MM-DD (the API's IsCalendarDate). */
export function isCalendarDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** An http(s) address (the API's AreWebLinks). */
export function isWebLink(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

function length(value: string, min: number, max: number, required: boolean): Problem | null {
  const n = value.trim().length;
  if (n === 0) return required ? { kind: 'required' } : null;
  if (n < min) return { kind: 'tooShort', min };
  if (n > max) return { kind: 'tooLong', max };
  return null;
}

/** Participant `i`'s problems, keyed `participants.<i>.name` / `participants.<i>.country`. */
export type PledgeProblems = Partial<Record<PledgeField | `participants.${number}.${'name' | 'country'}`, Problem>>;

/** The API's rules on a pledge's fields and between them (create-pledge.input.ts, checkPledgeContent). */
export function pledgeProblems(form: PledgeFields): PledgeProblems {
  const f = normalized(form);
  const problems: PledgeProblems = {};
  const put = (field: keyof PledgeProblems, problem: Problem | null) => {
    if (problem && !problems[field]) problems[field] = problem;
  };
  put('title', length(f.title, MIN_TITLE, MAX_TITLE, true));
  put('description', length(f.description, MIN_DESCRIPTION, MAX_DESCRIPTION, true));
  put('target', length(f.target, MIN_TARGET, MAX_TARGET, true));
  if (!f.nature) put('nature', { kind: 'required' });
  if (f.pledgingEntityKind === 'MEMBER_STATE') {
    if (!f.pledgingCountry) put('pledgingCountry', { kind: 'required' });
  } else {
    put(
      'pledgingEntityName',
      f.pledgingEntityName ? length(f.pledgingEntityName, MIN_NAME, MAX_NAME, true) : { kind: 'nameForStakeholder' },
    );
  }
  // A member state's pledge with no country listed is implemented in the state itself (contentFromCreate).
  const defaultsToItself = f.pledgingEntityKind === 'MEMBER_STATE' && !!f.pledgingCountry;
  if (!f.isGlobal && f.implementationCountries.length === 0 && !defaultsToItself)
    put('implementationCountries', { kind: 'countriesOrGlobal' });
  if (f.type === 'MATCHING')
    put('matchesPledge', !f.matchesPledge ? { kind: 'required' } : UUID.test(f.matchesPledge) ? null : { kind: 'notAnId' });
  if (listsParticipants(f.type)) {
    if (f.participants.length === 0) put('participants', { kind: 'participantsRequired' });
    if (f.participants.length > MAX_PARTICIPANTS) put('participants', { kind: 'tooLong', max: MAX_PARTICIPANTS });
    f.participants.forEach((p, i) => {
      put(`participants.${i}.name`, length(p.name, MIN_NAME, MAX_NAME, true));
      if (p.kind === 'MEMBER_STATE' && !p.country) put(`participants.${i}.country`, { kind: 'participantCountry' });
    });
  }
  if (f.objectives.length === 0) put('objectives', { kind: 'required' });
  if (f.externalId.length > MAX_EXTERNAL_ID) put('externalId', { kind: 'tooLong', max: MAX_EXTERNAL_ID });
  if (f.targetDate && !isCalendarDate(f.targetDate)) put('targetDate', { kind: 'notADate' });
  return problems;
}

export type StepProblems = Partial<Record<keyof StepFields, Problem>>;

/**
 * The API's rules on a step of the history (pledge-update.input.ts, checkNextStep): a narrative,
 * a real date not in the future and not before the latest update, a status the pledge may take
 * next, web links as evidence. `current` is the pledge's status now (none for a new pledge).
 */
export function stepProblems(
  step: StepFields,
  current: { status: PledgeStatus; statusDate: string } | null,
  today = todayUtc(),
): StepProblems {
  const problems: StepProblems = {};
  const narrative = length(step.narrative, MIN_NARRATIVE, MAX_NARRATIVE, true);
  if (narrative) problems.narrative = narrative;
  const date = step.date.trim() || today;
  if (!isCalendarDate(date)) problems.date = { kind: 'notADate' };
  else if (date > today) problems.date = { kind: 'inFuture' };
  else if (current && date < current.statusDate) problems.date = { kind: 'beforeLatest', date: current.statusDate };
  if (current && !STATUS_NEXT[current.status].includes(step.status)) problems.status = { kind: 'notAllowed', from: current.status };
  if (step.evidenceLinks.some((l) => !isWebLink(l))) problems.evidenceLinks = { kind: 'notAWebLink' };
  return problems;
}

type Input = Record<string, unknown>;

/** Whether the user said anything in a new pledge's first step (then it is checked and sent; else the API's default applies). */
export const stepTouched = (step: StepFields): boolean =>
  step.narrative.trim() !== '' || step.status !== 'PLANNING' || step.date.trim() !== '' || step.evidenceLinks.length > 0;

/** The PledgeUpdateInput of a step (no date: today). */
export function stepInput(step: StepFields): Input {
  const input: Input = { status: step.status, narrative: step.narrative.trim(), evidenceLinks: step.evidenceLinks };
  if (step.date.trim()) input.date = step.date.trim();
  return input;
}

/** The CreatePledgeInput of a new pledge; `initial` is the first step of its history, sent when it says something. */
export function createInput(form: PledgeFields, initial: StepFields | null): Input {
  const f = normalized(form);
  const input: Input = {
    title: f.title,
    description: f.description,
    language: f.language,
    pledgingEntityKind: f.pledgingEntityKind,
    isGlobal: f.isGlobal,
    nature: f.nature,
    type: f.type,
    objectives: f.objectives,
    guidingPrinciples: f.guidingPrinciples,
    target: f.target,
  };
  if (f.pledgingCountry) input.pledgingCountry = f.pledgingCountry;
  if (f.pledgingEntityName) input.pledgingEntityName = f.pledgingEntityName;
  if (!f.isGlobal && f.implementationCountries.length) input.implementationCountries = f.implementationCountries;
  if (f.cycle) input.cycle = f.cycle;
  if (f.matchesPledge) input.matchesPledge = f.matchesPledge;
  if (f.externalId) input.externalId = f.externalId;
  if (f.participants.length) input.participants = f.participants.map(participantInput);
  if (f.mainObjective !== null) input.mainObjective = f.mainObjective;
  if (f.targetDate) input.targetDate = f.targetDate;
  if (initial && stepTouched(initial)) input.initialUpdate = stepInput(initial);
  return input;
}

const participantInput = (p: Participant): Input => ({ name: p.name, kind: p.kind, ...(p.country ? { country: p.country } : {}) });

/** The UpdatePledgeInput from `base` (the version read) to `form`: the changed fields only (an empty external id removes it). */
export function updateInput(base: PledgeFields, form: PledgeFields): Input {
  const f = normalized(form);
  const input: Input = {};
  for (const field of changedFields(base, form)) {
    if (field === 'participants') input.participants = f.participants.map(participantInput);
    // A cleared value is sent as null (the API clears it); a stakeholder's name is dropped by the API with the kind.
    else if (field === 'cycle' || field === 'pledgingCountry' || field === 'matchesPledge' || field === 'targetDate') {
      input[field] = f[field] || null;
    } else if (field === 'pledgingEntityName') {
      if (f.pledgingEntityName) input.pledgingEntityName = f.pledgingEntityName;
    } else input[field] = f[field];
  }
  // The main objective goes with the objectives, so the API keeps the one shown as main.
  if ('objectives' in input && f.mainObjective !== null) input.mainObjective = f.mainObjective;
  return input;
}

/** Who may change a pledge (pledges.policy.ts): the secretariat any; a focal point its own state's. */
export interface Actor {
  role: string;
  country: string | null;
}
export function mayChange(actor: Actor | null, p: { pledgingEntity: { kind: EntityKind; countryIso3: string | null } }): boolean {
  if (!actor) return false;
  if (actor.role === 'SECRETARIAT') return true;
  return (
    actor.role === 'FOCAL_POINT' &&
    p.pledgingEntity.kind === 'MEMBER_STATE' &&
    p.pledgingEntity.countryIso3 !== null &&
    p.pledgingEntity.countryIso3 === actor.country
  );
}

/** A FULFILLED pledge without a good practice yet can become one in one step. */
export const mayDraftPractice = (p: { status: PledgeStatus; goodPractice: { id: string } | null }): boolean =>
  p.status === 'FULFILLED' && p.goodPractice === null;

export type Choice = 'mine' | 'theirs';

/** A field that differs between mine and theirs after a CONFLICT, and which to keep unless the user says otherwise. */
export interface FieldConflict {
  field: PledgeField;
  changedByMe: boolean;
  changedByThem: boolean;
  proposed: Choice;
}

/**
 * The fields where mine and theirs differ. One only I changed proposes mine; one only they
 * changed proposes theirs; one both changed proposes mine (what the user typed is never
 * dropped without asking). The objectives and the main objective go together.
 */
export function conflictsOf(base: PledgeFields, mine: PledgeFields, theirs: PledgeFields): FieldConflict[] {
  const byMe = new Set(changedFields(base, mine));
  const byThem = new Set(changedFields(base, theirs));
  return changedFields(mine, theirs)
    .filter((f) => f !== 'mainObjective' || !changedFields(mine, theirs).includes('objectives'))
    .map((field) => {
      const changedByMe = byMe.has(field) || (field === 'objectives' && byMe.has('mainObjective'));
      const changedByThem = byThem.has(field) || (field === 'objectives' && byThem.has('mainObjective'));
      return { field, changedByMe, changedByThem, proposed: changedByMe ? 'mine' : 'theirs' };
    });
}

/** Theirs, with mine kept in every field the choices say (a field not chosen takes its proposal). */
export function mergeFields(
  mine: PledgeFields,
  theirs: PledgeFields,
  conflicts: readonly FieldConflict[],
  choices: Partial<Record<PledgeField, Choice>>,
): PledgeFields {
  const merged: PledgeFields = { ...theirs };
  const keep = <F extends PledgeField>(field: F) => {
    merged[field] = mine[field];
  };
  for (const c of conflicts) {
    if ((choices[c.field] ?? c.proposed) !== 'mine') continue;
    keep(c.field);
    if (c.field === 'objectives' || c.field === 'mainObjective') {
      keep('objectives');
      keep('mainObjective');
    }
  }
  return merged;
}

/** The API's field paths (`input.title`, `input.participants.0.name`, `input.initialUpdate.date`) as the form's field names. */
export function formFieldOf(path: string): string {
  return path.replace(/^input\./, '');
}
