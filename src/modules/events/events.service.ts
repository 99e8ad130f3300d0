import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../common/errors/domain-error.js';
import type { Connection } from '../../common/pagination/connection.js';
import { pageSize } from '../../common/pagination/keyset.js';
import { keysetPage, SqlParams } from '../../common/pagination/keyset-page.js';
import { groupByKeys, LoaderRegistry, LoaderToken, oneByKeys } from '../../graphql/loaders.js';
import { CountriesService } from '../countries/countries.service.js';
import { isRegionalMemberSql, RegionsService } from '../countries/regions.service.js';
import { ReviewCyclesService } from '../review-cycles/review-cycles.service.js';
import { EventOrder, type EventsArgs } from './dto/events.args.js';
import type { EventContent } from './event-content.js';
import type { EventCycleRow, EventOrganiserRow, EventParticipationRow, EventPledgeRow, EventRow } from './events.rows.js';

export const EVENT_BY_ID = new LoaderToken<string, EventRow | null>('eventById');
export const EVENT_ORGANISERS = new LoaderToken<string, EventOrganiserRow[]>('eventOrganisers');
export const EVENT_OBJECTIVES = new LoaderToken<string, number[]>('eventObjectives');
export const EVENT_REVIEW_CYCLES = new LoaderToken<string, EventCycleRow[]>('eventReviewCycles');
export const EVENT_PARTICIPATION = new LoaderToken<string, EventParticipationRow[]>('eventParticipation');
export const EVENT_PRACTICES = new LoaderToken<string, string[]>('eventGoodPractices');
export const EVENT_PLEDGES = new LoaderToken<string, EventPledgeRow[]>('eventPledges');
/** The events a country hosted, took part in or organised as a government, latest first. */
export const EVENTS_OF_COUNTRY = new LoaderToken<string, EventRow[]>('eventsOfCountry');
export const EVENTS_ON_OBJECTIVE = new LoaderToken<number, EventRow[]>('eventsOnObjective');
export const EVENTS_OF_CYCLE = new LoaderToken<string, EventRow[]>('eventsOfReviewCycle');
/** The events a good practice was shared at / a pledge figured at. */
export const EVENTS_OF_PRACTICE = new LoaderToken<string, EventRow[]>('eventsOfGoodPractice');
export const EVENTS_OF_PLEDGE = new LoaderToken<string, EventRow[]>('eventsOfPledge');

/** How many events a nested list (Country.events, Objective.events...) gives at most: the latest ones. */
export const NESTED_EVENTS_MAX = 100;

export const EVENT_SELECT = `e.id, e.reference_key, e.kind, e.title_en, e.title_fr, e.title_es, e.start_date::text AS start_date,
  e.end_date::text AS end_date, e.attendance, e.place, e.host_country_iso3, e.summary, e.note, e.outcome_links, e.sources, e.confirmed,
  e.counted_participants, e.counted_out_of, e.counted_group, e.created_at, e.updated_at, e.version`;

