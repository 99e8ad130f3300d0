import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { MAX_IMPORT_FILE_BYTES } from '../modules/pledges/pledge-csv.js';

export const USAGE = `GCM Tracker command line

  npm run cli -- create-user --email <email> --name "<display name>" --role <SECRETARIAT|ANALYST|FOCAL_POINT> [--country <ISO3>]
      Creates an account. The password is read from the GCM_PASSWORD environment variable,
      or else from the first line of standard input.

  npm run cli -- import-pledges <file.csv> [--dry-run]
      Imports pledges from a UTF-8 CSV file of at most 5 MB (columns: docs/pledges.md,
      "Importing pledges"), all or nothing: one bad row rejects the file, and every problem of every
      row is listed. A row whose externalId was imported before updates that pledge.
      --dry-run only validates.

  npm run cli -- seed-demo [--allow-server]
      Loads the demo dataset: the demo accounts (docs/operations.md, "Demo data") and invented pledges, good
      practices and progress reports marked [Demo]. Only on the embedded database unless
      --allow-server is given. Running it again skips what is there, and keeps the demo's
      reporting windows open for 90 days from that day.

The database is the one the server uses: DATABASE_URL, or the embedded database in
EMBEDDED_DATA_DIR. While the server runs on the embedded database, commands go to it over
its command channel (an owner-only socket in the data directory) and it runs them.`;

/** One command, ready to run: everything the client gathers (arguments, password, file) is in it. */
export type CliRequest =
  | {
      command: 'create-user';
      account: { email?: string; displayName?: string; role?: string; country?: string; password: string };
    }
  | { command: 'import-pledges'; fileName: string; base64: string; dryRun: boolean }
  | { command: 'seed-demo'; allowServer: boolean };

export const CLI_COMMANDS = ['create-user', 'import-pledges', 'seed-demo'] as const;

/** How the command line reads and writes. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** The password's first line on standard input (create-user without GCM_PASSWORD). */
  readPasswordLine(): Promise<string>;
}

/** A refusal before anything ran: the message, and the exit code (2: usage). */
export interface CliRefusal {
  message: string;
  exitCode: number;
}

/** Reads the arguments, and gathers what the command needs from this side (password, file). */
export async function requestFromArgs(argv: string[], io: CliIo): Promise<CliRequest | CliRefusal> {
  const [given, ...rest] = argv;
  const command = CLI_COMMANDS.find((c) => c === given);
  if (!command) return { message: USAGE, exitCode: 2 };
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(command, rest);
  } catch (err) {
    return { message: `${(err as Error).message} (npm run cli, with no command, describes every command)`, exitCode: 2 };
  }
  const { values, positionals } = parsed;
  if (command === 'create-user') {
    const password = io.env.GCM_PASSWORD ?? (await io.readPasswordLine());
    return {
      command,
      account: { email: values.email, displayName: values.name, role: values.role, country: values.country, password },
    };
  }
  if (command === 'seed-demo') return { command, allowServer: values['allow-server'] ?? false };
  const [fileName, ...more] = positionals;
  if (fileName === undefined || more.length)
    return { message: 'Give one CSV file: npm run cli -- import-pledges <file.csv> [--dry-run]', exitCode: 2 };
  try {
    const { size } = await stat(fileName);
    if (size > MAX_IMPORT_FILE_BYTES) return { message: `${fileName} is larger than 5 MB; split it into several files`, exitCode: 1 };
    return {
      command: 'import-pledges',
      fileName,
      base64: (await readFile(fileName)).toString('base64'),
      dryRun: values['dry-run'] ?? false,
    };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
    return { message: `Cannot read ${fileName}: ${reason}`, exitCode: 1 };
  }
}

function parseOptions(command: string, args: string[]) {
  return parseArgs({
    args,
    allowPositionals: command === 'import-pledges',
    strict: true,
    options:
      command === 'create-user'
        ? { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, country: { type: 'string' } }
        : command === 'import-pledges'
          ? { 'dry-run': { type: 'boolean' } }
          : { 'allow-server': { type: 'boolean' } },
  }) as { values: Record<string, string | undefined> & { 'dry-run'?: boolean; 'allow-server'?: boolean }; positionals: string[] };
}

/** Whether a value received over the command channel is a request this version understands. */
export function isCliRequest(value: unknown): value is CliRequest {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const strings = (o: unknown, keys: string[]): boolean =>
    typeof o === 'object' && o !== null && keys.every((k) => ['string', 'undefined'].includes(typeof (o as Record<string, unknown>)[k]));
  switch (r.command) {
    case 'create-user':
      return (
        strings(r.account, ['email', 'displayName', 'role', 'country']) &&
        typeof (r.account as { password?: unknown }).password === 'string'
      );
    case 'import-pledges':
      return typeof r.fileName === 'string' && typeof r.base64 === 'string' && typeof r.dryRun === 'boolean';
    case 'seed-demo':
      return typeof r.allowServer === 'boolean';
    default:
      return false;
  }
}
