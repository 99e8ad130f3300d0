import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { Language } from '../../common/i18n/language.js';
import { foldText } from '../../common/search/fold.js';
import { NAME_COLLATION } from '../../common/sql.js';
import type { Connection } from '../../common/pagination/connection.js';
import { decodeCursor, pageSize, toConnection } from '../../common/pagination/keyset.js';
import { isRegionalMemberSql, RegionsService } from './regions.service.js';
import { CountryOrder, type CountriesArgs } from './dto/countries.args.js';
import type { CountryPageRow, CountryRow } from './countries.rows.js';

/** SQL expression: the English name of the country whose ISO3 code is in \`iso3Column\` (for sorting another feature's rows). */
export const countryNameSql = (iso3Column: string): string => `(SELECT c.name_en FROM country c WHERE c.iso3 = ${iso3Column})`;

/** SQL condition: the country in \`iso3Column\` is a champion country. */
export const isChampionSql = (iso3Column: string): string =>
  `EXISTS (SELECT 1 FROM champion_country ch WHERE ch.country_iso3 = ${iso3Column})`;

export const COUNTRY_COLUMNS = `c.iso3, c.m49_code, c.name_en, c.name_fr, c.name_es, c.official_name_en, c.un_status,
  ch.country_iso3 IS NOT NULL AS is_champion, ch.joined_year, ch.joined_note, ch.note AS champion_note, ch.sources AS champion_sources`;
export const COUNTRY_FROM = `country c LEFT JOIN champion_country ch ON ch.country_iso3 = c.iso3`;

const SORT_COLUMN: Record<Language, string> = { [Language.EN]: 'c.name_en', [Language.FR]: 'c.name_fr', [Language.ES]: 'c.name_es' };

@Injectable()
export class CountriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly regions: RegionsService,
  ) {}

  /** Which of these ISO3 codes are known countries; inside a transaction, pass its EntityManager. */
  async known(codes: readonly string[], manager: EntityManager = this.db.manager): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows: { iso3: string }[] = await manager.query('SELECT iso3 FROM country WHERE iso3 = ANY($1)', [[...new Set(codes)]]);
    return new Set(rows.map((r) => r.iso3));
  }

  /** Whether a country exists; inside a transaction, pass its EntityManager. */
  async exists(iso3: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query('SELECT 1 FROM country WHERE iso3 = $1', [iso3.toUpperCase()]);
    return rows.length > 0;
  }

  async findOne(iso3: string): Promise<CountryRow> {
    const code = iso3.toUpperCase();
    const rows: CountryRow[] = await this.db.query(`SELECT ${COUNTRY_COLUMNS} FROM ${COUNTRY_FROM} WHERE c.iso3 = $1`, [code]);
    if (!rows[0]) throw new NotFoundError('Country', code);
    return rows[0];
  }

  /** One page of countries and the total matching the filter, in one statement. */
  async findPage(args: CountriesArgs): Promise<Connection<CountryRow>> {
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    const filter = args.filter ?? {};
    if (filter.region) {
      await this.regions.assertRegion(filter.region, filter.scheme, 'filter');
      where.push(isRegionalMemberSql('c.iso3', param(filter.region)));
    }
    if (filter.championOnly) where.push('ch.country_iso3 IS NOT NULL');
    if (filter.search) {
      // Names in the three languages, the official name and other usual names (Turkey, Turquie,
      // Côte d'Ivoire as Ivory Coast), folded when the reference data is loaded: accents and case do not matter.
      const term = filter.search.trim();
      const like = param(`%${foldText(term).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
      where.push(`(c.iso3 = ${param(term.toUpperCase())} OR c.search_names LIKE ${like})`);
    }
    const sortColumn = args.orderBy === CountryOrder.ISO3 ? 'c.iso3' : `${SORT_COLUMN[args.lang]} COLLATE ${NAME_COLLATION}`;
    const size = pageSize(args);
    let after = '';
    if (args.after) {
      const [sortKey, iso3] = decodeCursor(args.after, 2);
      after = `WHERE (f.sort_key, f.iso3) > (${param(String(sortKey))}${args.orderBy === CountryOrder.ISO3 ? '' : ` COLLATE ${NAME_COLLATION}`}, ${param(String(iso3))})`;
    }
    const rows: CountryPageRow[] = await this.db.query(
      `WITH filtered AS (
         SELECT ${COUNTRY_COLUMNS}, ${sortColumn} AS sort_key
           FROM ${COUNTRY_FROM}
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       )
       SELECT t.total_count, p.*
         FROM (SELECT count(*)::int AS total_count FROM filtered) t
         LEFT JOIN LATERAL (
           SELECT * FROM filtered f ${after} ORDER BY f.sort_key, f.iso3 LIMIT ${param(size + 1)}
         ) p ON true`,
      params,
    );
    const totalCount = rows[0]?.total_count ?? 0;
    const found = rows.filter((r) => r.iso3 !== null);
    return toConnection(
      found,
      size,
      totalCount,
      (r) => [r.sort_key ?? '', r.iso3],
      (r) => r,
    );
  }
}
