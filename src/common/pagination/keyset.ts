import { BadUserInputError } from '../errors/domain-error.js';
import { hasLoneSurrogate, isCalendarDate, isUuid } from '../validation/fields.js';
import { type Connection, DEFAULT_PAGE_SIZE, type PageArgs } from './connection.js';

/** A cursor holds the sort key of the last row of a page, so pages stay stable under inserts. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** What one part of a sort key holds, so a forged cursor is refused before it reaches SQL as a parameter of the wrong type. */
export type CursorKeyKind = 'text' | 'uuid' | 'bigint' | 'timestamptz' | 'date' | 'real';

/** PostgreSQL's text form of a timestamptz, as the pages write it into cursors (2024-06-01 09:00:00.123+00). */
const TIMESTAMPTZ_TEXT = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

/** A sort key may be coalesced to infinity (pledges without a target date sort last). */
const INFINITIES = new Set(['infinity', '-infinity']);

function fitsKind(key: string | number, kind: CursorKeyKind): boolean {
  if (typeof key === 'number')
    return kind === 'real' ? Number.isFinite(key) : kind === 'text' || (kind === 'bigint' && Number.isSafeInteger(key));
  if (key.includes('\u0000') || hasLoneSurrogate(key)) return false;
  switch (kind) {
    case 'text':
      return true;
    case 'uuid':
      return isUuid(key);
    case 'bigint':
      return /^\d{1,18}$/.test(key);
    case 'date':
      return isCalendarDate(key) || INFINITIES.has(key);
    case 'timestamptz': {
      if (INFINITIES.has(key)) return true;
      const m = TIMESTAMPTZ_TEXT.exec(key);
      return m?.[1] !== undefined && isCalendarDate(m[1]);
    }
    case 'real':
      return key.trim() !== '' && Number.isFinite(Number(key));
  }
}

/**
 * Reads a cursor back into its sort key: one part per kind (a number: that many text parts).
 * Anything this server did not issue is BAD_USER_INPUT on `after`.
 */
export function decodeCursor(cursor: string, kinds: number | readonly CursorKeyKind[]): (string | number)[] {
  const expected: readonly CursorKeyKind[] = typeof kinds === 'number' ? Array.from({ length: kinds }, () => 'text') : kinds;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === expected.length &&
      key.every((k, i) => (typeof k === 'string' || typeof k === 'number') && expected[i] !== undefined && fitsKind(k, expected[i]))
    ) {
      return key as (string | number)[];
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
