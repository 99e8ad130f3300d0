import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildEventRows, milestoneDates, referenceEventId } from './event-reference-data.js';
import { buildReferenceRows, type ReferenceInputs, type ReferenceRows } from './reference-data.js';
import { loadReferenceInputs } from './reference-sync.js';

type Row = Record<string, unknown>;

describe("the reference file's milestones as events", () => {
  let inputs: ReferenceInputs;
  let rows: ReferenceRows;
  const eventKeyed = (key: string): Row => {
    const found = rows.event.filter((e) => e.reference_key === key);
    if (found.length !== 1) throw new Error(`expected one event ${key}, found ${found.length}`);
    return found[0];
  };
  const of = (table: Row[], eventId: unknown): Row[] => table.filter((r) => r.event_id === eventId);
  const known = (): { cycles: Set<string>; countries: Set<string> } => ({
    cycles: new Set(rows.review_cycle.map((c) => c.code as string)),
    countries: new Set(rows.country.map((c) => c.iso3 as string)),
  });
  const errorOf = (fn: () => unknown): string => {
    try {
      fn();
    } catch (err) {
      return (err as Error).message;
    }
    throw new Error('expected an error');
  };

  beforeAll(async () => {
    inputs = await loadReferenceInputs();
    rows = buildReferenceRows(inputs);
  });

  it('loads every milestone, once, each with its sources', () => {
    expect(rows.event).toHaveLength(inputs.gcm.milestones.length);
    expect(rows.event.map((e) => e.title_en).sort()).toEqual(inputs.gcm.milestones.map((m) => m.name).sort());
    expect(rows.event.filter((e) => (e.sources as string[]).length === 0)).toEqual([]);
  });

  it('files the IMRF 2022 side event: virtual, 19 May 2022, Objective 16, organised by IOM, ECA and ESCWA with Kenya, Malawi and Morocco', () => {
    const side = eventKeyed('imrf-2022-side-event-africa-arab-objective-16');
    expect(side).toMatchObject({
      kind: 'IMRF_SIDE_EVENT',
      start_date: '2022-05-19',
      end_date: '2022-05-19',
      attendance: 'VIRTUAL',
      place: null,
      title_fr: null,
      title_es: null,
      sources: ['IOM press material (seed document 000)'],
    });
    expect(of(rows.event_organiser, side.id).map((o) => [o.position, o.name, o.kind])).toEqual([
      [1, 'IOM', 'UN_ENTITY'],
      [2, 'ECA', 'UN_ENTITY'],
      [3, 'ESCWA', 'UN_ENTITY'],
    ]);
    expect(of(rows.event_objective, side.id).map((o) => o.objective_number)).toEqual([16]);
    expect(of(rows.event_review_cycle, side.id)).toEqual([{ event_id: side.id, cycle_code: 'IMRF-2022', relation: 'PART_OF' }]);
    expect(of(rows.event_participation, side.id).map((p) => [p.country_iso3, p.role, p.from_reference])).toEqual([
      ['KEN', 'CO_ORGANISER', true],
      ['MWI', 'CO_ORGANISER', true],
      ['MAR', 'CO_ORGANISER', true],
    ]);
  });

  it('files the Morocco dialogue with 16 of the then 33 champions counted, and no names', () => {
    const dialogue = eventKeyed('champions-interregional-dialogue-morocco-2023');
    expect(dialogue).toMatchObject({
      kind: 'CHAMPIONS_DIALOGUE',
      start_date: '2023-01-26',
      end_date: '2023-01-27',
      place: 'Morocco',
      counted_participants: 16,
      counted_out_of: 33,
      counted_group: 'CHAMPION_COUNTRIES',
    });
    expect(of(rows.event_participation, dialogue.id)).toEqual([]);
    expect(
      of(rows.event_review_cycle, dialogue.id)
        .map((c) => c.cycle_code)
        .sort(),
    ).toEqual(['RR2-ECA-2024', 'RR2-ESCWA-2024', 'RR2-UNECE-2024']);
  });

  it('loads as unconfirmed the milestones the file does not confirm, and as confirmed those it does', () => {
    expect(eventKeyed('imrf-2022-side-event-africa-arab-objective-16').confirmed).toBe(false);
    expect(eventKeyed('champions-interregional-dialogue-morocco-2023').confirmed).toBe(false);
    expect(eventKeyed('champions-ministerial-rabat-2022')).toMatchObject({ confirmed: true, attendance: 'HYBRID', place: 'Rabat' });
  });

  it('reads day ranges written YYYY-MM-DD/DD, and refuses days that do not exist', () => {
    expect(eventKeyed('network-annual-meeting-2022')).toMatchObject({ start_date: '2022-10-18', end_date: '2022-10-19' });
    expect(eventKeyed('champions-cross-regional-dialogue-accra-2023')).toMatchObject({ start_date: '2023-11-28', end_date: '2023-11-30' });
    expect(milestoneDates({ name: 'x', start: '2018-12-10', end: '2018-12-11' })).toEqual({ start: '2018-12-10', end: '2018-12-11' });
    expect(errorOf(() => milestoneDates({ name: 'x', date: '2023-02-30' }))).toContain('no valid date');
    expect(errorOf(() => milestoneDates({ name: 'x', date: '2023-11-28/31' }))).toContain('no valid date');
    expect(errorOf(() => milestoneDates({ name: 'x', date: '2023-11-28/27' }))).toContain('ends');
    expect(errorOf(() => milestoneDates({ name: 'x', date: '28 Nov 2023' }))).toContain('no valid date');
  });

  it('gives each event an id derived from its key, stable across loads', () => {
    const side = eventKeyed('imrf-2022-side-event-africa-arab-objective-16');
    expect(side.id).toBe(referenceEventId('imrf-2022-side-event-africa-arab-objective-16'));
    expect(side.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(rows.event.map((e) => e.id)).size).toBe(rows.event.length);
  });

  it('refuses a filing that adds countries or organisers the milestone does not list, or forgets a milestone', () => {
    const filing = structuredClone(inputs.eventFiling);
    const side = filing.events.find((f) => f.key === 'imrf-2022-side-event-africa-arab-objective-16');
    if (!side?.participation) throw new Error('the side event lists its participation');
    side.participation.push({ country: 'TUN', role: 'PARTICIPANT' });
    expect(errorOf(() => buildEventRows(inputs.gcm.milestones, filing, known()))).toContain('exactly the milestone');

    const organisers = structuredClone(inputs.eventFiling);
    const other = organisers.events.find((f) => f.key === 'imrf-2022-side-event-africa-arab-objective-16');
    if (!other?.organiserKinds) throw new Error('the side event classifies its organisers');
    other.organiserKinds.UNDP = 'UN_ENTITY';
    expect(errorOf(() => buildEventRows(inputs.gcm.milestones, organisers, known()))).toContain('organiserKinds');

    const missing = structuredClone(inputs.eventFiling);
    missing.events.pop();
    expect(errorOf(() => buildEventRows(inputs.gcm.milestones, missing, known()))).toContain('is not filed');
  });

  it('refuses an unknown kind, cycle or role', () => {
    const kind = structuredClone(inputs.eventFiling);
    kind.events[0].kind = 'PARTY';
    expect(errorOf(() => buildEventRows(inputs.gcm.milestones, kind, known()))).toContain('unknown value PARTY');
    const cycle = structuredClone(inputs.eventFiling);
    cycle.events[0].cycles = [{ code: 'IMRF-2023', relation: 'PART_OF' }];
    expect(errorOf(() => buildEventRows(inputs.gcm.milestones, cycle, known()))).toContain('unknown review cycle IMRF-2023');
  });
});
