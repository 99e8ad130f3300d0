import { access, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import lockfile from 'proper-lockfile';

/** Where a pg client reaches the embedded database. */
export interface EmbeddedEndpoint {
  /** Directory holding the Unix socket (pg's `host` for socket connections). */
  host: string;
  port: number;
  user: string;
  database: string;
}

export interface EmbeddedStartOptions {
  /**
   * Start a new database from this dump of a data directory (PGlite's `dumpDataDir`): in
   * memory, or on disk when the directory holds no database yet. A directory that holds one
   * keeps its own data.
   */
  initialData?: Blob;
}

export class DataDirectoryLockedError extends Error {
  constructor(dir: string) {
    super(
      `The embedded database directory ${dir} is in use by another GCM Tracker process. ` +
        'Stop that process, or set EMBEDDED_DATA_DIR to another directory.',
    );
    this.name = 'DataDirectoryLockedError';
  }
}

const SOCKET_PORT = 5432;

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * An embedded PostgreSQL (PGlite: Postgres compiled to WebAssembly) reached through its
 * wire-protocol socket server, so the application talks to it with the same `pg` driver,
 * the same type parsing and the same SQL as to a PostgreSQL server.
 *
 * PGlite is a single session. The socket server accepts one connection, and the pool in
 * front of it holds one client: each TypeORM query runner leases the whole session for
 * its lifetime (a transaction included) and the others wait in the pool's queue. A second
 * lease requested while one is held by the same code path waits at most the acquire
 * timeout and then fails with a clear error instead of hanging.
 *
 * On disk (the default) the data lives in `<dataDir>/pgdata` and `<dataDir>/gcm-tracker.lock`
 * keeps a second process from opening the same directory. `memory://` gives a throwaway
 * database. A new database, in memory or in a new directory, may start from a template
 * (`initialData`, a dump of a migrated database by PGlite's `dumpDataDir`), which the test
 * suite makes once per run instead of migrating every test file's database from scratch.
 */
export class EmbeddedPostgres {
  private constructor(
    readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly socketDir: string,
    private readonly releaseLock: (() => Promise<void>) | undefined,
  ) {}

  static readonly IN_MEMORY = 'memory://';

  static async start(dataDir: string, options: EmbeddedStartOptions = {}): Promise<EmbeddedPostgres> {
    let releaseLock: (() => Promise<void>) | undefined;
    let pgDataDir: string | undefined;
    if (dataDir !== EmbeddedPostgres.IN_MEMORY) {
      const dir = resolve(dataDir);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      try {
        releaseLock = await lockfile.lock(dir, {
          lockfilePath: join(dir, 'gcm-tracker.lock'),
          stale: 15_000,
          update: 5_000,
          retries: 0,
          onCompromised: (err) => {
            // The lock's mtime could not be refreshed in time (the machine slept, the disk
            // is full, the directory was removed). Keep serving, but say loudly that a
            // second process could now open the directory.
            process.emitWarning(`Embedded database lock lost (${err.message}): another process could now open ${dir}`);
          },
        });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirectoryLockedError(dir);
        throw err;
      }
      pgDataDir = join(dir, 'pgdata');
      if (options.initialData && (await exists(pgDataDir))) {
        await releaseLock();
        throw new Error(`The embedded database in ${dir} keeps its own data: only a new directory starts from a template`);
      }
    }
    const socketDir = await mkdtemp(join(tmpdir(), 'gcm-tracker-pg-'));
    try {
      const db = await PGlite.create(pgDataDir ?? EmbeddedPostgres.IN_MEMORY, { loadDataDir: options.initialData });
      const server = new PGLiteSocketServer({
        db,
        path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
        maxConnections: 1,
      });
      await server.start();
      return new EmbeddedPostgres(db, server, socketDir, releaseLock);
    } catch (err) {
      await rm(socketDir, { recursive: true, force: true });
      await releaseLock?.();
      throw err;
    }
  }

  get endpoint(): EmbeddedEndpoint {
    return { host: this.socketDir, port: SOCKET_PORT, user: 'postgres', database: 'postgres' };
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    await rm(this.socketDir, { recursive: true, force: true });
    await this.releaseLock?.();
  }
}