/** `needle` for ILIKE, its wildcards taken literally. */
const likePattern = (needle: string): string => `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Reading events. Events are public facts of the GCM calendar: everyone sees every event
 * (unconfirmed ones flagged), its organisers and participation; linked practices are shown
 * as the practices feature allows.
 */
@Injectable()
export class EventsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly countries: CountriesService,
    private readonly regions: RegionsService,
    private readonly cycles: ReviewCyclesService,
  ) {}

  onModuleInit(): void {
    const grouped = <R, V>(token: LoaderToken<string, V[]>, sql: string, keyOf: (r: R) => string, map: (r: R) => V): void => {
      this.loaders.register(token, async (keys) =>
        groupByKeys(keys, await this.db.query<R[]>(sql, [[...keys]]), keyOf).map((l) => l.map(map)),
      );
    };
    this.loaders.register(EVENT_BY_ID, async (ids) => {
      const rows: EventRow[] = await this.db.query(`SELECT ${EVENT_SELECT} FROM event e WHERE e.id = ANY($1::uuid[])`, [[...ids]]);
      return oneByKeys(ids, rows, (r) => r.id);
    });
    grouped(
      EVENT_ORGANISERS,
      'SELECT event_id, name, kind, country_iso3 FROM event_organiser WHERE event_id = ANY($1::uuid[]) ORDER BY event_id, position',
      (r: EventOrganiserRow) => r.event_id,
      (r) => r,
    );
    grouped(
      EVENT_OBJECTIVES,
      'SELECT event_id, objective_number FROM event_objective WHERE event_id = ANY($1::uuid[]) ORDER BY objective_number',
      (r: { event_id: string; objective_number: number }) => r.event_id,
      (r) => r.objective_number,
    );
    grouped(
      EVENT_REVIEW_CYCLES,
      `SELECT ec.event_id, ec.cycle_code, ec.relation FROM event_review_cycle ec JOIN review_cycle rc ON rc.code = ec.cycle_code
        WHERE ec.event_id = ANY($1::uuid[]) ORDER BY rc.start_date NULLS LAST, rc.code`,
      (r: EventCycleRow) => r.event_id,
      (r) => r,
    );
    grouped(
      EVENT_PARTICIPATION,
      `SELECT p.event_id, p.country_iso3, p.role, p.from_reference, p.recorded_at FROM event_participation p JOIN country c ON c.iso3 = p.country_iso3
        WHERE p.event_id = ANY($1::uuid[])
        ORDER BY CASE p.role WHEN 'CO_ORGANISER' THEN 0 WHEN 'SPEAKER' THEN 1 ELSE 2 END, p.from_reference DESC, p.recorded_at, c.name_en`,
      (r: EventParticipationRow) => r.event_id,
      (r) => r,
    );
    grouped(
      EVENT_PRACTICES,
      'SELECT event_id, practice_id FROM event_good_practice WHERE event_id = ANY($1::uuid[]) ORDER BY linked_at, practice_id',
      (r: { event_id: string; practice_id: string }) => r.event_id,
      (r) => r.practice_id,
    );
    grouped(
      EVENT_PLEDGES,
      'SELECT event_id, pledge_id, relation FROM event_pledge WHERE event_id = ANY($1::uuid[]) ORDER BY linked_at, pledge_id',
      (r: EventPledgeRow) => r.event_id,
      (r) => r,
    );
    const latestPer = <K extends string | number>(token: LoaderToken<K, EventRow[]>, matches: string, cast: string): void => {
      // The latest NESTED_EVENTS_MAX events of each key, in one statement.
      this.loaders.register(token, async (keys) => {
        const rows: (EventRow & { k: K })[] = await this.db.query(
          `SELECT * FROM (
             SELECT k.k, ${EVENT_SELECT}, row_number() OVER (PARTITION BY k.k ORDER BY e.start_date DESC, e.id DESC) AS n
               FROM unnest($1::${cast}) AS k(k) JOIN event e ON ${matches}
           ) ranked WHERE n <= ${NESTED_EVENTS_MAX} ORDER BY k, start_date DESC, id DESC`,
          [[...keys]],
        );
        return groupByKeys(keys, rows, (r) => (typeof keys[0] === 'number' ? (Number(r.k) as K) : (String(r.k).trim() as K)));
      });
    };
    latestPer(
      EVENTS_OF_COUNTRY,
      `(e.host_country_iso3 = k.k OR EXISTS (SELECT 1 FROM event_participation p WHERE p.event_id = e.id AND p.country_iso3 = k.k)
        OR EXISTS (SELECT 1 FROM event_organiser o WHERE o.event_id = e.id AND o.country_iso3 = k.k))`,
      'bpchar[]',
    );
    latestPer(
      EVENTS_ON_OBJECTIVE,
      'EXISTS (SELECT 1 FROM event_objective o WHERE o.event_id = e.id AND o.objective_number = k.k)',
      'int[]',
    );
    latestPer(EVENTS_OF_CYCLE, 'EXISTS (SELECT 1 FROM event_review_cycle c WHERE c.event_id = e.id AND c.cycle_code = k.k)', 'text[]');
    latestPer(EVENTS_OF_PRACTICE, 'EXISTS (SELECT 1 FROM event_good_practice g WHERE g.event_id = e.id AND g.practice_id = k.k)', 'uuid[]');
    latestPer(EVENTS_OF_PLEDGE, 'EXISTS (SELECT 1 FROM event_pledge g WHERE g.event_id = e.id AND g.pledge_id = k.k)', 'uuid[]');
  }

  async findOne(id: string, manager: EntityManager = this.db.manager): Promise<EventRow> {
    const [row] = await manager.query<EventRow[]>(`SELECT ${EVENT_SELECT} FROM event e WHERE e.id = $1`, [id]);
    if (!row) throw new NotFoundError('Event', id);
    return row;
  }

  /** Everything an event says, for edits and the audit trail, read with the caller's manager. */
  async loadContent(manager: EntityManager, id: string): Promise<EventContent> {
    const [e] = await manager.query<Record<string, unknown>[]>(
      `SELECT e.*, e.start_date::text AS start_text, e.end_date::text AS end_text,
              coalesce((SELECT json_agg(json_build_object('name', o.name, 'kind', o.kind, 'countryIso3', o.country_iso3) ORDER BY o.position)
                          FROM event_organiser o WHERE o.event_id = e.id), '[]') AS organisers,
              ARRAY(SELECT objective_number FROM event_objective o WHERE o.event_id = e.id ORDER BY 1) AS objectives,
              coalesce((SELECT json_agg(json_build_object('code', c.cycle_code, 'relation', c.relation) ORDER BY c.cycle_code)
                          FROM event_review_cycle c WHERE c.event_id = e.id), '[]') AS cycles
         FROM event e WHERE e.id = $1`,
      [id],
    );
    if (!e) throw new NotFoundError('Event', id);
    const counted = e.counted_participants as number | null;
    return {
      kind: e.kind as EventContent['kind'],
      titleEn: e.title_en as string,
      titleFr: e.title_fr as string | null,
      titleEs: e.title_es as string | null,
      startDate: e.start_text as string,
      endDate: e.end_text as string,
      attendance: e.attendance as EventContent['attendance'],
      place: e.place as string | null,
      hostCountryIso3: (e.host_country_iso3 as string | null)?.trim() ?? null,
      summary: e.summary as string | null,
      note: e.note as string | null,
      organisers: (e.organisers as EventContent['organisers']).map((o) => ({ ...o, countryIso3: o.countryIso3?.trim() ?? null })),
      objectives: e.objectives as number[],
      reviewCycles: e.cycles as EventContent['reviewCycles'],
      outcomeLinks: e.outcome_links as string[],
      sources: e.sources as string[],
      confirmed: e.confirmed as boolean,
      countedParticipation:
        counted === null
          ? null
          : {
              count: counted,
              outOf: e.counted_out_of as number | null,
              group: e.counted_group as NonNullable<EventContent['countedParticipation']>['group'],
            },
    };
  }

  async findPage(args: EventsArgs, withTotal = true): Promise<Connection<EventRow>> {
    const params = new SqlParams();
    const f = args.filter ?? {};
    const where: string[] = [];
    if (f.from && f.to && f.to < f.from) {
      throw new BadUserInputError('The period ends before it starts', [
        { field: 'filter.to', messages: [`to (${f.to}) is before from (${f.from})`] },
      ]);
    }
    if (f.country) {
      const iso3 = f.country.toUpperCase();
      if (!(await this.countries.known([iso3])).has(iso3)) {
        throw new BadUserInputError(`Unknown country ${iso3}`, [{ field: 'filter.country', messages: [`unknown country ${iso3}`] }]);
      }
      const c = params.add(iso3);
      where.push(`(e.host_country_iso3 = ${c} OR EXISTS (SELECT 1 FROM event_participation p WHERE p.event_id = e.id AND p.country_iso3 = ${c})
        OR EXISTS (SELECT 1 FROM event_organiser o WHERE o.event_id = e.id AND o.country_iso3 = ${c}))`);
    }
    if (f.region) {
      await this.regions.assertRegion(f.region, undefined, 'filter');
      const r = params.add(f.region);
      where.push(`(${isRegionalMemberSql('e.host_country_iso3', r)}
        OR EXISTS (SELECT 1 FROM event_participation p WHERE p.event_id = e.id AND ${isRegionalMemberSql('p.country_iso3', r)})
        OR EXISTS (SELECT 1 FROM event_review_cycle ec JOIN review_cycle rc ON rc.code = ec.cycle_code WHERE ec.event_id = e.id AND rc.region_code = ${r}))`);
    }
    if (f.cycle) {
      await this.cycles.assertExists(f.cycle, 'filter.cycle');
      where.push(`EXISTS (SELECT 1 FROM event_review_cycle ec WHERE ec.event_id = e.id AND ec.cycle_code = ${params.add(f.cycle)})`);
    }
    if (f.kind) where.push(`e.kind = ${params.add(f.kind)}`);
    if (f.objective)
      where.push(`EXISTS (SELECT 1 FROM event_objective o WHERE o.event_id = e.id AND o.objective_number = ${params.add(f.objective)})`);
    if (f.from) where.push(`e.end_date >= ${params.add(f.from)}::date`);
    if (f.to) where.push(`e.start_date <= ${params.add(f.to)}::date`);
    if (f.search) {
      const q = params.add(likePattern(f.search.trim()));
      where.push(`(concat_ws(' ', e.title_en, e.title_fr, e.title_es, e.summary, e.place) ILIKE ${q}
        OR EXISTS (SELECT 1 FROM event_organiser o WHERE o.event_id = e.id AND o.name ILIKE ${q}))`);
    }
    return keysetPage<EventRow>(this.db.manager, {
      select: EVENT_SELECT,
      from: 'event e',
      where,
      sort: { key: 'e.start_date', type: 'date', dir: args.orderBy === EventOrder.LATEST_FIRST ? 'DESC' : 'ASC' },
      size: pageSize(args),
      after: args.after,
      params,
      withTotal,
    });
  }

  /** The events a country hosted, took part in or organised as a government, latest first: for the scorecard. */
  findOfCountry(iso3: string): Promise<EventRow[]> {
    return this.db.query(
      `SELECT ${EVENT_SELECT} FROM event e
        WHERE e.host_country_iso3 = $1
           OR EXISTS (SELECT 1 FROM event_participation p WHERE p.event_id = e.id AND p.country_iso3 = $1)
           OR EXISTS (SELECT 1 FROM event_organiser o WHERE o.event_id = e.id AND o.country_iso3 = $1)
        ORDER BY e.start_date DESC, e.id DESC LIMIT ${NESTED_EVENTS_MAX}`,
      [iso3],
    );
  }
}
