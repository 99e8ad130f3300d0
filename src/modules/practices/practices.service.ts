import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller.js';
import { BadUserInputError, NotFoundError } from '../../common/errors/domain-error.js';
import type { Connection } from '../../common/pagination/connection.js';
import { keysetPage, type KeysetSort, SqlParams } from '../../common/pagination/keyset-page.js';
import { pageSize } from '../../common/pagination/keyset.js';
import { textSearchSql } from '../../common/search/text-search.js';
import { isChampionSql } from '../countries/countries.service.js';
import { isRegionalMemberSql, RegionsService } from '../countries/regions.service.js';
import type { GoodPracticesArgs } from './dto/good-practices.args.js';
import type { GoodPracticeRow } from './practices.rows.js';
import type { PracticeContent } from './practice-content.js';
import { PracticeOrder } from './practice.enums.js';
import { maySeePractice, visiblePracticeSql } from './practices.policy.js';

/** The columns of a `GoodPracticeRow`, over `good_practice g`. */
export const PRACTICE_SELECT = `g.id, g.title, g.summary, g.language, g.scope, g.owner_country_iso3, g.implementing_partners, g.practice_type, g.sdgs,
  g.start_year, g.end_year, g.results, g.lessons_learned, g.links, g.status, g.from_pledge_id, g.published_at, g.created_at, g.updated_at, g.version`;

const ORDERS: Record<PracticeOrder, KeysetSort> = {
  [PracticeOrder.NEWEST]: { key: 'g.created_at', type: 'timestamptz', dir: 'DESC' },
  [PracticeOrder.TITLE]: { key: 'g.title', type: 'text', dir: 'ASC' },
  [PracticeOrder.RELEVANCE]: { key: '', type: 'real', dir: 'DESC' },
};

