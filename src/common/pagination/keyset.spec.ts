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
    for (const [cursor, arity] of [
      ['garbage!', 2],
      [encodeCursor(['only-one']), 2],
      [Buffer.from('{"a":1}').toString('base64url'), 1],
    ] as const) {
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
    const more = toConnection(
      rows,
      2,
      10,
      (r) => [r.k],
      (r) => r.k,
    );
    expect(more.nodes).toEqual(['a', 'b']);
    expect(more.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) });
    expect(more.totalCount).toBe(10);
    const last = toConnection(
      rows.slice(0, 2),
      2,
      2,
      (r) => [r.k],
      (r) => r.k,
    );
    expect(last.pageInfo.hasNextPage).toBe(false);
    const empty = toConnection(
      [],
      2,
      0,
      (r: { k: string }) => [r.k],
      (r) => r.k,
    );
    expect(empty.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('maps nodes without touching cursors or counts', () => {
    const page = toConnection(
      [{ k: 'a' }],
      5,
      1,
      (r) => [r.k],
      (r) => r,
    );
    const mapped = mapConnection(page, (r) => r.k.toUpperCase());
    expect(mapped.nodes).toEqual(['A']);
    expect(mapped.edges).toEqual([{ cursor: page.edges[0].cursor, node: 'A' }]);
    expect(mapped.pageInfo).toBe(page.pageInfo);
  });

  it('round-trips numbers and mixed keys, keeping their types', () => {
    expect(decodeCursor(encodeCursor([2026, 'IMRF']), 2)).toEqual([2026, 'IMRF']);
    expect(decodeCursor(encodeCursor([-1.5]), 1)).toEqual([-1.5]);
    expect(decodeCursor(encodeCursor(['']), 1)).toEqual(['']);
  });

  it('refuses a tampered cursor, a wrong arity and keys that are not strings or numbers', () => {
    const cursor = encodeCursor(['FRA', 42]);
    const bad = [
      [cursor.slice(0, -3), 2],
      [cursor, 1],
      [cursor, 3],
      ['', 2],
      [Buffer.from('[null,"x"]').toString('base64url'), 2],
      [Buffer.from('[["FRA"],42]').toString('base64url'), 2],
      [Buffer.from('"FRA"').toString('base64url'), 1],
    ] as const;
    for (const [value, arity] of bad) {
      const error = ((): unknown => {
        try {
          return decodeCursor(value, arity);
        } catch (err) {
          return err;
        }
      })();
      expect([value, error instanceof BadUserInputError]).toEqual([value, true]);
      expect((error as BadUserInputError).code).toBe('BAD_USER_INPUT');
      expect((error as BadUserInputError).fields.map((f) => f.field)).toEqual(['after']);
    }
  });

  it('ends a page on the cursor of its last returned node, one cursor per edge', () => {
    const rows = [
      { name: 'Chad', iso3: 'TCD' },
      { name: 'Chile', iso3: 'CHL' },
      { name: 'China', iso3: 'CHN' },
    ];
    const keyOf = (r: { name: string; iso3: string }): string[] => [r.name, r.iso3];

    const more = toConnection(rows, 2, 3, keyOf, (r) => r.iso3);
    expect(more.pageInfo.hasNextPage).toBe(true);
    expect(more.edges.map((e) => decodeCursor(e.cursor, 2))).toEqual([
      ['Chad', 'TCD'],
      ['Chile', 'CHL'],
    ]);
    expect(more.pageInfo.endCursor).not.toBeNull();
    expect(decodeCursor(more.pageInfo.endCursor ?? '', 2)).toEqual(['Chile', 'CHL']);

    const exact = toConnection(rows, 3, 3, keyOf, (r) => r.iso3);
    expect(exact.nodes).toEqual(['TCD', 'CHL', 'CHN']);
    expect(exact.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(['China', 'CHN']) });

    const fewer = toConnection(rows.slice(0, 1), 2, 1, keyOf, (r) => r.iso3);
    expect(fewer.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(['Chad', 'TCD']) });
  });

  it('gives an empty page no end cursor and no edges', () => {
    const empty = toConnection(
      [],
      50,
      7,
      (r: { k: number }) => [r.k],
      (r) => r.k,
    );
    expect(empty).toEqual({ totalCount: 7, nodes: [], edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

describe('cursor keys are read by their kind', () => {
  it('accepts what the pages write (PostgreSQL text forms) and refuses what they never write', () => {
    const id = '9b2f4c1e-8a43-4d6b-9a51-0f3c2b1d7e60';
    expect(decodeCursor(encodeCursor(['2024-06-01 09:00:00.123+00', id]), ['timestamptz', 'uuid'])).toHaveLength(2);
    expect(decodeCursor(encodeCursor(['infinity', id]), ['date', 'uuid'])).toHaveLength(2);
    expect(decodeCursor(encodeCursor(['0.0607927', id]), ['real', 'uuid'])).toHaveLength(2);
    expect(decodeCursor(encodeCursor(['12']), ['bigint'])).toEqual(['12']);
    for (const [key, kinds] of [
      [
        ['2023-02-30 10:00:00+00', id],
        ['timestamptz', 'uuid'],
      ],
      [
        ['2024-06-01', 'not-a-uuid'],
        ['date', 'uuid'],
      ],
      [
        ['abc', id],
        ['real', 'uuid'],
      ],
      [['1; DROP'], ['bigint']],
      [['a\u0000b'], ['text']],
      [['\uD800'], ['text']],
    ] as const) {
      expect(() => decodeCursor(encodeCursor(key), kinds)).toThrow(BadUserInputError);
    }
  });
});
