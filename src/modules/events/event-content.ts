import type { FieldError } from '../../common/errors/domain-error.js';
import type { UpdateEventInput } from './dto/update-event.input.js';
import type { CreateEventInput } from './dto/create-event.input.js';
import { type CountedGroup, EventAttendance, type EventCycleRelation, type EventKind, OrganiserKind } from './event.enums.js';

/** Everything an event says, as stored: texts trimmed, blanks as null, codes upper-case. */
export interface EventContent {
  kind: EventKind;
  titleEn: string;
  titleFr: string | null;
  titleEs: string | null;
  startDate: string;
  endDate: string;
  attendance: EventAttendance | null;
  place: string | null;
  hostCountryIso3: string | null;
  summary: string | null;
  note: string | null;
  organisers: { name: string; kind: OrganiserKind; countryIso3: string | null }[];
  objectives: number[];
  reviewCycles: { code: string; relation: EventCycleRelation }[];
  outcomeLinks: string[];
  sources: string[];
  confirmed: boolean;
  countedParticipation: { count: number; outOf: number | null; group: CountedGroup } | null;
}

/** The fields the audit trail compares. */
export const AUDITED_EVENT_FIELDS = [
  'kind',
  'titleEn',
  'titleFr',
  'titleEs',
  'startDate',
  'endDate',
  'attendance',
  'place',
  'hostCountryIso3',
  'summary',
  'note',
  'organisers',
  'objectives',
  'reviewCycles',
  'outcomeLinks',
  'sources',
  'confirmed',
  'countedParticipation',
] as const satisfies readonly (keyof EventContent)[];

const text = (v: string | null | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

const organisersOf = (list: CreateEventInput['organisers']): EventContent['organisers'] =>
  (list ?? []).map((o) => ({ name: o.name.trim(), kind: o.kind, countryIso3: o.country ? o.country.toUpperCase() : null }));

const countedOf = (c: CreateEventInput['countedParticipation']): EventContent['countedParticipation'] =>
  c ? { count: c.count, outOf: c.outOf ?? null, group: c.group } : null;

export function eventFromCreate(input: CreateEventInput): EventContent {
  return {
    kind: input.kind,
    titleEn: input.title.en.trim(),
    titleFr: text(input.title.fr),
    titleEs: text(input.title.es),
    startDate: input.startDate,
    endDate: input.endDate ?? input.startDate,
    attendance: input.attendance ?? null,
    place: text(input.place),
    hostCountryIso3: input.hostCountry ? input.hostCountry.toUpperCase() : null,
    summary: text(input.summary),
    note: text(input.note),
    organisers: organisersOf(input.organisers),
    objectives: [...(input.objectives ?? [])].sort((a, b) => a - b),
    reviewCycles: (input.reviewCycles ?? []).map((c) => ({ code: c.code, relation: c.relation })),
    outcomeLinks: input.outcomeLinks ?? [],
    sources: input.sources.map((s) => s.trim()),
    confirmed: input.confirmed,
    countedParticipation: countedOf(input.countedParticipation),
  };
}

/** The stored event with an update applied: what the update leaves out is kept; null clears. */
export function eventWithChanges(stored: EventContent, u: UpdateEventInput): EventContent {
  const has = (k: keyof UpdateEventInput): boolean => Object.prototype.hasOwnProperty.call(u, k) && u[k] !== undefined;
  const startDate = u.startDate ?? stored.startDate;
  return {
    kind: u.kind ?? stored.kind,
    titleEn: u.title ? u.title.en.trim() : stored.titleEn,
    titleFr: u.title ? text(u.title.fr) : stored.titleFr,
    titleEs: u.title ? text(u.title.es) : stored.titleEs,
    startDate,
    // A one-day event moved to another day stays a one-day event unless an end is given.
    endDate: has('endDate') ? (u.endDate ?? startDate) : stored.endDate === stored.startDate ? startDate : stored.endDate,
    attendance: has('attendance') ? (u.attendance ?? null) : stored.attendance,
    place: has('place') ? text(u.place) : stored.place,
    hostCountryIso3: has('hostCountry') ? (u.hostCountry ? u.hostCountry.toUpperCase() : null) : stored.hostCountryIso3,
    summary: has('summary') ? text(u.summary) : stored.summary,
    note: has('note') ? text(u.note) : stored.note,
    organisers: u.organisers ? organisersOf(u.organisers) : stored.organisers,
    objectives: u.objectives ? [...u.objectives].sort((a, b) => a - b) : stored.objectives,
    reviewCycles: u.reviewCycles ? u.reviewCycles.map((c) => ({ code: c.code, relation: c.relation })) : stored.reviewCycles,
    outcomeLinks: u.outcomeLinks ?? stored.outcomeLinks,
    sources: u.sources ? u.sources.map((s) => s.trim()) : stored.sources,
    confirmed: u.confirmed ?? stored.confirmed,
    countedParticipation: has('countedParticipation') ? countedOf(u.countedParticipation) : stored.countedParticipation,
  };
}

/** The rules that tie an event's fields together; each problem names its field under `prefix`. */
export function checkEventContent(c: EventContent, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  const at = (field: string, message: string): void => {
    errors.push({ field: `${prefix}.${field}`, messages: [message] });
  };
  if (c.endDate < c.startDate) at('endDate', `the event cannot end (${c.endDate}) before it starts (${c.startDate})`);
  if (c.attendance === EventAttendance.VIRTUAL && c.place !== null) at('place', 'a VIRTUAL event has no place');
  if (c.attendance === EventAttendance.VIRTUAL && c.hostCountryIso3 !== null) at('hostCountry', 'a VIRTUAL event has no host country');
  c.organisers.forEach((o, i) => {
    if (o.kind === OrganiserKind.GOVERNMENT && !o.countryIso3) at(`organisers.${i}.country`, 'a GOVERNMENT organiser names its country');
    if (o.kind !== OrganiserKind.GOVERNMENT && o.countryIso3) at(`organisers.${i}.country`, `only a GOVERNMENT organiser has a country`);
  });
  const names = c.organisers.map((o) => o.name.toLowerCase());
  if (new Set(names).size !== names.length) at('organisers', 'an organiser is listed twice');
  const codes = c.reviewCycles.map((r) => r.code);
  if (new Set(codes).size !== codes.length) at('reviewCycles', 'a review cycle is listed twice');
  const counted = c.countedParticipation;
  if (counted && counted.outOf !== null && counted.outOf < counted.count) {
    at('countedParticipation.outOf', `outOf (${counted.outOf}) cannot be less than count (${counted.count})`);
  }
  return errors;
}