/** Reading good practices, each caller seeing what its role allows. */
@Injectable()
export class PracticesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly regions: RegionsService,
  ) {}

  /** Of these practice ids, those that are the country's: its own or implemented in it. */
  async idsBelongingTo(manager: EntityManager, country: string, ids: readonly string[]): Promise<Set<string>> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT g.id::text AS id FROM good_practice g WHERE g.id = ANY($1::uuid[])
          AND (g.owner_country_iso3 = $2 OR EXISTS (SELECT 1 FROM good_practice_country gc WHERE gc.practice_id = g.id AND gc.country_iso3 = $2))`,
      [ids, country],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** One practice the caller may see; others are NOT_FOUND, so drafts do not leak. */
  /** How many good practices wait for the secretariat's review (SUBMITTED). */
  async submittedCount(): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM good_practice WHERE status = 'SUBMITTED'`);
    return row?.n ?? 0;
  }

  async findOne(caller: Caller, id: string, manager: EntityManager = this.db.manager): Promise<GoodPracticeRow> {
    const [row] = await manager.query<GoodPracticeRow[]>(`SELECT ${PRACTICE_SELECT} FROM good_practice g WHERE g.id = $1`, [id]);
    if (!row || !maySeePractice(caller, row)) throw new NotFoundError('Good practice', id);
    return row;
  }

  async loadContent(manager: EntityManager, id: string): Promise<PracticeContent> {
    const [g] = await manager.query<Record<string, unknown>[]>(
      `SELECT g.*,
              ARRAY(SELECT objective_number FROM good_practice_objective o WHERE o.practice_id = g.id ORDER BY o.is_main DESC, o.objective_number) AS objectives,
              (SELECT objective_number FROM good_practice_objective o WHERE o.practice_id = g.id AND o.is_main) AS main_objective,
              ARRAY(SELECT principle_number FROM good_practice_guiding_principle p WHERE p.practice_id = g.id ORDER BY 1) AS principles,
              ARRAY(SELECT country_iso3::text FROM good_practice_country c WHERE c.practice_id = g.id ORDER BY 1) AS countries,
              ARRAY(SELECT region_code FROM good_practice_region r WHERE r.practice_id = g.id ORDER BY 1) AS region_codes
         FROM good_practice g WHERE g.id = $1`,
      [id],
    );
    if (!g) throw new NotFoundError('Good practice', id);
    return {
      title: g.title as string,
      summary: g.summary as string,
      language: g.language as PracticeContent['language'],
      scope: g.scope as PracticeContent['scope'],
      countries: g.countries as string[],
      regions: g.region_codes as string[],
      ownerCountryIso3: g.owner_country_iso3 as string | null,
      implementingPartners: g.implementing_partners as string[],
      practiceType: g.practice_type as PracticeContent['practiceType'],
      objectives: g.objectives as number[],
      mainObjective: g.main_objective as number,
      guidingPrinciples: g.principles as number[],
      sdgs: g.sdgs as number[],
      startYear: g.start_year as number,
      endYear: g.end_year as number | null,
      results: g.results as string | null,
      lessonsLearned: g.lessons_learned as string | null,
      links: g.links as string[],
    };
  }

  async findPage(caller: Caller, args: GoodPracticesArgs, withTotal = true): Promise<Connection<GoodPracticeRow>> {
    const params = new SqlParams();
    const f = args.filter ?? {};
    const where: string[] = [];
    const visible = visiblePracticeSql(caller, params);
    if (visible) where.push(visible);
    if (f.country)
      where.push(
        `EXISTS (SELECT 1 FROM good_practice_country c WHERE c.practice_id = g.id AND c.country_iso3 = ${params.add(f.country.toUpperCase())})`,
      );
    if (f.ownerCountry) where.push(`g.owner_country_iso3 = ${params.add(f.ownerCountry.toUpperCase())}`);
    if (f.region) {
      await this.regions.assertRegion(f.region, f.scheme, 'filter');
      const region = params.add(f.region);
      where.push(`(EXISTS (SELECT 1 FROM good_practice_region r WHERE r.practice_id = g.id AND r.region_code = ${region})
        OR EXISTS (SELECT 1 FROM good_practice_country c WHERE c.practice_id = g.id AND ${isRegionalMemberSql('c.country_iso3', region)}))`);
    }
    if (f.objective)
      where.push(
        `EXISTS (SELECT 1 FROM good_practice_objective o WHERE o.practice_id = g.id AND o.objective_number = ${params.add(f.objective)})`,
      );
    if (f.guidingPrinciple) {
      where.push(
        `EXISTS (SELECT 1 FROM good_practice_guiding_principle p WHERE p.practice_id = g.id AND p.principle_number = ${params.add(f.guidingPrinciple)})`,
      );
    }
    if (f.sdg) where.push(`${params.add(f.sdg)}::smallint = ANY(g.sdgs)`);
    if (f.practiceType) where.push(`g.practice_type = ${params.add(f.practiceType)}`);
    if (f.scope) where.push(`g.scope = ${params.add(f.scope)}`);
    if (f.language) where.push(`g.language = ${params.add(f.language)}`);
    if (f.status) where.push(`g.status = ${params.add(f.status)}`);
    if (f.championOnly) {
      where.push(`(${isChampionSql('g.owner_country_iso3')}
        OR EXISTS (SELECT 1 FROM good_practice_country c WHERE c.practice_id = g.id AND ${isChampionSql('c.country_iso3')}))`);
    }
    const orderName = args.orderBy ?? (f.search ? PracticeOrder.RELEVANCE : PracticeOrder.NEWEST);
    const sort = { ...ORDERS[orderName] };
    if (f.search) {
      const search = textSearchSql('g', params.add(f.search));
      where.push(search.where);
      if (orderName === PracticeOrder.RELEVANCE) sort.key = search.rank;
    } else if (orderName === PracticeOrder.RELEVANCE) {
      throw new BadUserInputError('RELEVANCE order needs a search', [{ field: 'orderBy', messages: ['RELEVANCE needs filter.search'] }]);
    }
    return keysetPage<GoodPracticeRow>(this.db.manager, {
      select: PRACTICE_SELECT,
      from: 'good_practice g',
      where,
      sort,
      size: pageSize(args),
      after: args.after,
      params,
      withTotal,
    });
  }
}
