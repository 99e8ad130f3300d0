import { DomainError, type FieldError } from '../common/errors/domain-error.js';
import { EmbeddedSessionTimeoutError } from './database-options.js';

/**
 * The one place where what the database refused becomes what a client is told. A constraint
 * the input broke is the caller's to fix (BAD_USER_INPUT naming the field, or CONFLICT for a
 * duplicate); a database that cannot be reached, is shutting down or is out of connections is
 * nobody's input: SERVICE_UNAVAILABLE, which a client may retry (HTTP 503 where a status
 * applies). Anything else stays unexpected (INTERNAL_SERVER_ERROR, logged with its stack).
 */

/** What pg (and TypeORM's QueryFailedError, through `driverError`) tells about a failed statement. */
interface PgErrorFields {
  code?: string;
  detail?: string;
  column?: string;
  table?: string;
  constraint?: string;
  message?: string;
  syscall?: string;
}

/** Node and pg's own errors for a connection that could not be made or was lost. */
const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
const CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|server closed the connection|the database system is (starting up|shutting down)|is not currently accepting connections/i;

/** A connection that could not be made or was lost (an embedded database's socket that is gone included). */
function isConnectionFailure(e: PgErrorFields): boolean {
  const code = e.code ?? '';
  return (
    CONNECTION_ERRNOS.has(code) ||
    (code === 'ENOENT' && e.syscall === 'connect') ||
    CONNECTION_MESSAGES.test(e.message ?? '') ||
    /^08/.test(code) ||
    /^57P0[1-3]$/.test(code) ||
    code === '53300'
  );
}

/** Input column names whose GraphQL field has another name. */
const FIELD_OF_COLUMN: Record<string, string> = { cycle_code: 'cycle', country_iso3: 'country', objective_number: 'objective' };

const camel = (column: string): string => FIELD_OF_COLUMN[column] ?? column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** `Key (cycle_code)=(X) is not present in table "review_cycle".` names the columns at fault. */
function columnsOf(e: PgErrorFields): string[] {
  const m = /Key \(([^)]+)\)=/.exec(e.detail ?? '');
  if (m?.[1]) return m[1].split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  return e.column ? [e.column] : [];
}

function pgFieldsOf(err: unknown): PgErrorFields | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const candidate = e as PgErrorFields & { driverError?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string') return candidate;
    e = candidate.driverError ?? candidate.cause;
  }
  return err instanceof Error ? { message: err.message } : undefined;
}

export class ServiceUnavailableError extends DomainError {
  constructor(message = 'The database is unavailable for the moment: retry in a few seconds') {
    super('SERVICE_UNAVAILABLE', message, [], { retryable: true });
  }
}

function fieldErrors(e: PgErrorFields, message: string): FieldError[] {
  return columnsOf(e).map((column) => ({ field: camel(column), messages: [message] }));
}

/** The domain error a database failure stands for, or undefined when it is unexpected. */
export function databaseErrorOf(err: unknown): DomainError | undefined {
  if (err instanceof DomainError) return undefined;
  if (err instanceof EmbeddedSessionTimeoutError)
    return new ServiceUnavailableError('The embedded database is busy: retry in a few seconds');
  const e = pgFieldsOf(err);
  if (!e) return undefined;
  const code = e.code ?? '';
  // Class 08 connection exception, 53 insufficient resources, 57P01-57P03 shutdown / cannot connect now.
  if (isConnectionFailure(e) || /^53/.test(code)) return new ServiceUnavailableError();
  // The request's time budget (statement_timeout) ran out: the database was too busy to answer in time.
  if (code === '57014') return new ServiceUnavailableError('The database did not answer within the time budget: retry in a few seconds');
  if (code === '40001' || code === '40P01') {
    return new DomainError('CONFLICT', 'The record was changed by another request at the same moment: retry');
  }
  if (code === '23505') {
    const fields = fieldErrors(e, 'already taken');
    return new DomainError('CONFLICT', `Already exists${fields.length ? `: ${fields.map((f) => f.field).join(', ')}` : ''}`, fields);
  }
  if (code === '23503') {
    const fields = fieldErrors(e, 'refers to a record that does not exist');
    return new DomainError(
      'BAD_USER_INPUT',
      `Unknown reference${fields.length ? `: ${fields.map((f) => f.field).join(', ')}` : ''}`,
      fields,
    );
  }
  if (code === '23502' || code === '23514' || code === '23P01') {
    const fields = fieldErrors(e, code === '23502' ? 'is required' : 'is not allowed');
    return new DomainError('BAD_USER_INPUT', `Invalid input${fields.length ? `: ${fields.map((f) => f.field).join(', ')}` : ''}`, fields);
  }
  // Class 22 data exception: a value the column cannot hold (bad text, out-of-range number or date, NUL).
  if (/^22/.test(code)) return new DomainError('BAD_USER_INPUT', 'A value is outside what can be stored (out of range or malformed)');
  return undefined;
}

/** DATABASE_URL as it may be shown: without its password. */
export function redactedDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(DATABASE_URL is not a valid URL)';
  }
}

/**
 * Why the server could not open the PostgreSQL server of DATABASE_URL at boot, in one line, or
 * undefined when the failure is something else. The server does not retry: a supervisor
 * (systemd, Docker, Kubernetes) restarts it, and a person at a terminal sees the cause at once.
 */
export function databaseStartFailure(err: unknown, url: string | undefined): string | undefined {
  if (!url) return undefined;
  const e = pgFieldsOf(err);
  if (!e) return undefined;
  const code = e.code ?? '';
  const where = `the PostgreSQL server of DATABASE_URL (${redactedDatabaseUrl(url)})`;
  const fix = 'Check DATABASE_URL, or unset it to use the embedded database.';
  if (code === '3D000')
    return `The database named in DATABASE_URL does not exist on ${where}: create it, or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`;
  if (code === '28P01' || code === '28000') return `${where} refused the user or password of DATABASE_URL (${e.message}). ${fix}`;
  if (isConnectionFailure(e)) {
    return `Cannot reach ${where}: ${e.message ?? code}. ${fix}`;
  }
  return undefined;
}
