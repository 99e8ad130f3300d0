import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { UpdateEventInput } from './dto/update-event.input.js';
import { CreateEventInput } from './dto/create-event.input.js';
import { checkEventContent, type EventContent, eventFromCreate, eventWithChanges } from './event-content.js';
import { CountedGroup, EventAttendance, EventCycleRelation, EventKind, OrganiserKind } from './event.enums.js';

const create = (plain: Record<string, unknown>): CreateEventInput => plainToInstance(CreateEventInput, plain);
const update = (plain: Record<string, unknown>): UpdateEventInput => plainToInstance(UpdateEventInput, plain);

const dialogue = {
  kind: EventKind.CHAMPIONS_DIALOGUE,
  title: { en: ' Champions dialogue ', fr: '  ', es: 'Diálogo de campeones' },
  startDate: '2026-03-10',
  attendance: EventAttendance.HYBRID,
  place: ' Nairobi ',
  hostCountry: 'ken',
  organisers: [{ name: ' IOM ', kind: OrganiserKind.UN_ENTITY }],
  objectives: [6, 5],
  reviewCycles: [{ code: 'IMRF-2026', relation: EventCycleRelation.PREPARES_FOR }],
  sources: [' https://example.org/a '],
  confirmed: true,
};
const stored = eventFromCreate(create(dialogue));

describe('the content of a new event', () => {
  it('trims texts, counts blank titles as unknown, sorts objectives, ends a one-day event on its first day', () => {
    expect(stored).toEqual({
      kind: EventKind.CHAMPIONS_DIALOGUE,
      titleEn: 'Champions dialogue',
      titleFr: null,
      titleEs: 'Diálogo de campeones',
      startDate: '2026-03-10',
      endDate: '2026-03-10',
      attendance: EventAttendance.HYBRID,
      place: 'Nairobi',
      hostCountryIso3: 'KEN',
      summary: null,
      note: null,
      organisers: [{ name: 'IOM', kind: OrganiserKind.UN_ENTITY, countryIso3: null }],
      objectives: [5, 6],
      reviewCycles: [{ code: 'IMRF-2026', relation: EventCycleRelation.PREPARES_FOR }],
      outcomeLinks: [],
      sources: ['https://example.org/a'],
      confirmed: true,
      countedParticipation: null,
    } satisfies EventContent);
    expect(checkEventContent(stored, 'input')).toEqual([]);
  });
});

describe('an event with changes', () => {
  it('keeps what the update leaves out and clears what it sets to null', () => {
    expect(eventWithChanges(stored, update({}))).toEqual(stored);
    expect(eventWithChanges(stored, update({ place: null, hostCountry: null, summary: 'Met.' }))).toMatchObject({
      place: null,
      hostCountryIso3: null,
      summary: 'Met.',
    });
  });

  it('moves a one-day event as a whole, and keeps the end of a longer one', () => {
    expect(eventWithChanges(stored, update({ startDate: '2026-04-01' }))).toMatchObject({ startDate: '2026-04-01', endDate: '2026-04-01' });
    const longer = { ...stored, endDate: '2026-03-12' };
    expect(eventWithChanges(longer, update({ startDate: '2026-03-11' }))).toMatchObject({ startDate: '2026-03-11', endDate: '2026-03-12' });
    expect(eventWithChanges(longer, update({ endDate: null }))).toMatchObject({ endDate: '2026-03-10' });
  });
});

describe('the rules that tie an event’s fields together', () => {
  const errorsOf = (changes: Partial<EventContent>): string[] =>
    checkEventContent({ ...stored, ...changes }, 'input').map((e) => `${e.field}: ${e.messages.join('; ')}`);

  it('refuses an end before the start', () => {
    expect(errorsOf({ endDate: '2026-03-09' })).toEqual(['input.endDate: the event cannot end (2026-03-09) before it starts (2026-03-10)']);
  });

  it('gives a virtual event no place and no host country', () => {
    expect(errorsOf({ attendance: EventAttendance.VIRTUAL })).toEqual([
      'input.place: a VIRTUAL event has no place',
      'input.hostCountry: a VIRTUAL event has no host country',
    ]);
    expect(errorsOf({ attendance: EventAttendance.VIRTUAL, place: null, hostCountryIso3: null })).toEqual([]);
  });

  it('ties a country to GOVERNMENT organisers only, and lists each organiser and cycle once', () => {
    expect(
      errorsOf({
        organisers: [
          { name: 'Kenya', kind: OrganiserKind.GOVERNMENT, countryIso3: null },
          { name: 'IOM', kind: OrganiserKind.UN_ENTITY, countryIso3: 'CHE' },
          { name: 'iom', kind: OrganiserKind.UN_ENTITY, countryIso3: null },
        ],
        reviewCycles: [
          { code: 'IMRF-2026', relation: EventCycleRelation.PART_OF },
          { code: 'IMRF-2026', relation: EventCycleRelation.PREPARES_FOR },
        ],
      }),
    ).toEqual([
      'input.organisers.0.country: a GOVERNMENT organiser names its country',
      'input.organisers.1.country: only a GOVERNMENT organiser has a country',
      'input.organisers: an organiser is listed twice',
      'input.reviewCycles: a review cycle is listed twice',
    ]);
  });

  it('counts no more participants than there were', () => {
    expect(errorsOf({ countedParticipation: { count: 16, outOf: 33, group: CountedGroup.CHAMPION_COUNTRIES } })).toEqual([]);
    expect(errorsOf({ countedParticipation: { count: 16, outOf: null, group: CountedGroup.CHAMPION_COUNTRIES } })).toEqual([]);
    expect(errorsOf({ countedParticipation: { count: 34, outOf: 33, group: CountedGroup.CHAMPION_COUNTRIES } })).toEqual([
      'input.countedParticipation.outOf: outOf (33) cannot be less than count (34)',
    ]);
  });
});
