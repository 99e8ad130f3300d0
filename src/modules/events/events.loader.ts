import type { DataSource } from 'typeorm';
import { type BatchLoad, bindLoader, groupByKeys, loadersProvider, LoaderToken, oneByKeys } from '../../graphql/loaders.js';
import type { EventCycleRow, EventOrganiserRow, EventParticipationRow, EventPledgeRow, EventRow } from './events.rows.js';
import { EVENT_SELECT, NESTED_EVENTS_MAX } from './events.service.js';

/*
 * The events feature's batched lookups: each token beside its batch function, registered at
 * startup by eventsLoaders.
 */

/** A batch function: the rows of `sql` (the keys in $1) grouped by key, each mapped. */
const grouped =
  <R, V>(sql: string, keyOf: (r: R) => string, map: (r: R) => V) =>
  (db: DataSource): BatchLoad<string, V[]> =>
  async (keys) =>
    groupByKeys(keys, await db.query<R[]>(sql, [[...keys]]), keyOf).map((l) => l.map(map));

/** A batch function: the latest NESTED_EVENTS_MAX events of each key (`matches` relates event e to key k.k), in one statement. */
const latestPer =
  <K extends string | number>(matches: string, cast: string) =>
  (db: DataSource): BatchLoad<K, EventRow[]> =>
  async (keys) => {
    const rows: (EventRow & { k: K })[] = await db.query(
      `SELECT * FROM (
         SELECT k.k, ${EVENT_SELECT}, row_number() OVER (PARTITION BY k.k ORDER BY e.start_date DESC, e.id DESC) AS n
           FROM unnest($1::${cast}) AS k(k) JOIN event e ON ${matches}
       ) ranked WHERE n <= ${NESTED_EVENTS_MAX} ORDER BY k, start_date DESC, id DESC`,
      [[...keys]],
    );
    return groupByKeys(keys, rows, (r) => (typeof keys[0] === 'number' ? (Number(r.k) as K) : (String(r.k).trim() as K)));
  };

export const EVENT_BY_ID = new LoaderToken<string, EventRow | null>('eventById');
const eventById =
  (db: DataSource): BatchLoad<string, EventRow | null> =>
  async (ids) => {
    const rows: EventRow[] = await db.query(`SELECT ${EVENT_SELECT} FROM event e WHERE e.id = ANY($1::uuid[])`, [[...ids]]);
    return oneByKeys(ids, rows, (r) => r.id);
  };

export const EVENT_ORGANISERS = new LoaderToken<string, EventOrganiserRow[]>('eventOrganisers');
const eventOrganisers = grouped(
  'SELECT event_id, name, kind, country_iso3 FROM event_organiser WHERE event_id = ANY($1::uuid[]) ORDER BY event_id, position',
  (r: EventOrganiserRow) => r.event_id,
  (r) => r,
);

export const EVENT_OBJECTIVES = new LoaderToken<string, number[]>('eventObjectives');
const eventObjectives = grouped(
  'SELECT event_id, objective_number FROM event_objective WHERE event_id = ANY($1::uuid[]) ORDER BY objective_number',
  (r: { event_id: string; objective_number: number }) => r.event_id,
  (r) => r.objective_number,
);

export const EVENT_REVIEW_CYCLES = new LoaderToken<string, EventCycleRow[]>('eventReviewCycles');
const eventReviewCycles = grouped(
  `SELECT ec.event_id, ec.cycle_code, ec.relation FROM event_review_cycle ec JOIN review_cycle rc ON rc.code = ec.cycle_code
        WHERE ec.event_id = ANY($1::uuid[]) ORDER BY rc.start_date NULLS LAST, rc.code`,
  (r: EventCycleRow) => r.event_id,
  (r) => r,
);

