import type { EntityManager } from 'typeorm';
import type { Connection } from './connection.js';
import { decodeCursor, toConnection } from './keyset.js';

/** Positional SQL parameters: `add(value)` returns its placeholder ($1, $2, ...). */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A sort: one SQL key (cast back from its text form when read from a cursor) and a direction; ties break on `id`. */
export interface KeysetSort {
  key: string;
  type: 'timestamptz' | 'text' | 'date' | 'real';
  dir: 'ASC' | 'DESC';
}

export interface KeysetPageQuery {
  /** Select list of the rows (must include an `id` column of type uuid). */
  select: string;
  from: string;
  where: string[];
  sort: KeysetSort;
  size: number;
  after?: string;
  params: SqlParams;
}

/**
 * One page of rows sorted by (key, id) and the total matching the filter, in one statement:
 * the count and the page come from the same snapshot, and pages stay stable under inserts.
 */
export async function keysetPage<Row extends { id: string }>(manager: EntityManager, q: KeysetPageQuery): Promise<Connection<Row>> {
  const { params, sort } = q;
  let after = '';
  if (q.after) {
    const [key, id] = decodeCursor(q.after, 2);
    after = `WHERE (f.sort_key, f.id) ${sort.dir === 'ASC' ? '>' : '<'} (${params.add(String(key))}::${sort.type}, ${params.add(String(id))}::uuid)`;
  }
  const rows: (Row & { total_count: number; sort_key_text: string })[] = await manager.query(
    `WITH filtered AS (
       SELECT ${q.select}, ${sort.key} AS sort_key
         FROM ${q.from}
        ${q.where.length ? `WHERE ${q.where.join(' AND ')}` : ''}
     )
     SELECT t.total_count, page.*, page.sort_key::text AS sort_key_text
       FROM (SELECT count(*)::int AS total_count FROM filtered) t
       LEFT JOIN LATERAL (
         SELECT * FROM filtered f ${after} ORDER BY f.sort_key ${sort.dir}, f.id ${sort.dir} LIMIT ${params.add(q.size + 1)}
       ) page ON true`,
    params.values,
  );
  const totalCount = rows[0]?.total_count ?? 0;
  const found = rows.filter((r) => r.id !== null);
  return toConnection(found, q.size, totalCount, (r) => [r.sort_key_text, r.id], (r) => r);
}
