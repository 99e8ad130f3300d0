import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrations } from '../../migrations/index.js';
import { DataDirectoryLockedError, EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { startTestApp } from '../helpers/test-app.js';

/** The embedded database on disk: what a user gets from `npm start` with no DATABASE_URL. */
describe('embedded database on disk', () => {
  const dirs: string[] = [];
  const newDir = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'gcm-tracker-test-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('keeps data across a restart of the server, and a second server cannot open the same directory', async () => {
    const dir = await newDir();
    const embedded = { DATABASE_URL: '', EMBEDDED_DATA_DIR: dir };
    // The first start a user gets: a new directory, every migration run.
    const first = await startTestApp(embedded, { fromScratch: true });
    await first.dataSource.query('CREATE TABLE restart_probe (note text)');
    await first.dataSource.query("INSERT INTO restart_probe VALUES ('kept')");
    await expect(EmbeddedPostgres.start(dir)).rejects.toBeInstanceOf(DataDirectoryLockedError);
    await first.close();

    const second = await startTestApp(embedded);
    try {
      expect(await second.dataSource.query('SELECT note FROM restart_probe')).toEqual([{ note: 'kept' }]);
      const res = await second.gql<{ objectives: unknown[] }>('{ objectives { number } }');
      expect(res.data?.objectives).toHaveLength(23);
      // Each migration ran once: the restart found nothing pending.
      expect(await second.dataSource.query('SELECT count(*)::int AS n FROM typeorm_migrations')).toEqual([{ n: migrations.length }]);
      expect(migrations.length).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });

  it('releases the directory on stop so the next process can open it', async () => {
    const dir = await newDir();
    const a = await EmbeddedPostgres.start(dir);
    await a.stop();
    const b = await EmbeddedPostgres.start(dir);
    await b.stop();
  });
});
