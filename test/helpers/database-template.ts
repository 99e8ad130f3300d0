import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, type DatabaseTarget } from '../../src/database/database-options.js';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { migrateDatabase } from '../../src/database/migrate.js';
import { runDirectory, runPrefix, withAdminClient } from '../test-database.mjs';

/**
 * A migrated database (every migration and the reference data) is made once per test run
 * and copied for each test file: creating and migrating an embedded database costs
 * seconds, loading a saved copy a fraction of that. The first test file to ask makes it,
 * under a lock in the run's directory; the others wait for it and reuse it.
 */
async function makeOnce(name: string, ready: string, make: () => Promise<void>): Promise<void> {
  const dir = runDirectory();
  const exists = (): Promise<boolean> =>
    access(ready).then(
      () => true,
      () => false,
    );
  if (await exists()) return;
  await mkdir(dir, { recursive: true });
  // PGlite blocks the event loop for seconds while it initialises: a long stale time keeps
  // the waiting files from taking the lock while it is held.
  const release = await lockfile.lock(dir, {
    lockfilePath: join(dir, `${name}.lock`),
    stale: 300_000,
    update: 30_000,
    retries: { retries: 6_000, minTimeout: 50, maxTimeout: 100 },
    onCompromised: () => undefined,
  });
  try {
    if (!(await exists())) await make();
  } finally {
    await release();
  }
}

async function migrate(target: DatabaseTarget): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions(target));
  await dataSource.initialize();
  try {
    await migrateDatabase(dataSource, { lock: target.kind === 'server' });
  } finally {
    await dataSource.destroy();
  }
}

/** A dump of a migrated embedded database (PGlite's dumpDataDir), to start an in-memory one from. */
export async function embeddedTemplate(): Promise<Blob> {
  const file = join(runDirectory(), 'embedded-template.tar');
  await makeOnce('embedded-template', file, async () => {
    const embedded = await EmbeddedPostgres.start(EmbeddedPostgres.IN_MEMORY);
    try {
      await migrate({ kind: 'embedded', endpoint: embedded.endpoint, acquireTimeoutMs: 60_000 });
      // Test copies are thrown away at the end of each file: durability costs time and buys nothing.
      for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes']) {
        await embedded.db.exec(`ALTER SYSTEM SET ${setting} = off`);
      }
      const dump = await embedded.db.dumpDataDir('none');
      await writeFile(`${file}.partial`, Buffer.from(await dump.arrayBuffer()));
      await rename(`${file}.partial`, file);
    } finally {
      await embedded.stop();
    }
  });
  return new Blob([await readFile(file)]);
}

/** The name of a migrated database on the server, for `CREATE DATABASE ... TEMPLATE`. */
export async function serverTemplate(url: string): Promise<string> {
  const name = `${runPrefix(url)}_template`;
  const ready = join(runDirectory(), `${name}.ready`);
  await makeOnce(name, ready, async () => {
    await withAdminClient(url, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${name}"`);
    });
    const u = new URL(url);
    u.pathname = `/${name}`;
    // Two connections: one holds the migration lock while the other migrates.
    await migrate({ kind: 'server', url: u.toString(), poolSize: 2 });
    await writeFile(ready, '');
  });
  return name;
}
