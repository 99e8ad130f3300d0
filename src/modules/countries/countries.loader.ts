import type { Language } from '../../common/i18n/language.js';
import { loadPresent, type RequestLoaders } from '../../graphql/loaders.js';
import { COUNTRY_BY_ISO3 } from './countries.service.js';
import { type CountryModel, toCountryModel } from './models/country.model.js';
import { type RegionModel, toRegionModel } from './models/region.model.js';
import { REGION_BY_CODE } from './regions.service.js';

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
