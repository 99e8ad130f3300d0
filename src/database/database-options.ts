import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import type { EmbeddedEndpoint } from './embedded-postgres.js';
import { entities } from './entities.js';
import { SqlStatementLogger } from './sql-statement-logger.js';

/** Where the data lives: a PostgreSQL server, or the embedded database of this process. */
export type DatabaseTarget =
  | {
      kind: 'server';
      url: string;
      poolSize: number;
      /**
       * The server cancels any statement that runs longer, and ends any session idle inside a
       * transaction as long (the server's requests set it; migrations and scripts do not).
       */
      statementTimeoutMs?: number;
    }
  | { kind: 'embedded'; endpoint: EmbeddedEndpoint; acquireTimeoutMs: number };

export class EmbeddedSessionTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(
      `The embedded database session stayed busy for ${timeoutMs} ms. Either the server is overloaded, ` +
        "or code inside a transaction queried outside that transaction (use the transaction's EntityManager).",
    );
    this.name = 'EmbeddedSessionTimeoutError';
  }
}

/**
 * The embedded database is one session: one pooled client, leased to one TypeORM query
 * runner at a time. A wait longer than the timeout becomes a clear error, not a hang.
 */
function embeddedPgDriver(acquireTimeoutMs: number): typeof pg {
  class LeasedSessionPool extends pg.Pool {
    override connect(...args: unknown[]): never {
      const callback = args[0] as ((err: Error | undefined, client?: pg.PoolClient, release?: () => void) => void) | undefined;
      const translate = (err: Error | undefined): Error | undefined =>
        err && /timeout exceeded when trying to connect/i.test(err.message) ? new EmbeddedSessionTimeoutError(acquireTimeoutMs) : err;
      if (typeof callback === 'function') {
        return super.connect((err, client, release) => callback(translate(err), client, release)) as never;
      }
      return super.connect().catch((err: Error) => {
        throw translate(err) ?? err;
      }) as never;
    }
  }
  return { ...pg, Pool: LeasedSessionPool };
}

/** The one TypeORM options builder, used by the server, the migration CLI and the tests. */
export function buildDataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto' as const,
    logging: ['query', 'error', 'warn', 'migration'] as ('query' | 'error' | 'warn' | 'migration')[],
    logger: new SqlStatementLogger(),
    maxQueryExecutionTime: 500,
    applicationName: 'gcm-tracker',
  };
  if (target.kind === 'server') {
    const timeouts = target.statementTimeoutMs
      ? { statement_timeout: target.statementTimeoutMs, idle_in_transaction_session_timeout: target.statementTimeoutMs }
      : {};
    return { ...common, url: target.url, poolSize: target.poolSize, extra: { connectionTimeoutMillis: 10_000, ...timeouts } };
  }
  return {
    ...common,
    host: target.endpoint.host,
    port: target.endpoint.port,
    username: target.endpoint.user,
    database: target.endpoint.database,
    poolSize: 1,
    driver: embeddedPgDriver(target.acquireTimeoutMs),
    extra: { connectionTimeoutMillis: target.acquireTimeoutMs, max: 1 },
  };
}
