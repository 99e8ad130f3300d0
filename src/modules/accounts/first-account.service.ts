import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role } from '../../common/auth/role.js';
import { BadUserInputError, DomainError } from '../../common/errors/domain-error.js';
import type { AuditActor } from '../audit/audit.service.js';
import type { AccountEntity } from './account.entity.js';
import { AccountsService } from './accounts.service.js';
import { CreateAccountInput, type FirstAccountInput } from './dto/account.inputs.js';
import { SetupTokenEntity } from './setup-token.entity.js';

/** Who made the first account, as the audit trail names it. */
export const SETUP_LINK_ACTOR: AuditActor = { kind: 'system', label: 'setup link' };

const hashOf = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * The first account without a command line. While no account exists, each start prints a
 * one-time setup link (`announce`, called by main.ts once the server listens); the token
 * travels in the link's fragment (`/setup#<token>`), which browsers never send, so it never
 * reaches an access log. Only its SHA-256 is stored. It is valid until used; a new start
 * while there is still no account replaces it (the older link stops working).
 */
@Injectable()
export class FirstAccountService {
  private readonly logger = new Logger('Setup');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsService,
  ) {}

  /** True while no account exists: the web app's sign-in page then points to the setup link. */
  async setupPending(): Promise<boolean> {
    return !(await this.accounts.anyExists());
  }

  /**
   * When no account exists: makes a new token (the previous one stops working), logs the link
   * and returns it. Otherwise removes any token left and returns null.
   */
  async announce(baseUrl: string): Promise<string | null> {
    const token = randomBytes(32).toString('base64url');
    const issued = await this.db.transaction(async (m) => {
      await m.query('LOCK TABLE setup_token IN EXCLUSIVE MODE');
      await m.getRepository(SetupTokenEntity).createQueryBuilder().delete().execute();
      if (await this.accounts.anyExists(m)) return false;
      await m.getRepository(SetupTokenEntity).insert({ tokenHash: hashOf(token) });
      return true;
    });
    if (!issued) return null;
    const link = `${baseUrl.replace(/\/$/, '')}/setup#${token}`;
    this.logger.warn(
      `No account exists yet. Create the first one (a secretariat account) by opening this one-time link: ${link} ` +
        '(restarting the server while no account exists prints a new link; the old one stops working)',
    );
    return link;
  }

  /**
   * Creates the first account, a secretariat member, with the setup link's token. Under an
   * exclusive lock on the token's table, so of two concurrent calls one creates and the
   * other gets CONFLICT: an account must not exist yet (CONFLICT), the token must be the one
   * last printed (BAD_USER_INPUT on `token`); the account and its audit event are written in
   * the same transaction, which also removes the token.
   */
  async createFirstAccount(token: string, input: FirstAccountInput): Promise<AccountEntity> {
    return this.db.transaction(async (m) => {
      await m.query('LOCK TABLE setup_token IN EXCLUSIVE MODE');
      if (await this.accounts.anyExists(m)) {
        throw new DomainError('CONFLICT', 'An account exists already: the setup link is no longer needed; sign in instead');
      }
      const stored = await m.getRepository(SetupTokenEntity).find();
      const given = Buffer.from(hashOf(token), 'hex');
      if (!stored.some((row) => timingSafeEqual(Buffer.from(row.tokenHash, 'hex'), given))) {
        throw new BadUserInputError(
          "The setup link is not valid: use the link in the server's latest start-up log (each start replaces it)",
          [{ field: 'token', messages: ['not the current setup link'] }],
        );
      }
      const account = await this.accounts.create(
        SETUP_LINK_ACTOR,
        plainToInstance(CreateAccountInput, { ...input, role: Role.SECRETARIAT }),
        m,
      );
      await m.getRepository(SetupTokenEntity).createQueryBuilder().delete().execute();
      return account;
    });
  }
}
