import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  return value;
};
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/**
 * Secrets published with earlier versions of this project (its old default): refused
 * everywhere, since anyone can sign a token with them.
 */
export const PUBLISHED_JWT_SECRETS = ['gcm-tracker-development-secret-do-not-use-in-production'];

/** argon2id's cost by default (the argon2 package's defaults); production accepts no less. */
export const DEFAULT_PASSWORD_HASH_MEMORY_KIB = 65_536;
export const DEFAULT_PASSWORD_HASH_ITERATIONS = 3;

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every environment variable the server reads. Each one is listed in .env.example and
 * in the table of docs/operations.md; the server refuses to start when one is malformed.
 */
export class AppConfig {
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @Transform(toInt)
  @Min(0)
  @Max(65535)
  @IsInt()
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** PostgreSQL server URL. Unset: the embedded database in EMBEDDED_DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string = undefined;

  @Transform(toInt)
  @Min(1)
  @Max(200)
  @IsInt()
  DATABASE_POOL_SIZE = 10;

  /** Directory of the embedded database's files; created on first start. */
  @IsString()
  EMBEDDED_DATA_DIR = './data';

  /** How long a request waits for the embedded database's single session before failing. */
  @Transform(toInt)
  @Min(100)
  @Max(600_000)
  @IsInt()
  EMBEDDED_ACQUIRE_TIMEOUT_MS = 10_000;

  /** Run pending migrations and synchronise reference data at boot. */
  @Transform(toBoolean)
  @IsBoolean()
  DB_MIGRATE_ON_START = true;

  /** Serve the offline GraphQL IDE at /ide. Unset: on, except in production. */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  GRAPHQL_IDE?: boolean = undefined;

  /** Answer GraphQL introspection queries. Unset: on, except in production. */
  @Transform(toBoolean)
  @IsOptional()
  @IsBoolean()
  GRAPHQL_INTROSPECTION?: boolean = undefined;

  get ideEnabled(): boolean {
    return this.GRAPHQL_IDE ?? this.NODE_ENV !== 'production';
  }

  get introspectionEnabled(): boolean {
    return this.GRAPHQL_INTROSPECTION ?? (this.GRAPHQL_IDE === true || this.NODE_ENV !== 'production');
  }

  /** Deepest selection a GraphQL operation may nest (introspection aside). */
  @Transform(toInt)
  @Min(2)
  @Max(100)
  @IsInt()
  GRAPHQL_MAX_DEPTH = 10;

  /** Aliases one GraphQL operation may use. */
  @Transform(toInt)
  @Min(0)
  @Max(1000)
  @IsInt()
  GRAPHQL_MAX_ALIASES = 20;

  /** Largest cost of one GraphQL operation: each field counts 1, a list multiplies what it holds by its size. */
  @Transform(toInt)
  @Min(100)
  @Max(10_000_000)
  @IsInt()
  GRAPHQL_MAX_COST = 100_000;

  /** Largest GraphQL document, in tokens (names, punctuation, values). */
  @Transform(toInt)
  @Min(100)
  @Max(1_000_000)
  @IsInt()
  GRAPHQL_MAX_TOKENS = 5_000;

  /** Longest a single SQL statement may run on a PostgreSQL server before it is cancelled (ms). */
  @Transform(toInt)
  @Min(100)
  @Max(600_000)
  @IsInt()
  DATABASE_STATEMENT_TIMEOUT_MS = 5_000;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /**
   * Signs session tokens, 32+ characters. Unset: on the embedded database a random secret is
   * made on first start and kept beside its files; a PostgreSQL server refuses to start.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string = undefined;

  /** Lifetime of a session token, in seconds. */
  @Transform(toInt)
  @Min(60)
  @Max(30 * 24 * 3600)
  @IsInt()
  JWT_TTL_SECONDS = 8 * 3600;

  /** Failed sign-ins in a row after which an account is locked. */
  @Transform(toInt)
  @Min(1)
  @Max(100)
  @IsInt()
  LOGIN_MAX_FAILURES = 5;

  /**
   * Which proxies in front of the server to believe about the client address (Express's
   * "trust proxy"): false, true, a number of hops, or addresses/subnets separated by commas.
   * Needed behind a load balancer, or every client shares its address.
   */
  @IsString()
  @Matches(/^(false|true|\d{1,2}|[0-9a-fA-F.:/, ]+|loopback|linklocal|uniquelocal)$/, {
    message: 'TRUST_PROXY must be false, true, a number of hops, or addresses/subnets separated by commas',
  })
  TRUST_PROXY = 'false';

