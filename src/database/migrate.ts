import type { DataSource } from 'typeorm';
import { syncReferenceData } from './reference-data/reference-sync.js';

/** Arbitrary but fixed: the key of the advisory lock held while one instance migrates. */
const MIGRATION_LOCK_KEY = 7_428_019_201;

export interface MigrationOutcome {
  applied: string[];
}

/**
 * Applies pending migrations, then brings the reference data in line with the project's
 * files. On a PostgreSQL server several instances may start at once: a session-level
 * advisory lock makes them take turns. (The embedded database belongs to one process,
 * guarded by its directory lock, and has a single session, so it takes no such lock.)
 */
export async function migrateDatabase(dataSource: DataSource, options: { lock: boolean }): Promise<MigrationOutcome> {
  const lockRunner = options.lock ? dataSource.createQueryRunner() : undefined;
  if (lockRunner) {
    await lockRunner.connect();
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  }
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await syncReferenceData(dataSource);
    return { applied: applied.map((m) => m.name) };
  } finally {
    if (lockRunner) {
      await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
      await lockRunner.release();
    }
  }
}
