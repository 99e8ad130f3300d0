import { rm } from 'node:fs/promises';
import { runDirectory, runPrefix, serverUrl, withAdminClient } from './test-database.mjs';

/** Drops every database this run created (the template and those of a test file that crashed), and the run's scratch directory. */
export default async function globalTeardown() {
  await rm(runDirectory(), { recursive: true, force: true });
  const url = serverUrl();
  if (!url) return;
  const prefix = runPrefix(url);
  await withAdminClient(url, async (client) => {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
