import { type DataSource, In } from 'typeorm';
import type { Language } from '../../common/i18n/language.js';
import { NAME_COLLATION } from '../../common/sql.js';
import {
  type BatchLoad,
  bindLoader,
  groupByKeys,
  loadersProvider,
  LoaderToken,
  loadPresent,
  oneByKeys,
  type RequestLoaders,
} from '../../graphql/loaders.js';
import type { CountryRow } from './countries.rows.js';
import { COUNTRY_COLUMNS, COUNTRY_FROM } from './countries.service.js';
import { type CountryModel, toCountryModel } from './models/country.model.js';
import { type RegionModel, toRegionModel } from './models/region.model.js';
import { RegionMembershipEntity } from './region-membership.entity.js';
import { RegionEntity } from './region.entity.js';

/*
 * The countries feature's batched lookups (countries and regions): each token beside its batch
 * function, registered at startup by countriesLoaders; the load* functions below read through them.
 */

/** Regional members of each region, by region code. */
export const COUNTRIES_BY_REGION = new LoaderToken<string, CountryRow[]>('countriesByRegion');
const countriesByRegion =
  (db: DataSource): BatchLoad<string, CountryRow[]> =>
  async (codes) => {
    const rows: (CountryRow & { region_code: string })[] = await db.query(
      `SELECT m.region_code, ${COUNTRY_COLUMNS}
         FROM region_membership m JOIN ${COUNTRY_FROM} ON c.iso3 = m.country_iso3
        WHERE m.region_code = ANY($1) AND m.kind = 'REGIONAL'
        ORDER BY c.name_en COLLATE ${NAME_COLLATION}, c.iso3`,
      [[...codes]],
    );
    return groupByKeys(codes, rows, (r) => r.region_code);
  };

/** One country (with its champion record) by ISO3 code. */
export const COUNTRY_BY_ISO3 = new LoaderToken<string, CountryRow | null>('countryByIso3');
const countryByIso3 =
  (db: DataSource): BatchLoad<string, CountryRow | null> =>
  async (codes) => {
    const rows: CountryRow[] = await db.query(`SELECT ${COUNTRY_COLUMNS} FROM ${COUNTRY_FROM} WHERE c.iso3 = ANY($1)`, [[...codes]]);
    return oneByKeys(codes, rows, (r) => r.iso3);
  };

/** The regions a country is a regional member of, by ISO3. */
export const REGIONS_BY_COUNTRY = new LoaderToken<string, RegionEntity[]>('regionsByCountry');
const regionsByCountry =
  (db: DataSource): BatchLoad<string, RegionEntity[]> =>
  async (iso3s) => {
    const rows = await db.getRepository(RegionMembershipEntity).find({
      where: { countryIso3: In([...iso3s]), kind: 'REGIONAL' },
      relations: { region: true },
      order: { regionCode: 'ASC' },
    });
    return groupByKeys(iso3s, rows, (m) => m.countryIso3).map((list) => list.map((m) => m.region as RegionEntity));
  };

/** One region by code. */
export const REGION_BY_CODE = new LoaderToken<string, RegionEntity | null>('regionByCode');
const regionByCode =
  (db: DataSource): BatchLoad<string, RegionEntity | null> =>
  async (codes) =>
    oneByKeys(codes, await db.getRepository(RegionEntity).findBy({ code: In([...codes]) }), (r) => r.code);

export const countriesLoaders = loadersProvider('countries', [
  bindLoader(COUNTRIES_BY_REGION, countriesByRegion),
  bindLoader(COUNTRY_BY_ISO3, countryByIso3),
  bindLoader(REGIONS_BY_COUNTRY, regionsByCountry),
  bindLoader(REGION_BY_CODE, regionByCode),
]);

/** Countries by ISO3 through the request's loader, in the order given. */
export async function loadCountries(loaders: RequestLoaders, iso3s: readonly string[], lang: Language): Promise<CountryModel[]> {
  return (await loadPresent(loaders.get(COUNTRY_BY_ISO3), iso3s)).map((c) => toCountryModel(c, lang));
}

export async function loadCountry(loaders: RequestLoaders, iso3: string | null, lang: Language): Promise<CountryModel | null> {
  if (!iso3) return null;
  const row = await loaders.get(COUNTRY_BY_ISO3).load(iso3);
  return row ? toCountryModel(row, lang) : null;
}

export async function loadRegion(loaders: RequestLoaders, code: string | null, lang: Language): Promise<RegionModel | null> {
  if (!code) return null;
  const region = await loaders.get(REGION_BY_CODE).load(code);
  return region ? toRegionModel(region, lang) : null;
}
