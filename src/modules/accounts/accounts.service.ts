import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { AccountCaller } from '../../common/auth/caller.js';
import { Role } from '../../common/auth/role.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import type { Connection } from '../../common/pagination/connection.js';
import { decodeCursor, pageSize, toConnection } from '../../common/pagination/keyset.js';
import { lockRowForWrite } from '../../database/lock-for-write.js';
import { type AuditActor, AuditService, diffFields } from '../audit/audit.service.js';
import { CountriesService } from '../countries/countries.service.js';
import { AppConfig } from '../../config/app-config.js';
import { Language } from '../../common/i18n/language.js';
import { NotificationKind } from '../notifications/notification.enums.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { toRecipient } from './account-directory.service.js';
import { MailMode } from './account.enums.js';
import { AccountEntity, isLocked } from './account.entity.js';
import { PasswordLinkEntity } from './password-link.entity.js';
import { PasswordHasher } from './password-hasher.js';
import type { UpdateAccountInput } from './dto/update-account.input.js';
import type { CreateAccountInput } from './dto/create-account.input.js';
import type { AccountsArgs } from './dto/accounts.args.js';

const AUDITED_FIELDS = ['email', 'displayName', 'role', 'countryIso3', 'active', 'locked', 'password'] as const;
type AuditedAccount = Record<(typeof AUDITED_FIELDS)[number], unknown>;

/**
 * The audit trail's names of the account changes (audit_event.action), one per operation:
 * CREATE (createAccount, the command line, the setup link's first account), UPDATE,
 * DEACTIVATE, REACTIVATE, RESET_PASSWORD (by the secretariat), CHANGE_PASSWORD (one's own),
 * SIGN_OUT_EVERYWHERE, UNLOCK.
 */
export const ACCOUNT_AUDIT_ACTION = {
  create: 'CREATE',
  update: 'UPDATE',
  deactivate: 'DEACTIVATE',
  reactivate: 'REACTIVATE',
  resetPassword: 'RESET_PASSWORD',
  changePassword: 'CHANGE_PASSWORD',
  signOutEverywhere: 'SIGN_OUT_EVERYWHERE',
  unlock: 'UNLOCK',
  setPasswordByLink: 'SET_PASSWORD_BY_LINK',
  requestPasswordReset: 'REQUEST_PASSWORD_RESET',
} as const;

/** Who set a password through a mailed link, as the audit trail names it. */
export const PASSWORD_LINK_ACTOR: AuditActor = { kind: 'system', label: 'password link' };

/** Who asked for a reset link by e-mail (forgot password), as the audit trail names it. */
export const PASSWORD_RESET_REQUEST_ACTOR: AuditActor = { kind: 'system', label: 'forgot password' };

const hashOf = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

const INVALID_LINK = () =>
  new BadUserInputError(
    'This link to set a password is not valid: it was used, it expired, or a newer one was sent. Ask the secretariat for a new one.',
    [{ field: 'token', messages: ['not a valid link (used, expired or replaced)'] }],
  );
type AccountAuditAction = (typeof ACCOUNT_AUDIT_ACTION)[keyof typeof ACCOUNT_AUDIT_ACTION];

const PASSWORD_ACTIONS: readonly AccountAuditAction[] = [
  ACCOUNT_AUDIT_ACTION.resetPassword,
  ACCOUNT_AUDIT_ACTION.changePassword,
  ACCOUNT_AUDIT_ACTION.setPasswordByLink,
];

const snapshot = (a: AccountEntity, passwordChanged = false): AuditedAccount => ({
  email: a.email,
  displayName: a.displayName,
  role: a.role,
  countryIso3: a.countryIso3,
  active: a.active,
  locked: isLocked(a),
  password: passwordChanged ? `changed-${a.tokenVersion}` : 'unchanged',
});

