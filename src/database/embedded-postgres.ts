import { access, mkdir, mkdtemp, open, readFile, rm, stat, utimes } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

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

/** What the lock file says about the process holding the directory. */
interface LockHolder {
  pid: number;
  host: string;
  /** The process's start time as /proc gives it (clock ticks since boot), to tell a reused pid; null where there is no /proc. */
  started: string | null;
}

/** A lock held from another machine (a shared volume) counts as abandoned after this long without a refresh. */
const FOREIGN_LOCK_STALE_MS = 15_000;
const LOCK_REFRESH_MS = 5_000;

async function processStartTime(pid: number): Promise<string | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the command name (which may hold spaces, inside parentheses).
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** The lock file's text and the holder it names (null when the text does not name one). */
async function readHolder(path: string): Promise<{ text: string; holder: LockHolder | null } | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    if (typeof h.pid === 'number' && typeof h.host === 'string') {
      return { text, holder: { pid: h.pid, host: h.host, started: typeof h.started === 'string' ? h.started : null } };
    }
  } catch {
    // not JSON: see below
  }
  return { text, holder: null };
}

/** Whether the process named by the lock still runs. On another machine only the lock's refreshes can tell. */
async function holderIsAlive(holder: LockHolder, path: string): Promise<boolean> {
  if (holder.host !== hostname()) {
    const age = Date.now() - (await stat(path)).mtimeMs;
    return age < FOREIGN_LOCK_STALE_MS;
  }
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  // The pid runs (or belongs to another user): the same process, unless the pid was reused since.
  const started = await processStartTime(holder.pid);
  return holder.started === null || started === null || started === holder.started;
}

/**
 * Takes `<dir>/gcm-tracker.lock` for this process: created exclusively, holding the pid, host
 * and start time. A lock whose holder is dead (the server was killed with `kill -9`, the
 * machine lost power) is taken over at once; a live holder is refused. A lock written from
 * another machine sharing the directory counts as held while it is refreshed (every 5 s).
 * proper-lockfile, used before, could only judge a lock by its age, so a killed server's
 * directory stayed closed for 15 s.
 */
async function lockDataDirectory(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, 'gcm-tracker.lock');
  const me: LockHolder = { pid: process.pid, host: hostname(), started: await processStartTime(process.pid) };
  const mine = JSON.stringify(me);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const file = await open(path, 'wx', 0o600);
      try {
        await file.writeFile(mine);
      } finally {
        await file.close();
      }
      const refresh = setInterval(() => {
        const now = new Date();
        utimes(path, now, now).catch((err: Error) => {
          process.emitWarning(`Embedded database lock could not be refreshed (${err.message}): another machine could open ${dir}`);
        });
      }, LOCK_REFRESH_MS);
      refresh.unref();
      return async () => {
        clearInterval(refresh);
        if ((await readFile(path, 'utf8').catch(() => '')) === mine) await rm(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      // The lock of an earlier version (proper-lockfile's directory, refreshed every 5 s while held).
      if (Date.now() - info.mtimeMs < FOREIGN_LOCK_STALE_MS) throw new DataDirectoryLockedError(dir);
      await rm(path, { recursive: true, force: true });
      continue;
    }
    const found = await readHolder(path);
    if (found === null) continue; // released meanwhile
    if (found.holder === null) {
      // Being written by a process starting this very moment, or garbage left behind.
      const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
      if (age < 2_000) throw new DataDirectoryLockedError(dir);
    } else if (await holderIsAlive(found.holder, path)) {
      throw new DataDirectoryLockedError(dir);
    }
    // The holder is gone: remove its lock, unless another starter has replaced it meanwhile, and try again.
    if ((await readFile(path, 'utf8').catch(() => null)) === found.text) await rm(path, { force: true });
  }
  throw new DataDirectoryLockedError(dir);
}

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
      releaseLock = await lockDataDirectory(dir);
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
