import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrations } from '../../migrations/index.js';
import { DataDirectoryLockedError, EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { embeddedTemplate } from '../helpers/database-template.js';
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

  // The tests of the directory's lock start from the run's migrated template rather than
  // creating a new cluster in each directory (seconds each): what they test is the lock.
  const fromTemplate = async (): Promise<{ initialData: Blob }> => ({ initialData: await embeddedTemplate() });

  it('opens at once a directory whose lock holder is dead (kill -9), and still refuses a live holder', async () => {
    const dir = await newDir();
    const lock = join(dir, 'gcm-tracker.lock');
    // A process that held the lock and was killed: its pid no longer runs.
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    await writeFile(lock, JSON.stringify({ pid: dead.pid, host: hostname(), started: null }));
    // Opened without waiting for the lock to age (the restart time after kill -9 is measured by scripts/hardening-figures.ts).
    const db = await EmbeddedPostgres.start(dir, await fromTemplate());
    await db.stop();
    // A live process holds it: refused, however old the lock file.
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await writeFile(lock, JSON.stringify({ pid: live.pid, host: hostname(), started: null }));
      await expect(EmbeddedPostgres.start(dir)).rejects.toBeInstanceOf(DataDirectoryLockedError);
    } finally {
      live.kill('SIGKILL');
    }
    // A lock left by an older version (not this format) and not touched for a while is abandoned too.
    await writeFile(lock, '');
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await (await EmbeddedPostgres.start(dir)).stop();
  });

  it('releases the directory on stop so the next process can open it', async () => {
    const dir = await newDir();
    const a = await EmbeddedPostgres.start(dir, await fromTemplate());
    await a.stop();
    const b = await EmbeddedPostgres.start(dir);
    await b.stop();
  });
});
