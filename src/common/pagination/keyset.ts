import { BadUserInputError } from '../errors/domain-error.js';
import { type Connection, DEFAULT_PAGE_SIZE, type PageArgs } from './connection.js';

/** A cursor holds the sort key of the last row of a page, so pages stay stable under inserts. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number')) {
      return key;
    }
  } catch {
    // fall through
  }
  throw new BadUserInputError('The cursor is not one this server issued', [{ field: 'after', messages: ['invalid cursor'] }]);
}

export function pageSize(args: PageArgs): number {
  return args.first ?? DEFAULT_PAGE_SIZE;
}

/**
 * Builds a connection from one page of rows fetched with `LIMIT size + 1` (the extra row
 * tells whether there is a next page) and the total counted by the same statement.
 */
export function toConnection<Row, Node>(
  rows: Row[],
  size: number,
  totalCount: number,
  keyOf: (row: Row) => (string | number)[],
  toNode: (row: Row) => Node,
): Connection<Node> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: toNode(row) }));
  return {
    totalCount,
    nodes: edges.map((e) => e.node),
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** The same page with each node mapped (e.g. rows to GraphQL models), cursors kept. */
export function mapConnection<A, B>(page: Connection<A>, toNode: (node: A) => B): Connection<B> {
  const edges = page.edges.map((e) => ({ cursor: e.cursor, node: toNode(e.node) }));
  return { totalCount: page.totalCount, pageInfo: page.pageInfo, edges, nodes: edges.map((e) => e.node) };
}
