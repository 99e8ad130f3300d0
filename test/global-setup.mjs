import { randomBytes } from 'node:crypto';
import { assertTestDatabase, serverUrl, withAdminClient } from './test-database.mjs';

export default async function globalSetup() {
  process.env.TZ = 'UTC';
  process.env.GCM_TEST_RUN_ID = `r${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const url = serverUrl();
  if (url) {
    assertTestDatabase(url);
    await withAdminClient(url, (client) => client.query('SELECT 1'));
    console.log(
      `\nTest databases: PostgreSQL server (${new URL(url).host}), one fresh database per test file, copied from a migrated template`,
    );
  } else {
    console.log('\nTest databases: embedded (PGlite), one fresh in-memory database per test file, loaded from a migrated template');
  }
}
