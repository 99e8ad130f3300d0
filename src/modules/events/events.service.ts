import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../common/errors/domain-error.js';
import type { Connection } from '../../common/pagination/connection.js';
import { pageSize } from '../../common/pagination/keyset.js';
import { keysetPage, SqlParams } from '../../common/pagination/keyset-page.js';
import { CountriesService } from '../countries/countries.service.js';
import { isRegionalMemberSql, RegionsService } from '../countries/regions.service.js';
import { ReviewCyclesService } from '../review-cycles/review-cycles.service.js';
import { EventOrder, type EventsArgs } from './dto/events.args.js';
import type { EventContent } from './event-content.js';
import type { EventRow } from './events.rows.js';

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
export class EventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly countries: CountriesService,
    private readonly regions: RegionsService,
    private readonly cycles: ReviewCyclesService,
  ) {}

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
