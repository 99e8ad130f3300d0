import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EmbeddedSessionTimeoutError } from '../../src/database/database-options.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The embedded database is one Postgres session shared by the whole server. These tests
 * check it behaves like a PostgreSQL server under overlapping work; they run unchanged
 * against both.
 */
describe('overlapping transactions are isolated', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ EMBEDDED_ACQUIRE_TIMEOUT_MS: '1500' });
    await t.dataSource.query('CREATE TABLE scratch_note (id int PRIMARY KEY, body text NOT NULL)');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a rolled-back transaction leaves nothing, and a concurrent reader never sees its rows', async () => {
    const writer = t.dataSource.transaction(async (manager) => {
      await manager.query("INSERT INTO scratch_note VALUES (1, 'draft')");
      await sleep(150);
      throw new Error('abandon');
    });
    await sleep(20);
    const reader = t.dataSource.query('SELECT count(*)::int AS n FROM scratch_note');
    await expect(writer).rejects.toThrow('abandon');
    expect(await reader).toEqual([{ n: 0 }]);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM scratch_note')).toEqual([{ n: 0 }]);
  });

  it('two overlapping transactions both commit, and a failing third one loses only its own rows', async () => {
    await t.dataSource.query("INSERT INTO scratch_note VALUES (5, 'committed before')");
    const a = t.dataSource.transaction(async (m) => {
      await m.query("INSERT INTO scratch_note VALUES (10, 'a')");
      await sleep(50);
      await m.query("INSERT INTO scratch_note VALUES (11, 'a')");
    });
    const b = t.dataSource.transaction(async (m) => {
      await m.query("INSERT INTO scratch_note VALUES (20, 'b')");
      await sleep(30);
    });
    const c = t.dataSource.transaction(async (m) => {
      await m.query("INSERT INTO scratch_note VALUES (30, 'c')");
      await sleep(10);
      await m.query("INSERT INTO scratch_note VALUES (5, 'duplicate')");
    });
    const results = await Promise.allSettled([a, b, c]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    const rows: { id: number; body: string }[] = await t.dataSource.query('SELECT id, body FROM scratch_note ORDER BY id');
    expect(rows).toEqual([
      { id: 5, body: 'committed before' },
      { id: 10, body: 'a' },
      { id: 11, body: 'a' },
      { id: 20, body: 'b' },
    ]);
  });

  it('many concurrent GraphQL requests all get right answers', async () => {
    const queries = Array.from({ length: 30 }, (_, i) =>
      i % 2 === 0 ? '{ countries(filter: { region: "ECA" }) { totalCount } }' : '{ objective(number: 16) { number } }',
    );
    const results = await Promise.all(queries.map((q) => t.gql<{ countries?: { totalCount: number }; objective?: { number: number } }>(q)));
    results.forEach((res, i) => {
      expect(res.errors).toBeUndefined();
      if (i % 2 === 0) expect(res.data?.countries?.totalCount).toBe(54);
      else expect(res.data?.objective?.number).toBe(16);
    });
  });

  it('on the embedded database, querying outside the open transaction fails clearly instead of hanging', async () => {
    if (!t.config.usesEmbeddedDatabase) {
      // A PostgreSQL server has a pool of sessions: the same code would simply run.
      expect(t.config.DATABASE_URL).toBeDefined();
      return;
    }
    const started = Date.now();
    const attempt = t.dataSource.transaction(async (m) => {
      await m.query("INSERT INTO scratch_note VALUES (40, 'inside')");
      // Wrong on purpose: this bypasses the transaction's EntityManager.
      await t.dataSource.query('SELECT 1');
    });
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedSessionTimeoutError);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM scratch_note WHERE id = 40')).toEqual([{ n: 0 }]);
  });
});
