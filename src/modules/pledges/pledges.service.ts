import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../common/errors/domain-error.js';
import type { Connection } from '../../common/pagination/connection.js';
import { pageSize } from '../../common/pagination/keyset.js';
import { keysetPage, type KeysetSort, SqlParams } from '../../common/pagination/keyset-page.js';
import { textSearchSql } from '../../common/search/text-search.js';
import { isRegionalMemberSql, RegionsService } from '../countries/regions.service.js';
import { ReviewCyclesService } from '../review-cycles/review-cycles.service.js';
import type { PledgesArgs } from './dto/pledges.args.js';
import type { PledgeRow, PledgeStepRow } from './pledges.rows.js';
import type { PledgeContent, PledgeParticipant } from './pledge-content.js';
import { PledgeOrder, type PledgingEntityKind } from './pledge.enums.js';

/** The columns of a pledge row, with what is derived: champion, overdue, dates as text. */
export const PLEDGE_SELECT = `p.id, p.title, p.description, p.language, p.pledging_entity_kind, p.pledging_country_iso3, p.pledging_entity_name,
  (p.pledging_entity_kind = 'MEMBER_STATE' AND ch.country_iso3 IS NOT NULL) AS by_champion,
  p.is_global, p.cycle_code, p.nature, p.type, p.matches_pledge_id, p.external_id, p.target, p.target_date::text AS target_date,
  p.status, p.status_date::text AS status_date,
  (p.target_date IS NOT NULL AND p.target_date < current_date AND p.status IN ('PLANNING', 'IN_PROGRESS')) AS is_overdue,
  p.created_at, p.updated_at, p.version`;
export const PLEDGE_FROM = `pledge p LEFT JOIN champion_country ch ON ch.country_iso3 = p.pledging_country_iso3`;

/** How each order sorts (RELEVANCE's key is the search rank). */
const ORDERS: Record<PledgeOrder, KeysetSort> = {
  [PledgeOrder.NEWEST]: { key: 'p.created_at', type: 'timestamptz', dir: 'DESC' },
  [PledgeOrder.TITLE]: { key: 'p.title', type: 'text', dir: 'ASC' },
  [PledgeOrder.TARGET_DATE]: { key: "coalesce(p.target_date, 'infinity'::date)", type: 'date', dir: 'ASC' },
  [PledgeOrder.RELEVANCE]: { key: '', type: 'real', dir: 'DESC' },
};