/** Accounts are managed by the secretariat (and, for the first one, the command line). */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly countries: CountriesService,
    private readonly passwords: PasswordHasher,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  async findOne(id: string): Promise<AccountEntity> {
    const account = await this.db.getRepository(AccountEntity).findOneBy({ id });
    if (!account) throw new NotFoundError('Account', id);
    return account;
  }

  async findPage(args: AccountsArgs): Promise<Connection<AccountEntity>> {
    const qb = this.db.getRepository(AccountEntity).createQueryBuilder('a');
    const f = args.filter ?? {};
    if (f.role) qb.andWhere('a.role = :role', { role: f.role });
    if (f.country) qb.andWhere('a.country_iso3 = :country', { country: f.country });
    if (f.active !== undefined) qb.andWhere('a.active = :active', { active: f.active });
    if (f.search?.trim()) {
      const like = `%${f.search
        .trim()
        .toLowerCase()
        .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(a.email LIKE :like OR lower(a.display_name) LIKE :like)', { like });
    }
    const totalCount = await qb.clone().getCount();
    if (args.after) qb.andWhere('a.email > :after', { after: String(decodeCursor(args.after, 1)[0]) });
    const size = pageSize(args);
    const rows = await qb
      .orderBy('a.email', 'ASC')
      .limit(size + 1)
      .getMany();
    return toConnection(
      rows,
      size,
      totalCount,
      (r) => [r.email],
      (r) => r,
    );
  }

  /** Any account at all (the setup link is offered only while there is none). */
  async anyExists(manager: EntityManager = this.db.manager): Promise<boolean> {
    return manager.getRepository(AccountEntity).exists();
  }

  /**
   * `manager`: create inside the caller's transaction (the first account: with the setup token's lock held).
   * Without a password, the account gets none that works, and the person is mailed a single-use
   * link to set their own (in the same transaction: no account without its mail).
   */
  async create(actor: AuditActor, input: CreateAccountInput, manager?: EntityManager): Promise<AccountEntity> {
    const country = await this.checkRoleAndCountry(manager ?? this.db.manager, input.role, input.country ?? null);
    const passwordHash = await this.passwords.hash(input.password || randomBytes(32).toString('base64url'));
    const write = async (m: EntityManager): Promise<AccountEntity> => {
      if (await m.existsBy(AccountEntity, { email: input.email })) {
        throw new DomainError('CONFLICT', `An account with e-mail ${input.email} exists already`, [
          { field: 'input.email', messages: ['already in use'] },
        ]);
      }
      const saved = await m.save(
        m.create(AccountEntity, {
          email: input.email,
          displayName: input.displayName,
          role: input.role,
          countryIso3: country,
          active: true,
          passwordHash,
          language: input.language ?? Language.EN,
          mailMode: MailMode.IMMEDIATE,
        }),
      );
      await this.audit.record(m, actor, {
        action: ACCOUNT_AUDIT_ACTION.create,
        entityType: 'Account',
        entityId: saved.id,
        countryIso3: saved.countryIso3,
        changes: diffFields<AuditedAccount>(
          null,
          { ...snapshot(saved), locked: null, password: input.password ? 'set' : 'link sent' },
          AUDITED_FIELDS,
          ['password'],
        ),
      });
      if (!input.password) await this.sendPasswordLink(m, saved, NotificationKind.ACCOUNT_CREATED);
      return saved;
    };
    return manager ? write(manager) : this.db.transaction(write);
  }

  async update(actor: AccountCaller, id: string, version: number, input: UpdateAccountInput): Promise<AccountEntity> {
    return this.change(actor, id, ACCOUNT_AUDIT_ACTION.update, async (m, account) => {
      if (account.version !== version) {
        throw new DomainError(
          'CONFLICT',
          `Account ${id} changed since you read it (version ${account.version}, you sent ${version}); reload and retry`,
        );
      }
      const stored = account.role as Role;
      const role = input.role ?? stored;
      const country = input.country === undefined ? (role === Role.FOCAL_POINT ? account.countryIso3 : null) : input.country;
      const checkedCountry = await this.checkRoleAndCountry(m, role, country);
      if (actor.accountId === id && role !== stored) {
        throw new DomainError('FORBIDDEN', 'You cannot change your own role; ask another secretariat member');
      }
      const authChanged = role !== stored || checkedCountry !== account.countryIso3;
      account.displayName = input.displayName ?? account.displayName;
      account.role = role;
      account.countryIso3 = checkedCountry;
      if (authChanged) account.tokenVersion += 1;
      return m.save(account);
    });
  }

  async setActive(actor: AccountCaller, id: string, active: boolean): Promise<AccountEntity> {
    if (!active && actor.accountId === id) throw new DomainError('FORBIDDEN', 'You cannot deactivate your own account');
    return this.change(actor, id, active ? ACCOUNT_AUDIT_ACTION.reactivate : ACCOUNT_AUDIT_ACTION.deactivate, async (m, account) => {
      if (account.active === active) return account;
      account.active = active;
      // Tokens issued before a deactivation must stop working at once.
      account.tokenVersion += 1;
      return m.save(account);
    });
  }

  /**
   * A new password given by the secretariat, or, without one, none that works and a mailed
   * single-use link for the person to set their own. Either way the account's sessions end.
   */
  async resetPassword(actor: AuditActor, id: string, newPassword?: string): Promise<AccountEntity> {
    const passwordHash = await this.passwords.hash(newPassword || randomBytes(32).toString('base64url'));
    return this.change(actor, id, ACCOUNT_AUDIT_ACTION.resetPassword, async (m, account) => {
      account.passwordHash = passwordHash;
      account.tokenVersion += 1;
      account.failedLogins = 0;
      account.lockedUntil = null;
      const saved = await m.save(account);
      if (!newPassword) await this.sendPasswordLink(m, saved, NotificationKind.PASSWORD_RESET);
      return saved;
    });
  }

  /**
   * Sets the password through a mailed link: the link must be the account's latest, unused and
   * unexpired, and the account active (else BAD_USER_INPUT on `token`, and nothing changes).
   * The link is used up, the account's sessions end and any lock is lifted; sign in afterwards.
   */
  async setPasswordWithLink(token: string, newPassword: string): Promise<AccountEntity> {
    const passwordHash = await this.passwords.hash(newPassword);
    return this.db.transaction(async (m) => {
      const link = await m
        .getRepository(PasswordLinkEntity)
        .createQueryBuilder('l')
        .setLock('pessimistic_write')
        .where('l.token_hash = :hash', { hash: hashOf(token) })
        .getOne();
      if (!link || link.usedAt !== null || link.expiresAt.getTime() <= Date.now()) throw INVALID_LINK();
      const account = await lockRowForWrite(m, AccountEntity, link.accountId, { what: 'Account' });
      if (!account.active) throw INVALID_LINK();
      const before = snapshot(account);
      account.passwordHash = passwordHash;
      account.tokenVersion += 1;
      account.failedLogins = 0;
      account.lockedUntil = null;
      const saved = await m.save(account);
      await m.update(PasswordLinkEntity, { tokenHash: link.tokenHash }, { usedAt: new Date() });
      await this.audit.record(m, PASSWORD_LINK_ACTOR, {
        action: ACCOUNT_AUDIT_ACTION.setPasswordByLink,
        entityType: 'Account',
        entityId: saved.id,
        countryIso3: saved.countryIso3,
        changes: diffFields<AuditedAccount>(before, snapshot(saved, true), AUDITED_FIELDS, ['password']),
      });
      return saved;
    });
  }

  /**
   * Forgot password: mails the account a single-use link to set a new password (older unused
   * links stop working). The caller learns nothing: an unknown or deactivated address, or one
   * past PASSWORD_RESET_REQUESTS_PER_HOUR (counted per address whether or not it has an
   * account, in the sign-in attempts' table under `reset:<email>`), sends no mail and answers
   * the same. The password is unchanged until the link is used.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const address = email.trim().toLowerCase();
    await this.db.transaction(async (m) => {
      const [count] = await m.query<{ attempts: number }[]>(
        `INSERT INTO sign_in_address AS s (address, window_started_at, attempts) VALUES ($1, now(), 1)
         ON CONFLICT (address) DO UPDATE
            SET attempts          = CASE WHEN s.window_started_at <= now() - interval '1 hour' THEN 1 ELSE s.attempts + 1 END,
                window_started_at = CASE WHEN s.window_started_at <= now() - interval '1 hour' THEN now() ELSE s.window_started_at END
         RETURNING attempts`,
        [`reset:${address}`.slice(0, 400)],
      );
      if (!count || count.attempts > this.config.PASSWORD_RESET_REQUESTS_PER_HOUR) return;
      const account = await m.getRepository(AccountEntity).findOne({ where: { email: address, active: true } });
      if (!account) return;
      await this.sendPasswordLink(m, account, NotificationKind.PASSWORD_RESET_REQUESTED);
      await this.audit.record(m, PASSWORD_RESET_REQUEST_ACTOR, {
        action: ACCOUNT_AUDIT_ACTION.requestPasswordReset,
        entityType: 'Account',
        entityId: account.id,
        countryIso3: account.countryIso3,
        changes: {},
      });
    });
  }

  /** One's own preferences: the language of one's mails and how notifications reach one by e-mail. */
  async updatePreferences(actor: AccountCaller, prefs: { language?: Language; mailMode?: MailMode }): Promise<AccountEntity> {
    return this.db.transaction(async (m) => {
      const account = await lockRowForWrite(m, AccountEntity, actor.accountId, { what: 'Account' });
      if (prefs.language) account.language = prefs.language;
      if (prefs.mailMode) account.mailMode = prefs.mailMode;
      return m.save(account);
    });
  }

  /** A new single-use link for the account (older unused ones stop working), mailed to the person in this transaction. */
  private async sendPasswordLink(
    m: EntityManager,
    account: AccountEntity,
    kind: NotificationKind.ACCOUNT_CREATED | NotificationKind.PASSWORD_RESET | NotificationKind.PASSWORD_RESET_REQUESTED,
  ): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.PASSWORD_LINK_TTL_HOURS * 3600 * 1000);
    await m.delete(PasswordLinkEntity, { accountId: account.id, usedAt: IsNull() });
    await m.insert(PasswordLinkEntity, { tokenHash: hashOf(token), accountId: account.id, purpose: kind, expiresAt });
    await this.notifications.passwordLinkEvent(m, { kind, recipient: toRecipient(account), token, expiresAt });
  }

  /**
   * One's own new password (the current one was checked by the caller, SessionsService):
   * every session of the account ends; the caller is given a new one.
   */
  async changeOwnPassword(actor: AccountCaller, newPasswordHash: string): Promise<AccountEntity> {
    return this.change(actor, actor.accountId, ACCOUNT_AUDIT_ACTION.changePassword, async (m, account) => {
      account.passwordHash = newPasswordHash;
      account.tokenVersion += 1;
      return m.save(account);
    });
  }

  /** Ends every session of the account: tokens issued before stop working at once. */
  async endAllSessions(actor: AccountCaller): Promise<AccountEntity> {
    return this.change(actor, actor.accountId, ACCOUNT_AUDIT_ACTION.signOutEverywhere, async (m, account) => {
      account.tokenVersion += 1;
      return m.save(account);
    });
  }

  /**
   * Lifts a lock left by failed sign-ins (and starts the failure count again). Unlocking an
   * account that is not locked changes nothing and records nothing.
   */
  async unlock(actor: AuditActor, id: string): Promise<AccountEntity> {
    return this.change(actor, id, ACCOUNT_AUDIT_ACTION.unlock, async (m, account) => {
      if (!isLocked(account)) return account;
      account.failedLogins = 0;
      account.lockedUntil = null;
      return m.save(account);
    });
  }

  /**
   * Loads the account under a row lock, applies the change and appends the audit event, all
   * in one transaction. A change that alters nothing records nothing.
   */
  private async change(
    actor: AuditActor,
    id: string,
    action: AccountAuditAction,
    apply: (m: EntityManager, account: AccountEntity) => Promise<AccountEntity>,
  ): Promise<AccountEntity> {
    return this.db.transaction(async (m) => {
      const account = await lockRowForWrite(m, AccountEntity, id, { what: 'Account' });
      const before = snapshot(account);
      const tokenVersionBefore = account.tokenVersion;
      const saved = await apply(m, account);
      const passwordChanged = PASSWORD_ACTIONS.includes(action);
      const changes = diffFields<AuditedAccount>(before, snapshot(saved, passwordChanged), AUDITED_FIELDS, ['password']);
      if (Object.keys(changes).length > 0 || saved.tokenVersion !== tokenVersionBefore) {
        await this.audit.record(m, actor, {
          action,
          entityType: 'Account',
          entityId: id,
          countryIso3: saved.countryIso3 ?? (before.countryIso3 as string | null),
          changes,
        });
      }
      return saved;
    });
  }

  /** A focal point acts for exactly one existing country; other roles for none. */
  private async checkRoleAndCountry(manager: EntityManager, role: Role, country: string | null): Promise<string | null> {
    if (role !== Role.FOCAL_POINT) {
      if (country)
        throw new BadUserInputError('Only focal points have a country', [
          { field: 'input.country', messages: [`must be empty for ${role}`] },
        ]);
      return null;
    }
    if (!country)
      throw new BadUserInputError('A focal point needs a country', [{ field: 'input.country', messages: ['required for FOCAL_POINT'] }]);
    if (!(await this.countries.exists(country, manager))) {
      throw new BadUserInputError(`Unknown country ${country}`, [{ field: 'input.country', messages: [`unknown country ${country}`] }]);
    }
    return country;
  }
}