export const EVENT_PARTICIPATION = new LoaderToken<string, EventParticipationRow[]>('eventParticipation');
const eventParticipation = grouped(
  `SELECT p.event_id, p.country_iso3, p.role, p.from_reference, p.recorded_at FROM event_participation p JOIN country c ON c.iso3 = p.country_iso3
        WHERE p.event_id = ANY($1::uuid[])
        ORDER BY CASE p.role WHEN 'CO_ORGANISER' THEN 0 WHEN 'SPEAKER' THEN 1 ELSE 2 END, p.from_reference DESC, p.recorded_at, c.name_en`,
  (r: EventParticipationRow) => r.event_id,
  (r) => r,
);

export const EVENT_PRACTICES = new LoaderToken<string, string[]>('eventGoodPractices');
const eventPractices = grouped(
  'SELECT event_id, practice_id FROM event_good_practice WHERE event_id = ANY($1::uuid[]) ORDER BY linked_at, practice_id',
  (r: { event_id: string; practice_id: string }) => r.event_id,
  (r) => r.practice_id,
);

export const EVENT_PLEDGES = new LoaderToken<string, EventPledgeRow[]>('eventPledges');
const eventPledges = grouped(
  'SELECT event_id, pledge_id, relation FROM event_pledge WHERE event_id = ANY($1::uuid[]) ORDER BY linked_at, pledge_id',
  (r: EventPledgeRow) => r.event_id,
  (r) => r,
);

/** The events a country hosted, took part in or organised as a government, latest first. */
export const EVENTS_OF_COUNTRY = new LoaderToken<string, EventRow[]>('eventsOfCountry');
const eventsOfCountry = latestPer<string>(
  `(e.host_country_iso3 = k.k OR EXISTS (SELECT 1 FROM event_participation p WHERE p.event_id = e.id AND p.country_iso3 = k.k)
        OR EXISTS (SELECT 1 FROM event_organiser o WHERE o.event_id = e.id AND o.country_iso3 = k.k))`,
  'bpchar[]',
);

export const EVENTS_ON_OBJECTIVE = new LoaderToken<number, EventRow[]>('eventsOnObjective');
const eventsOnObjective = latestPer<number>(
  'EXISTS (SELECT 1 FROM event_objective o WHERE o.event_id = e.id AND o.objective_number = k.k)',
  'int[]',
);

export const EVENTS_OF_CYCLE = new LoaderToken<string, EventRow[]>('eventsOfReviewCycle');
const eventsOfCycle = latestPer<string>(
  'EXISTS (SELECT 1 FROM event_review_cycle c WHERE c.event_id = e.id AND c.cycle_code = k.k)',
  'text[]',
);

/** The events a good practice was shared at. */
export const EVENTS_OF_PRACTICE = new LoaderToken<string, EventRow[]>('eventsOfGoodPractice');
const eventsOfPractice = latestPer<string>(
  'EXISTS (SELECT 1 FROM event_good_practice g WHERE g.event_id = e.id AND g.practice_id = k.k)',
  'uuid[]',
);

/** The events a pledge figured at. */
export const EVENTS_OF_PLEDGE = new LoaderToken<string, EventRow[]>('eventsOfPledge');
const eventsOfPledge = latestPer<string>('EXISTS (SELECT 1 FROM event_pledge g WHERE g.event_id = e.id AND g.pledge_id = k.k)', 'uuid[]');

export const eventsLoaders = loadersProvider('events', [
  bindLoader(EVENT_BY_ID, eventById),
  bindLoader(EVENT_ORGANISERS, eventOrganisers),
  bindLoader(EVENT_OBJECTIVES, eventObjectives),
  bindLoader(EVENT_REVIEW_CYCLES, eventReviewCycles),
  bindLoader(EVENT_PARTICIPATION, eventParticipation),
  bindLoader(EVENT_PRACTICES, eventPractices),
  bindLoader(EVENT_PLEDGES, eventPledges),
  bindLoader(EVENTS_OF_COUNTRY, eventsOfCountry),
  bindLoader(EVENTS_ON_OBJECTIVE, eventsOnObjective),
  bindLoader(EVENTS_OF_CYCLE, eventsOfCycle),
  bindLoader(EVENTS_OF_PRACTICE, eventsOfPractice),
  bindLoader(EVENTS_OF_PLEDGE, eventsOfPledge),
]);
