import { type GraphQLResolveInfo, Kind, type SelectionNode } from 'graphql';
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
  /** Count the rows matching the filter too (in the same statement). Skip it when the client did not ask for totalCount. */
  withTotal?: boolean;
}

/**
 * One page of rows sorted by (key, id) and the total matching the filter, in one statement:
 * the count and the page come from the same snapshot, and pages stay stable under inserts.
 */
export async function keysetPage<Row extends { id: string }>(manager: EntityManager, q: KeysetPageQuery): Promise<Connection<Row>> {
  const { params, sort } = q;
  let after = '';
  if (q.after) {
    const [key, id] = decodeCursor(q.after, [sort.type, 'uuid']);
    after = `(f.sort_key, f.id) ${sort.dir === 'ASC' ? '>' : '<'} (${params.add(String(key))}::${sort.type}, ${params.add(String(id))}::uuid)`;
  }
  const filtered = `SELECT ${q.select}, ${sort.key} AS sort_key
         FROM ${q.from}
        ${q.where.length ? `WHERE ${q.where.join(' AND ')}` : ''}`;
  const pageOf = (source: string): string =>
    `SELECT * FROM ${source} f ${after ? `WHERE ${after}` : ''} ORDER BY f.sort_key ${sort.dir}, f.id ${sort.dir} LIMIT ${params.add(q.size + 1)}`;
  if (q.withTotal === false) {
    // Without a count the planner can stop at the page (an index scan in sort order, when there is one).
    const rows: (Row & { sort_key_text: string })[] = await manager.query(
      `SELECT page.*, page.sort_key::text AS sort_key_text FROM (${pageOf(`(${filtered})`)}) page`,
      params.values,
    );
    return toConnection(
      rows,
      q.size,
      NOT_COUNTED,
      (r) => [r.sort_key_text, r.id],
      (r) => r,
    );
  }
  // The filter is written twice rather than shared through a CTE: a shared CTE is materialised
  // with every selected column, and counting 20,000 wide rows that way cost 15 times more.
  const rows: (Row & { total_count: number; sort_key_text: string })[] = await manager.query(
    `SELECT t.total_count, page.*, page.sort_key::text AS sort_key_text
       FROM (SELECT count(*)::int AS total_count FROM ${q.from} ${q.where.length ? `WHERE ${q.where.join(' AND ')}` : ''}) t
       LEFT JOIN LATERAL (${pageOf(`(${filtered})`)}) page ON true`,
    params.values,
  );
  const totalCount = rows[0]?.total_count ?? 0;
  const found = rows.filter((r) => r.id !== null);
  return toConnection(
    found,
    q.size,
    totalCount,
    (r) => [r.sort_key_text, r.id],
    (r) => r,
  );
}

/** totalCount of a page fetched without counting: never sent, since the client did not ask for it. */
export const NOT_COUNTED = -1;

/** Whether the GraphQL selection of a connection field asks for totalCount (directly or through fragments). */
export function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === 'totalCount';
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet.selections);
      const fragment = info.fragments[s.name.value];
      return fragment ? visit(fragment.selectionSet.selections) : false;
    });
  return info.fieldNodes.some((node) => (node.selectionSet ? visit(node.selectionSet.selections) : false));
}
