import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

/** The file of settings read at start, in the working directory (where `npm start` runs). */
export const DOT_ENV_FILE = '.env';

export class DotEnvError extends Error {
  constructor(path: string, reason: string) {
    super(`Cannot read ${path}: ${reason}`);
    this.name = 'DotEnvError';
  }
}

/**
 * Adds the settings of a `.env` file to `env`, never replacing a variable the environment
 * already has (set, even to an empty value): the environment wins over the file. No file,
 * nothing added. Returns the names taken from the file (never their values, which may be
 * secrets). The file is parsed by Node's own parser (util.parseEnv), as `node --env-file` reads it.
 */
export function loadDotEnv(env: NodeJS.ProcessEnv = process.env, path: string = resolve(DOT_ENV_FILE)): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw new DotEnvError(path, code === 'EISDIR' ? 'it is a directory' : (err as Error).message);
  }
  const taken: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (value === undefined || env[name] !== undefined) continue;
    env[name] = value;
    taken.push(name);
  }
  return taken;
}
