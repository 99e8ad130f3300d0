import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { type AccountCaller, CallerResolver } from '../../common/auth/caller.js';
import type { Role } from '../../common/auth/role.js';
import { BadUserInputError, DomainError } from '../../common/errors/domain-error.js';
import { AppConfig } from '../../config/app-config.js';
import { AccountEntity } from './account.entity.js';
import { AccountsService } from './accounts.service.js';
import { PasswordHasher } from './password-hasher.js';
import { defined } from '../../common/defined.js';

interface TokenClaims {
  sub: string;
  /** The account's token version when the token was issued. */
  tv: number;
  /** Web sessions only: the CSRF token the browser must echo in X-CSRF-Token on writes. */
  csrf?: string;
}

/** One message for every failed sign-in, so it never tells whether an address has an account. */
const SIGN_IN_FAILED = 'Sign-in failed: the e-mail or password is wrong, or the account is locked or inactive';

const INVALID_TOKEN = 'The session token is invalid or has expired: sign in again';

export interface Session {
  token: string;
  expiresAt: Date;
  account: AccountEntity;
  /** Set for a web session (signIn): the value of the CSRF cookie and header. */
  csrfToken: string | null;
}

/**
 * Sign-in and session tokens. Both limits live in the database, so they hold across restarts
 * and across every server instance behind a load balancer:
 * - per account: an attempt is reserved (counted as a failure) by one atomic UPDATE before the
 *   password is checked, and only a reserved attempt is checked; a right password gives the
 *   reservation back. Parallel guesses therefore count as sequential ones: at most
 *   LOGIN_MAX_FAILURES of them are ever checked before the lock;
 * - per client address: LOGIN_RATE_PER_MINUTE attempts per minute window, counted by one
 *   atomic upsert (table sign_in_address).
 */
