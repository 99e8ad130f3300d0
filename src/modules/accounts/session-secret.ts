import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EmbeddedPostgres } from '../../database/embedded-postgres.js';
import type { AppConfig } from '../../config/app-config.js';

/** Beside the embedded database's files: the secret that signs this install's session tokens. */
export const SESSION_SECRET_FILE = 'session-secret';

export class MissingSessionSecretError extends Error {
  constructor() {
    super(
      'JWT_SECRET is not set. On a PostgreSQL server every instance must sign session tokens with the same secret: ' +
        'set JWT_SECRET to 32 or more random characters (e.g. `openssl rand -base64 48`).',
    );
    this.name = 'MissingSessionSecretError';
  }
}

/**
 * The secret that signs session tokens. No install uses a secret anyone can read:
 * - JWT_SECRET when it is set;
 * - on the embedded database, a random secret made on first start and kept in
 *   `<EMBEDDED_DATA_DIR>/session-secret` (readable by the server's user only), so tokens
 *   survive a restart; a throwaway (memory://) database gets a new one per process;
 * - on a PostgreSQL server without JWT_SECRET, the server refuses to start.
 */
export async function sessionSecret(config: Pick<AppConfig, 'JWT_SECRET' | 'DATABASE_URL' | 'EMBEDDED_DATA_DIR'>): Promise<string> {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  if (config.DATABASE_URL) throw new MissingSessionSecretError();
  if (config.EMBEDDED_DATA_DIR === EmbeddedPostgres.IN_MEMORY) return randomBytes(48).toString('base64');
  const dir = resolve(config.EMBEDDED_DATA_DIR);
  const file = join(dir, SESSION_SECRET_FILE);
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept.length >= 32) return kept;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
