/** `'A', 'B'` for a CHECK constraint listing the values of an enum (fixed values, never user input). */
export const sqlList = (values: readonly string[]): string => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

/**
 * The collation names are sorted by: ICU's root collation, which both the PostgreSQL server
 * and the embedded database (PGlite) carry. Côte d'Ivoire sorts before Czechia, Türkiye before
 * Tuvalu, Égypte before Érythrée and Yémen, where the database's default (bytes) put accented
 * letters after z. The root order suits English, French and Spanish names alike (PGlite has no
 * per-language ICU collations such as fr-x-icu).
 */
export const NAME_COLLATION = '"und-x-icu"';
