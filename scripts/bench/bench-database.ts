import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { type AppConfig, loadAppConfig } from '../../src/config/app-config.js';
import { buildDataSourceOptions } from '../../src/database/database-options.js';
import { migrateDatabase } from '../../src/database/migrate.js';
import { openDatabase } from '../../src/database/open-database.js';

export interface BenchDatabase {
  config: AppConfig;
  dataSource: DataSource;
  /** "PostgreSQL" or "embedded (PGlite)". */
  label: string;
  close(): Promise<void>;
}

/**
 * The database the benchmark writes to or reads from: DATABASE_URL, or the embedded
 * database in EMBEDDED_DATA_DIR. Its name (or directory) must contain "bench", so a
 * benchmark can never fill or wipe a real database.
 */
export async function openBenchDatabase(env: NodeJS.ProcessEnv = process.env): Promise<BenchDatabase> {
  const config = loadAppConfig({ LOG_LEVEL: 'warn', ...env, GRAPHQL_IDE: 'false' });
  const where = config.DATABASE_URL ? new URL(config.DATABASE_URL).pathname : config.EMBEDDED_DATA_DIR;
  if (!/bench/i.test(where)) {
    throw new Error(
      `The benchmark only uses a database whose name or directory contains "bench" (got ${where}); set DATABASE_URL=.../gcm_bench or EMBEDDED_DATA_DIR=./data-bench`,
    );
  }
  const opened = await openDatabase(config);
  const dataSource = new DataSource(buildDataSourceOptions(opened.target));
  await dataSource.initialize();
  await migrateDatabase(dataSource, { lock: opened.target.kind === 'server' });
  return {
    config,
    dataSource,
    label: config.DATABASE_URL ? 'PostgreSQL' : 'embedded (PGlite)',
    close: async () => {
      await dataSource.destroy();
      await opened.close();
    },
  };
}
