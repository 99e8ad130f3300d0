import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { isUUID } from 'class-validator';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { type AccountCaller, CallerResolver } from '../../common/auth/caller.js';
import type { Role } from '../../common/auth/role.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AppConfig } from '../../config/app-config.js';
import { AccountEntity } from './account.entity.js';
import { PasswordHasher } from './password-hasher.js';

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
 * Sign-in and session tokens. Failed attempts are counted in the account row, so the lock
 * holds across every server instance behind a load balancer.
 */
@Injectable()
export class SessionsService extends CallerResolver implements OnModuleInit {
  private dummyHash!: string;
  /**
   * Sign-in attempts per client address. The per-account lock stops guessing one account's
   * password; this stops a flood across many addresses, each attempt of which costs an
   * argon2 verification. Counted in this process (rate-limiter-flexible can move it to a
   * shared store when several instances run).
   */
  private readonly attemptsPerAddress: RateLimiterMemory;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly passwords: PasswordHasher,
  ) {
    super();
    this.attemptsPerAddress = new RateLimiterMemory({ points: config.LOGIN_RATE_PER_MINUTE, duration: 60 });
  }

  async onModuleInit(): Promise<void> {
    // Verified against when the address is unknown, so both cases take as long.
    this.dummyHash = await this.passwords.hash(randomBytes(16).toString('hex'));
  }

  /** `web`: a session for the web app's cookie, with a CSRF token bound into the signed token. */
  async login(email: string, password: string, clientAddress: string, options: { web?: boolean } = {}): Promise<Session> {
    try {
      await this.attemptsPerAddress.consume(clientAddress);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        `Too many sign-in attempts from this address: try again in ${Math.ceil(err.msBeforeNext / 1000)} s`,
      );
    }
    const accounts = this.db.getRepository(AccountEntity);
    const account = await accounts.findOneBy({ email: email.trim().toLowerCase() });
    const passwordOk = await this.passwords.verify(account?.passwordHash ?? this.dummyHash, password);
    const locked = Boolean(account?.lockedUntil && account.lockedUntil.getTime() > Date.now());
    if (!account || !account.active || locked || !passwordOk) {
      if (account && account.active && !locked && !passwordOk) await this.countFailure(account.id);
      throw new DomainError('UNAUTHENTICATED', SIGN_IN_FAILED);
    }
    if (account.failedLogins > 0 || account.lockedUntil) {
      await accounts.update({ id: account.id }, { failedLogins: 0, lockedUntil: null });
    }
    const csrfToken = options.web ? randomBytes(32).toString('base64url') : null;
    const claims: TokenClaims = { sub: account.id, tv: account.tokenVersion, ...(csrfToken ? { csrf: csrfToken } : {}) };
    const token = await this.jwt.signAsync(claims);
    return { token, expiresAt: new Date(Date.now() + this.config.JWT_TTL_SECONDS * 1000), account, csrfToken };
  }

  /** One atomic statement: concurrent failures on several instances all count. */
  private async countFailure(accountId: string): Promise<void> {
    await this.db.query(
      `UPDATE account
          SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
              locked_until  = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE locked_until END
        WHERE id = $1`,
      [accountId, this.config.LOGIN_MAX_FAILURES, this.config.LOGIN_LOCK_SECONDS],
    );
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