  /** The TRUST_PROXY value as Express expects it. */
  get trustProxy(): boolean | number | string {
    if (this.TRUST_PROXY === 'true') return true;
    if (this.TRUST_PROXY === 'false') return false;
    if (/^\d+$/.test(this.TRUST_PROXY)) return Number(this.TRUST_PROXY);
    return this.TRUST_PROXY;
  }

  /** Sign-in attempts allowed per client address per minute (counted in the database: across restarts and server processes). */
  @Transform(toInt)
  @Min(1)
  @Max(10_000)
  @IsInt()
  LOGIN_RATE_PER_MINUTE = 20;

  /** How long a locked account stays locked, in seconds. */
  @Transform(toInt)
  @Min(1)
  @Max(24 * 3600)
  @IsInt()
  LOGIN_LOCK_SECONDS = 15 * 60;

  /**
   * argon2id memory per password hash, in KiB. Lower it only to make tests fast: production
   * refuses less than the default.
   */
  @Transform(toInt)
  @Min(64)
  @Max(4_194_304)
  @IsInt()
  PASSWORD_HASH_MEMORY_KIB = DEFAULT_PASSWORD_HASH_MEMORY_KIB;

  /** argon2id passes per password hash. Production refuses less than the default. */
  @Transform(toInt)
  @Min(1)
  @Max(100)
  @IsInt()
  PASSWORD_HASH_ITERATIONS = DEFAULT_PASSWORD_HASH_ITERATIONS;

  /**
   * The address people open the web app at (https://gcm-tracker.example.org), used in the links
   * of mails. Unset: http://localhost:PORT (production refuses to send mails without it).
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_URL must be an http:// or https:// URL' })
  PUBLIC_URL?: string = undefined;

  /** The public address without a trailing slash. */
  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  /**
   * The mail server, as one URL (smtp://user:password@host:587, smtps://... for implicit TLS).
   * Unset, and SMTP_HOST unset: mail is off, and mails wait in the outbox until it is set.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string = undefined;

  /** The mail server's host, when SMTP_URL is not used. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  SMTP_HOST?: string = undefined;

  @Transform(toInt)
  @Min(1)
  @Max(65535)
  @IsInt()
  SMTP_PORT = 587;

  /** Implicit TLS from the first byte (port 465). False: STARTTLS when the server offers it. */
  @Transform(toBoolean)
  @IsBoolean()
  SMTP_SECURE = false;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  SMTP_USER?: string = undefined;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string = undefined;

  /** The sender of every mail, e.g. "GCM Tracker <no-reply@example.org>". Required in production when mail is on. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  MAIL_FROM?: string = undefined;

  get mailEnabled(): boolean {
    return this.SMTP_URL !== undefined || this.SMTP_HOST !== undefined;
  }

  get mailFrom(): string {
    return this.MAIL_FROM ?? 'GCM Tracker <gcm-tracker@localhost>';
  }

  /** How often the server's mail worker looks for due mails, in seconds. */
  @Transform(toInt)
  @Min(1)
  @Max(3600)
  @IsInt()
  MAIL_POLL_SECONDS = 15;

  /** How long a submission's mail to the secretariat waits, so that one mail lists the submissions made meanwhile, in seconds. */
  @Transform(toInt)
  @Min(0)
  @Max(24 * 3600)
  @IsInt()
  MAIL_GROUP_SECONDS = 120;

  /** The wait before the first retry of a failed mail, in seconds; doubled after each failure up to MAIL_RETRY_MAX_SECONDS. */
  @Transform(toInt)
  @Min(1)
  @Max(24 * 3600)
  @IsInt()
  MAIL_RETRY_BASE_SECONDS = 30;

  @Transform(toInt)
  @Min(1)
  @Max(7 * 24 * 3600)
  @IsInt()
  MAIL_RETRY_MAX_SECONDS = 3600;

  /** Attempts after which a mail is given up (kept in the outbox with its last error). */
  @Transform(toInt)
  @Min(1)
  @Max(1000)
  @IsInt()
  MAIL_MAX_ATTEMPTS = 30;

  /** How long a link to set one's password stays valid, in hours. */
  @Transform(toInt)
  @Min(1)
  @Max(30 * 24)
  @IsInt()
  PASSWORD_LINK_TTL_HOURS = 72;

  /** The hour (UTC, 0-23) at which daily digests are mailed to those who chose them. */
  @Transform(toInt)
  @Min(0)
  @Max(23)
  @IsInt()
  DIGEST_HOUR_UTC = 6;

  /** Days before a reporting window's last day on which its focal points are reminded while their report has work left, e.g. "14,3,1". */
  @Matches(/^\s*\d{1,3}(\s*,\s*\d{1,3})*\s*$/, {
    message: 'REMINDER_DAYS_BEFORE_CLOSE must be a comma-separated list of whole days, e.g. 14,3,1',
  })
  @IsString()
  REMINDER_DAYS_BEFORE_CLOSE = '14,3,1';

