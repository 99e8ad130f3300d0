import type { AppConfig } from '../config/app-config.js';
import type { DatabaseTarget } from './database-options.js';
import { EmbeddedPostgres, type EmbeddedStartOptions } from './embedded-postgres.js';

export interface OpenedDatabase {
  target: DatabaseTarget;
  /** Stops the embedded database, if this process runs one. */
  close(): Promise<void>;
}

type DatabaseConfig = Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE' | 'EMBEDDED_DATA_DIR' | 'EMBEDDED_ACQUIRE_TIMEOUT_MS'>;

/** DATABASE_URL set: that PostgreSQL server. Unset: the embedded database on disk. */
export async function openDatabase(config: DatabaseConfig, embedded: EmbeddedStartOptions = {}): Promise<OpenedDatabase> {
  if (config.DATABASE_URL) {
    return {
      target: { kind: 'server', url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE },
      close: async () => undefined,
    };
  }
  const database = await EmbeddedPostgres.start(config.EMBEDDED_DATA_DIR, embedded);
  return {
    target: { kind: 'embedded', endpoint: database.endpoint, acquireTimeoutMs: config.EMBEDDED_ACQUIRE_TIMEOUT_MS },
    close: () => database.stop(),
  };
}