/** Reading pledges: filtered pages and single pledges (the loaders nested fields use are in pledges.loader.ts). */
@Injectable()
export class PledgesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly regions: RegionsService,
    private readonly cycles: ReviewCyclesService,
  ) {}

  /**
   * Member states' pledges of `states` not fulfilled nor withdrawn whose target date passed
   * (before `today`, on or after `since`), oldest target first, at most `limit` (the reminders).
   */
  overdueOfStates(
    m: EntityManager,
    states: readonly string[],
    today: string,
    since: string,
    limit: number,
  ): Promise<{ id: string; title: string; pledging_country_iso3: string; target_date: string }[]> {
    if (states.length === 0) return Promise.resolve([]);
    return m.query(
      `SELECT p.id, p.title, p.pledging_country_iso3, p.target_date::text AS target_date FROM pledge p
        WHERE p.pledging_entity_kind = 'MEMBER_STATE' AND p.pledging_country_iso3 = ANY($1::text[])
          AND p.status IN ('PLANNING', 'IN_PROGRESS') AND p.target_date < $2::date AND p.target_date >= $3::date
        ORDER BY p.target_date, p.id LIMIT $4`,
      [states, today, since, limit],
    );
  }

  async findOne(id: string, manager: EntityManager = this.db.manager): Promise<PledgeRow> {
    const [row] = await this.findRows([id], manager);
    if (!row) throw new NotFoundError('Pledge', id);
    return row;
  }

  private findRows(ids: string[], manager: EntityManager = this.db.manager): Promise<PledgeRow[]> {
    return manager.query(`SELECT ${PLEDGE_SELECT} FROM ${PLEDGE_FROM} WHERE p.id = ANY($1::uuid[])`, [ids]);
  }

  /** A member state's own pledges, latest status change first (for scorecards). */
  findOfState(iso3: string): Promise<PledgeRow[]> {
    return this.db.query(
      `SELECT ${PLEDGE_SELECT} FROM ${PLEDGE_FROM} WHERE p.pledging_entity_kind = 'MEMBER_STATE' AND p.pledging_country_iso3 = $1 ORDER BY p.status_date DESC, p.created_at DESC, p.id`,
      [iso3],
    );
  }

  /** Of these pledge ids, those that are the country's: made by it or implemented in it. */
  async idsBelongingTo(manager: EntityManager, country: string, ids: readonly string[]): Promise<Set<string>> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT p.id::text AS id FROM pledge p WHERE p.id = ANY($1::uuid[])
          AND (p.pledging_country_iso3 = $2 OR EXISTS (SELECT 1 FROM pledge_implementation_country ic WHERE ic.pledge_id = p.id AND ic.country_iso3 = $2))`,
      [ids, country],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** A pledge's dated steps, oldest first, read with the caller's manager. */
  stepsOf(manager: EntityManager, pledgeId: string): Promise<PledgeStepRow[]> {
    return manager.query<PledgeStepRow[]>(
      `SELECT status, occurred_on::text AS occurred_on, narrative, evidence_links FROM pledge_update WHERE pledge_id = $1 ORDER BY occurred_on, recorded_at, id`,
      [pledgeId],
    );
  }

  /** Everything a pledge says (for edits, audit and drafting a practice), read with the caller's manager. */
  async loadContent(manager: EntityManager, id: string): Promise<PledgeContent> {
    const [p] = await manager.query<Record<string, unknown>[]>(
      `SELECT p.*, p.target_date::text AS target_date,
              ARRAY(SELECT objective_number FROM pledge_objective o WHERE o.pledge_id = p.id ORDER BY o.is_main DESC, o.objective_number) AS objectives,
              (SELECT objective_number FROM pledge_objective o WHERE o.pledge_id = p.id AND o.is_main) AS main_objective,
              ARRAY(SELECT principle_number FROM pledge_guiding_principle g WHERE g.pledge_id = p.id ORDER BY 1) AS principles,
              ARRAY(SELECT country_iso3::text FROM pledge_implementation_country c WHERE c.pledge_id = p.id ORDER BY 1) AS countries,
              coalesce((SELECT json_agg(json_build_object('name', name, 'kind', kind, 'countryIso3', country_iso3) ORDER BY position)
                          FROM pledge_participant pp WHERE pp.pledge_id = p.id), '[]') AS participants
         FROM pledge p WHERE p.id = $1`,
      [id],
    );
    if (!p) throw new NotFoundError('Pledge', id);
    return {
      title: p.title as string,
      description: p.description as string,
      language: p.language as PledgeContent['language'],
      pledgingEntityKind: p.pledging_entity_kind as PledgingEntityKind,
      pledgingCountryIso3: p.pledging_country_iso3 as string | null,
      pledgingEntityName: p.pledging_entity_name as string | null,
      isGlobal: p.is_global as boolean,
      implementationCountries: p.countries as string[],
      cycleCode: p.cycle_code as string | null,
      nature: p.nature as PledgeContent['nature'],
      type: p.type as PledgeContent['type'],
      matchesPledgeId: p.matches_pledge_id as string | null,
      externalId: p.external_id as string | null,
      participants: p.participants as PledgeParticipant[],
      objectives: p.objectives as number[],
      mainObjective: p.main_objective as number,
      guidingPrinciples: p.principles as number[],
      target: p.target as string,
      targetDate: p.target_date as string | null,
    };
  }

  /** One page of pledges and the total matching the filter, in one statement. */
  async findPage(args: PledgesArgs, withTotal = true): Promise<Connection<PledgeRow>> {
    const params = new SqlParams();
    const f = args.filter ?? {};
    const where: string[] = [];
    if (f.country) where.push(`p.pledging_country_iso3 = ${params.add(f.country.toUpperCase())}`);
    if (f.implementedIn) {
      where.push(
        `EXISTS (SELECT 1 FROM pledge_implementation_country ic WHERE ic.pledge_id = p.id AND ic.country_iso3 = ${params.add(f.implementedIn.toUpperCase())})`,
      );
    }
    if (f.region) {
      await this.regions.assertRegion(f.region, f.scheme, 'filter');
      where.push(isRegionalMemberSql('p.pledging_country_iso3', params.add(f.region)));
    }
    if (f.objective)
      where.push(`EXISTS (SELECT 1 FROM pledge_objective o WHERE o.pledge_id = p.id AND o.objective_number = ${params.add(f.objective)})`);
    if (f.cycle) {
      await this.cycles.assertExists(f.cycle, 'filter.cycle');
      where.push(`p.cycle_code = ${params.add(f.cycle)}`);
    }
    if (f.status) where.push(`p.status = ${params.add(f.status)}`);
    if (f.nature) where.push(`p.nature = ${params.add(f.nature)}`);
    if (f.type) where.push(`p.type = ${params.add(f.type)}`);
    if (f.pledgingEntityKind) where.push(`p.pledging_entity_kind = ${params.add(f.pledgingEntityKind)}`);
    if (f.championOnly) where.push(`p.pledging_entity_kind = 'MEMBER_STATE' AND ch.country_iso3 IS NOT NULL`);
    if (f.overdueOnly) where.push(`p.target_date < current_date AND p.status IN ('PLANNING', 'IN_PROGRESS')`);
    const orderName = args.orderBy ?? (f.search ? PledgeOrder.RELEVANCE : PledgeOrder.NEWEST);
    const sort = { ...ORDERS[orderName] };
    if (f.search) {
      const search = textSearchSql('p', params.add(f.search));
      where.push(search.where);
      if (orderName === PledgeOrder.RELEVANCE) sort.key = search.rank;
    } else if (orderName === PledgeOrder.RELEVANCE) {
      throw new BadUserInputError('RELEVANCE order needs a search', [{ field: 'orderBy', messages: ['RELEVANCE needs filter.search'] }]);
    }
    return keysetPage<PledgeRow>(this.db.manager, {
      select: PLEDGE_SELECT,
      from: PLEDGE_FROM,
      where,
      sort,
      size: pageSize(args),
      after: args.after,
      params,
      withTotal,
    });
  }
}
