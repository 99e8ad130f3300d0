/**
 * Full-text search of records written in English, French or Spanish, each searched with its
 * own language's dictionary (stemming and stop words): `gcm_text_search_config(language)`
 * (migration PledgesAndGoodPractices) names it, and a trigger keeps `search_vector`.
 *
 * The query is parsed with all three dictionaries and OR-ed, which the GIN index on
 * `search_vector` can serve; each row is then checked with the query parsed in the row's
 * own language, which is the exact match, and ranked by it.
 */
export function textSearchSql(alias: string, queryParam: string): { where: string; rank: string } {
  const own = `websearch_to_tsquery(gcm_text_search_config(${alias}.language), ${queryParam})`;
  const any = `(websearch_to_tsquery('pg_catalog.english', ${queryParam}) || websearch_to_tsquery('pg_catalog.french', ${queryParam}) || websearch_to_tsquery('pg_catalog.spanish', ${queryParam}))`;
  return {
    where: `(${alias}.search_vector @@ ${any} AND ${alias}.search_vector @@ ${own})`,
    rank: `ts_rank(${alias}.search_vector, ${own})`,
  };
}
