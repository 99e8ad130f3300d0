/** `'A', 'B'` for a CHECK constraint listing the values of an enum (fixed values, never user input). */
export const sqlList = (values: readonly string[]): string => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