  get reminderDaysBeforeClose(): number[] {
    return [...new Set(this.REMINDER_DAYS_BEFORE_CLOSE.split(',').map((d) => Number(d.trim())))].sort((a, b) => b - a);
  }

  /** Days a submitted entry may wait for review before the secretariat is reminded of it. */
  @Transform(toInt)
  @Min(1)
  @Max(365)
  @IsInt()
  REVIEW_WAITING_DAYS = 7;

  /**
   * How many days after a date (a window closed, a pledge's target date) its reminder may still
   * be sent when the server was not running on the day: older dates are not reminded of, so a
   * new install or a long outage does not send reminders about the distant past.
   */
  @Transform(toInt)
  @Min(0)
  @Max(90)
  @IsInt()
  REMINDER_CATCH_UP_DAYS = 7;

  /** How often the server looks for due reminders, in seconds. */
  @Transform(toInt)
  @Min(10)
  @Max(24 * 3600)
  @IsInt()
  REMINDER_POLL_SECONDS = 900;

  /** Password reset links one e-mail address may be sent per hour (forgot password); more asks get the same answer and no mail. */
  @Transform(toInt)
  @Min(1)
  @Max(100)
  @IsInt()
  PASSWORD_RESET_REQUESTS_PER_HOUR = 3;

  /** Live update sockets (GraphQL subscriptions over graphql-ws at /graphql) one server process holds at most; more are refused. */
  @Transform(toInt)
  @Min(1)
  @Max(100_000)
  @IsInt()
  LIVE_MAX_CONNECTIONS = 1000;

  /** Live update sockets one account may hold at once (one per open tab); more are refused. */
  @Transform(toInt)
  @Min(1)
  @Max(100)
  @IsInt()
  LIVE_MAX_CONNECTIONS_PER_ACCOUNT = 10;

  /** How often an open live update socket checks that its session still holds (signed out, expired, account changed), in seconds. */
  @Transform(toInt)
  @Min(1)
  @Max(3600)
  @IsInt()
  LIVE_SESSION_CHECK_SECONDS = 60;

  get usesEmbeddedDatabase(): boolean {
    return this.DATABASE_URL === undefined;
  }
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Reads and validates configuration from an environment (process.env by default). */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const plain: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined) plain[key] = value;
  }
  const config = plainToInstance(AppConfig, plain, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true, stopAtFirstError: true });
  const problems = errors.flatMap((e) =>
    Object.values(e.constraints ?? {}).map(
      (msg) =>
        `${e.property}=${['JWT_SECRET', 'SMTP_URL', 'SMTP_PASSWORD'].includes(e.property) ? '(hidden)' : JSON.stringify(plain[e.property] ?? null)}: ${msg}`,
    ),
  );
  if (config.ideEnabled && !config.introspectionEnabled) {
    problems.push('GRAPHQL_IDE: the IDE reads the schema by introspection: set GRAPHQL_INTROSPECTION=true as well, or GRAPHQL_IDE=false');
  }
  if (config.JWT_SECRET && PUBLISHED_JWT_SECRETS.includes(config.JWT_SECRET)) {
    problems.push('JWT_SECRET: this value is published (it was the old development default): generate a secret of your own');
  }
  if (
    config.NODE_ENV === 'production' &&
    (config.PASSWORD_HASH_MEMORY_KIB < DEFAULT_PASSWORD_HASH_MEMORY_KIB ||
      config.PASSWORD_HASH_ITERATIONS < DEFAULT_PASSWORD_HASH_ITERATIONS)
  ) {
    problems.push(
      `PASSWORD_HASH_MEMORY_KIB, PASSWORD_HASH_ITERATIONS: production hashes passwords at ${DEFAULT_PASSWORD_HASH_MEMORY_KIB} KiB and ${DEFAULT_PASSWORD_HASH_ITERATIONS} iterations or more (a cheaper hash is for tests only)`,
    );
  }
  if (config.SMTP_URL && config.SMTP_HOST) problems.push('SMTP_URL, SMTP_HOST: give the mail server one way, as a URL or as a host');
  if (config.NODE_ENV === 'production' && config.mailEnabled && (!config.PUBLIC_URL || !config.MAIL_FROM)) {
    problems.push('PUBLIC_URL, MAIL_FROM: mails carry links to the web app and a sender: set both when mail is on in production');
  }
  if (config.MAIL_RETRY_MAX_SECONDS < config.MAIL_RETRY_BASE_SECONDS) {
    problems.push('MAIL_RETRY_MAX_SECONDS: must be at least MAIL_RETRY_BASE_SECONDS');
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return config;
}
