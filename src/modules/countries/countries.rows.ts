/**
 * What the countries feature's SQL returns, column for column (snake_case, as selected):
 * read by its services and loaders, mapped to GraphQL models in models/.
 */

/** A country row as the countries service reads it: the country and its champion record. */
export interface CountryRow {
  iso3: string;
  m49_code: string;
  name_en: string;
  name_fr: string;
  name_es: string;
  official_name_en: string;
  un_status: string;
  is_champion: boolean;
  joined_year: number | null;
  joined_note: string | null;
  champion_note: string | null;
  champion_sources: string[] | null;
}

/** A country of a list page, with the page's total and its sort key. */
export interface CountryPageRow extends CountryRow {
  total_count: number;
  sort_key: string | null;
}
