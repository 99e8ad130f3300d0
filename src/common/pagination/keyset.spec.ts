import { describe, expect, it } from '@jest/globals';
import { BadUserInputError } from '../errors/domain-error.js';
import { decodeCursor, encodeCursor, mapConnection, toConnection } from './keyset.js';

describe('keyset cursors and connections', () => {
  it('round-trips a sort key through an opaque cursor', () => {
    const cursor = encodeCursor(['Côte d’Ivoire', 'CIV']);
    expect(cursor).not.toContain('CIV');
    expect(decodeCursor(cursor, 2)).toEqual(['Côte d’Ivoire', 'CIV']);
  });

  it('refuses cursors it did not issue, naming the `after` field', () => {
    for (const [cursor, arity] of [['garbage!', 2], [encodeCursor(['only-one']), 2], [Buffer.from('{"a":1}').toString('base64url'), 1]] as const) {
      let error: unknown;
      try {
        decodeCursor(cursor, arity);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).fields).toEqual([{ field: 'after', messages: ['invalid cursor'] }]);
    }
  });

  it('reads the extra row as "there is a next page" and does not return it', () => {
    const rows = [{ k: 'a' }, { k: 'b' }, { k: 'c' }];
    const more = toConnection(rows, 2, 10, (r) => [r.k], (r) => r.k);
    expect(more.nodes).toEqual(['a', 'b']);
    expect(more.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) });
    expect(more.totalCount).toBe(10);
    const last = toConnection(rows.slice(0, 2), 2, 2, (r) => [r.k], (r) => r.k);
    expect(last.pageInfo.hasNextPage).toBe(false);
    const empty = toConnection([], 2, 0, (r: { k: string }) => [r.k], (r) => r.k);
    expect(empty.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('maps nodes without touching cursors or counts', () => {
    const page = toConnection([{ k: 'a' }], 5, 1, (r) => [r.k], (r) => r);
    const mapped = mapConnection(page, (r) => r.k.toUpperCase());
    expect(mapped.nodes).toEqual(['A']);
    expect(mapped.edges).toEqual([{ cursor: page.edges[0].cursor, node: 'A' }]);
    expect(mapped.pageInfo).toBe(page.pageInfo);
  });
});