@Injectable()
export class SessionsService extends CallerResolver implements OnModuleInit {
  private dummyHash!: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly passwords: PasswordHasher,
    private readonly accounts: AccountsService,
  ) {
    super();
  }

  async onModuleInit(): Promise<void> {
    // Verified against when no attempt was reserved, so every refusal takes as long.
    this.dummyHash = await this.passwords.hash(randomBytes(16).toString('hex'));
  }

  /** `web`: a session for the web app's cookie, with a CSRF token bound into the signed token. */
  async login(email: string, password: string, clientAddress: string, options: { web?: boolean } = {}): Promise<Session> {
    const account = await this.checkPassword(email, password, clientAddress);
    if (!account) throw new DomainError('UNAUTHENTICATED', SIGN_IN_FAILED);
    return this.issue(account, options);
  }

  /**
   * One's own password, changed with the current one, which is checked under the same limits
   * as a sign-in (the address's rate, the account's failure count and lock). Every session of
   * the account ends; the caller gets a new session (`web`: for the cookie).
   */
  async changeOwnPassword(
    caller: AccountCaller,
    currentPassword: string,
    newPassword: string,
    clientAddress: string,
    options: { web?: boolean } = {},
  ): Promise<Session> {
    if (newPassword === currentPassword) {
      throw new BadUserInputError('The new password must differ from the current one', [
        { field: 'newPassword', messages: ['must differ from the current password'] },
      ]);
    }
    const account = await this.checkPassword(caller.email, currentPassword, clientAddress);
    if (!account || account.id !== caller.accountId) {
      throw new BadUserInputError('The current password is wrong (repeated failures lock the account for a while)', [
        { field: 'currentPassword', messages: ['wrong password'] },
      ]);
    }
    const saved = await this.accounts.changeOwnPassword(caller, await this.passwords.hash(newPassword));
    return this.issue(saved, options);
  }

  /** Ends every session of the caller's account, this one included. */
  async signOutEverywhere(caller: AccountCaller): Promise<void> {
    await this.accounts.endAllSessions(caller);
  }

  /**
   * The account whose password this is, checked under both limits (see the class), or null.
   * A right password gives the reserved attempt back and lifts nothing else.
   */
  /**
   * Forgot password (public): counts against the client address's sign-in attempts (so it
   * cannot be used to mail-bomb or probe faster than one can guess passwords), then mails a
   * reset link if the address has an active account. Same answer either way.
   */
  async requestPasswordReset(email: string, clientAddress: string): Promise<void> {
    await this.consumeAddressAttempt(clientAddress);
    await this.accounts.requestPasswordReset(email);
  }

  private async checkPassword(email: string, password: string, clientAddress: string): Promise<AccountEntity | null> {
    await this.consumeAddressAttempt(clientAddress);
    const reservedId = await this.reserveAttempt(email.trim().toLowerCase());
    const account = reservedId ? await this.db.getRepository(AccountEntity).findOneBy({ id: reservedId }) : null;
    const passwordOk = await this.passwords.verify(account?.passwordHash ?? this.dummyHash, password);
    if (!account || !passwordOk) return null;
    await this.db.query('UPDATE account SET failed_logins = 0, locked_until = NULL WHERE id = $1', [account.id]);
    return account;
  }

  private async issue(account: AccountEntity, options: { web?: boolean }): Promise<Session> {
    const csrfToken = options.web ? randomBytes(32).toString('base64url') : null;
    const claims: TokenClaims = { sub: account.id, tv: account.tokenVersion, ...(csrfToken ? { csrf: csrfToken } : {}) };
    const token = await this.jwt.signAsync(claims);
    return { token, expiresAt: new Date(Date.now() + this.config.JWT_TTL_SECONDS * 1000), account, csrfToken };
  }

  /**
   * One atomic statement takes an attempt on an active, unlocked account: it counts as a
   * failure until the password proves right, and the one that reaches LOGIN_MAX_FAILURES locks
   * the account for LOGIN_LOCK_SECONDS (and starts the count again). Concurrent attempts queue
   * on the row, each seeing the one before. Null when there is no attempt to take (unknown
   * address, inactive or locked account).
   */
  private async reserveAttempt(email: string): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(
      `WITH reserved AS (
         UPDATE account
            SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
                locked_until  = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE locked_until END
          WHERE email = $1 AND active AND (locked_until IS NULL OR locked_until <= now())
          RETURNING id)
       SELECT id FROM reserved`,
      [email, this.config.LOGIN_MAX_FAILURES, this.config.LOGIN_LOCK_SECONDS],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Counts the attempt in its address's minute window (one upsert: a window older than a minute
   * starts again at 1), and refuses it past LOGIN_RATE_PER_MINUTE. Windows idle for a day are
   * removed on the way.
   */
  private async consumeAddressAttempt(clientAddress: string): Promise<void> {
    const rows: { attempts: number; seconds_left: number }[] = await this.db.query(
      `WITH expired AS (DELETE FROM sign_in_address WHERE window_started_at < now() - interval '1 day' AND address <> $1)
       INSERT INTO sign_in_address AS s (address, window_started_at, attempts) VALUES ($1, now(), 1)
       ON CONFLICT (address) DO UPDATE
          SET attempts          = CASE WHEN s.window_started_at <= now() - interval '60 seconds' THEN 1 ELSE s.attempts + 1 END,
              window_started_at = CASE WHEN s.window_started_at <= now() - interval '60 seconds' THEN now() ELSE s.window_started_at END
       RETURNING attempts, ceil(extract(epoch FROM (window_started_at + interval '60 seconds' - now())))::int AS seconds_left`,
      [clientAddress.slice(0, 200)],
    );
    const { attempts, seconds_left } = defined(rows[0], 'the upserted attempt count');
    if (attempts > this.config.LOGIN_RATE_PER_MINUTE) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        `Too many sign-in attempts from this address: try again in ${Math.max(seconds_left, 1)} s`,
      );
    }
  }

  async resolve(token: string): Promise<AccountCaller> {
    return (await this.resolveSession(token)).caller;
  }

  async resolveSession(token: string): Promise<{ caller: AccountCaller; csrfToken: string | null }> {
    let claims: TokenClaims & { exp?: unknown };
    try {
      claims = await this.jwt.verifyAsync<TokenClaims & object>(token);
    } catch {
      throw new DomainError('UNAUTHENTICATED', INVALID_TOKEN);
    }
    // Only tokens this server issued pass: they always expire, name an account id and a token version.
    if (typeof claims.exp !== 'number' || typeof claims.sub !== 'string' || !isUUID(claims.sub) || !Number.isInteger(claims.tv)) {
      throw new DomainError('UNAUTHENTICATED', INVALID_TOKEN);
    }
    const account = await this.db.getRepository(AccountEntity).findOneBy({ id: claims.sub });
    if (!account || !account.active || account.tokenVersion !== claims.tv) {
      throw new DomainError('UNAUTHENTICATED', 'This session has ended (account changed or deactivated): sign in again');
    }
    return {
      caller: {
        kind: 'account',
        accountId: account.id,
        email: account.email,
        role: account.role as Role,
        countryIso3: account.countryIso3,
      },
      csrfToken: typeof claims.csrf === 'string' ? claims.csrf : null,
    };
  }
}
