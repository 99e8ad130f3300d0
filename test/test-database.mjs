// Shared by the jest global setup/teardown and the test app: plain pg, no project imports.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The server URL the suite runs against, or undefined for the embedded database. */
export function serverUrl() {
  const url = process.env.DATABASE_URL;
  return url && url.trim() !== '' ? url : undefined;
}

/** The suite creates its own databases; it refuses a URL whose database name lacks "test". */
export function assertTestDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name.toLowerCase().includes('test')) {
    throw new Error(
      `Refusing to run the tests against database "${name}": its name must contain "test". ` +
        'The suite creates and drops databases named after it.',
    );
  }
  return name;
}

/** Runs fn with a client on the server's maintenance database. */
export async function withAdminClient(url, fn) {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function runPrefix(url) {
  const base = assertTestDatabase(url)
    .replace(/[^a-zA-Z0-9_]/g, '_')
    .toLowerCase();
  return `${base}_${process.env.GCM_TEST_RUN_ID}`;
}

/** This run's scratch directory (the embedded template lives there); removed by the teardown. */
export function runDirectory() {
  return join(tmpdir(), `gcm-tracker-test-${process.env.GCM_TEST_RUN_ID}`);
}
