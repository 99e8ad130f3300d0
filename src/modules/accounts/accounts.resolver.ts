import { mapConnection } from '../../common/pagination/keyset.js';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { Public, Roles, SignIn } from '../../common/auth/access.decorators.js';
import type { AccountCaller, Caller } from '../../common/auth/caller.js';
import { CurrentCaller } from '../../common/auth/current-caller.decorator.js';
import { Role } from '../../common/auth/role.js';
import { AccountsService } from './accounts.service.js';
import { ChangeMyPasswordArgs } from './dto/change-my-password.args.js';
import { CreateFirstAccountArgs } from './dto/create-first-account.args.js';
import { ResetPasswordArgs } from './dto/reset-password.args.js';
import { UpdateAccountArgs } from './dto/update-account.args.js';
import { CreateAccountArgs } from './dto/create-account.args.js';
import { AccountIdArgs } from './dto/account-id.args.js';
import { LoginArgs } from './dto/login.args.js';
import { RequestPasswordResetArgs } from './dto/request-password-reset.args.js';
import { SetPasswordWithLinkArgs } from './dto/set-password-with-link.args.js';
import { UpdateMyPreferencesArgs } from './dto/update-my-preferences.args.js';
import { AccountsArgs } from './dto/accounts.args.js';
import { AccountConnection } from './models/account-connection.model.js';
import { AccountModel, toAccountModel } from './models/account.model.js';
import { WebSessionModel } from './models/web-session.model.js';
import { SessionModel } from './models/session.model.js';
import { clearSessionCookies, cookiesOf, SESSION_COOKIE, setSessionCookies } from '../../common/auth/web-session.js';
import { FirstAccountService } from './first-account.service.js';
import { SessionsService } from './sessions.service.js';

const ALL_ROLES = [Role.FOCAL_POINT, Role.SECRETARIAT, Role.ANALYST] as const;

/** The caller came with the web app's session cookie (no Authorization header). */
const isWebSession = (ctx: GraphqlContext): boolean =>
  ctx.req.headers.authorization === undefined && cookiesOf(ctx.req)[SESSION_COOKIE] !== undefined;

@Resolver(() => AccountModel)
export class AccountsResolver {
  constructor(
    private readonly accountService: AccountsService,
    private readonly sessionService: SessionsService,
    private readonly firstAccount: FirstAccountService,
  ) {}

  @Query(() => Boolean, {
    description: 'True while no account exists: the first one is then made with the setup link the server prints at start.',
  })
  @Public()
  async setupPending(): Promise<boolean> {
    return this.firstAccount.setupPending();
  }

  @Mutation(() => AccountModel, {
    description:
      'Create the first account, a secretariat member, with the token of the setup link printed at start (while no account exists). CONFLICT once any account exists; BAD_USER_INPUT on `token` for a link that is not the latest. Sign in afterwards.',
  })
  @Public()
  async createFirstAccount(@Args() { token, input }: CreateFirstAccountArgs): Promise<AccountModel> {
    return toAccountModel(await this.firstAccount.createFirstAccount(token, input));
  }

  @Mutation(() => AccountModel, {
    description:
      "Change one's own password. The current one is checked under the sign-in limits (a wrong one: BAD_USER_INPUT on currentPassword, and it counts as a failed sign-in). Every other session of the account ends; a web session gets new cookies and stays signed in, a bearer token ends too (sign in again).",
  })
  @Roles(...ALL_ROLES)
  async changeMyPassword(
    @CurrentCaller() caller: Caller,
    @Args() { currentPassword, newPassword }: ChangeMyPasswordArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<AccountModel> {
    const web = isWebSession(ctx);
    const session = await this.sessionService.changeOwnPassword(
      caller as AccountCaller,
      currentPassword,
      newPassword,
      ctx.req.ip ?? 'unknown',
      {
        web,
      },
    );
    if (web) setSessionCookies(ctx.req, ctx.res, session.token, session.csrfToken ?? '', session.expiresAt);
    return toAccountModel(session.account);
  }

  @Mutation(() => Boolean, {
    description: "End every session of one's account, this one included (the web session's cookies are cleared). Always true.",
  })
  @Roles(...ALL_ROLES)
  async signOutEverywhere(@CurrentCaller() caller: Caller, @Context() ctx: GraphqlContext): Promise<boolean> {
    await this.sessionService.signOutEverywhere(caller as AccountCaller);
    clearSessionCookies(ctx.req, ctx.res);
    return true;
  }

  @Mutation(() => SessionModel, { description: 'Sign in. Repeated failures lock the account for a while.' })
  @SignIn()
  async login(@Args() { email, password }: LoginArgs, @Context() ctx: GraphqlContext): Promise<SessionModel> {
    const session = await this.sessionService.login(email, password, ctx.req.ip ?? 'unknown');
    return { token: session.token, expiresAt: session.expiresAt, account: toAccountModel(session.account) };
  }

  @Mutation(() => WebSessionModel, {
    description:
      'Sign in to the web app: sets an httpOnly, SameSite=Strict session cookie and a gcm_csrf cookie (send it back in X-CSRF-Token on writes). Same checks and locks as login.',
  })
  @SignIn()
  async signIn(@Args() { email, password }: LoginArgs, @Context() ctx: GraphqlContext): Promise<WebSessionModel> {
    const session = await this.sessionService.login(email, password, ctx.req.ip ?? 'unknown', { web: true });
    setSessionCookies(ctx.req, ctx.res, session.token, session.csrfToken ?? '', session.expiresAt);
    return { expiresAt: session.expiresAt, account: toAccountModel(session.account) };
  }

  @Mutation(() => Boolean, {
    description: 'Sign out of the web app: clears the session cookies. Always true, even when no session was open.',
  })
  @SignIn()
  signOut(@Context() ctx: GraphqlContext): boolean {
    clearSessionCookies(ctx.req, ctx.res);
    return true;
  }

  @Query(() => AccountModel, { description: 'The signed-in account.' })
  @Roles(...ALL_ROLES)
  async me(@CurrentCaller() caller: Caller): Promise<AccountModel> {
    return toAccountModel(await this.accountService.findOne((caller as AccountCaller).accountId));
  }

  @Query(() => AccountConnection)
  @Roles(Role.SECRETARIAT)
  async accounts(@Args() args: AccountsArgs): Promise<AccountConnection> {
    return mapConnection(await this.accountService.findPage(args), toAccountModel);
  }

  @Query(() => AccountModel, { nullable: true })
  @Roles(Role.SECRETARIAT)
  async account(@Args() { id }: AccountIdArgs): Promise<AccountModel> {
    return toAccountModel(await this.accountService.findOne(id));
  }

  @Mutation(() => AccountModel)
  @Roles(Role.SECRETARIAT)
  async createAccount(@CurrentCaller() caller: Caller, @Args() { input }: CreateAccountArgs): Promise<AccountModel> {
    return toAccountModel(await this.accountService.create(caller, input));
  }

  @Mutation(() => AccountModel, {
    description: "Change display name, role or country. A role or country change ends the account's sessions.",
  })
  @Roles(Role.SECRETARIAT)
  async updateAccount(@CurrentCaller() caller: Caller, @Args() { id, version, input }: UpdateAccountArgs): Promise<AccountModel> {
    return toAccountModel(await this.accountService.update(caller as AccountCaller, id, version, input));
  }

  @Mutation(() => AccountModel, { description: "Deactivate: the account's tokens stop working at once." })
  @Roles(Role.SECRETARIAT)
  async deactivateAccount(@CurrentCaller() caller: Caller, @Args() { id }: AccountIdArgs): Promise<AccountModel> {
    return toAccountModel(await this.accountService.setActive(caller as AccountCaller, id, false));
  }

  @Mutation(() => AccountModel)
  @Roles(Role.SECRETARIAT)
  async reactivateAccount(@CurrentCaller() caller: Caller, @Args() { id }: AccountIdArgs): Promise<AccountModel> {
    return toAccountModel(await this.accountService.setActive(caller as AccountCaller, id, true));
  }

  @Mutation(() => Boolean, {
    description:
      "Set one's password with the single-use link mailed when the account was created or its password reset. BAD_USER_INPUT on `token` when the link was used, expired or replaced by a newer one. Every session of the account ends; sign in afterwards. True once set.",
  })
  @Public()
  async setPasswordWithLink(@Args() { token, newPassword }: SetPasswordWithLinkArgs): Promise<boolean> {
    await this.accountService.setPasswordWithLink(token, newPassword);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      "Forgot password: mails the account with this address a single-use link to set a new password (valid PASSWORD_LINK_TTL_HOURS; the password is unchanged until it is used). Always true, whether or not the address has an account; at most PASSWORD_RESET_REQUESTS_PER_HOUR mails per address, and the calls count against the client address's sign-in attempts (TOO_MANY_REQUESTS past them).",
  })
  @Public()
  async requestPasswordReset(@Args() { email }: RequestPasswordResetArgs, @Context() ctx: GraphqlContext): Promise<boolean> {
    await this.sessionService.requestPasswordReset(email, ctx.req.ip ?? 'unknown');
    return true;
  }

  @Mutation(() => AccountModel, {
    description: "Change one's own preferences: the language of one's mails, and how notifications reach one by e-mail.",
  })
  @Roles(...ALL_ROLES)
  async updateMyPreferences(@CurrentCaller() caller: Caller, @Args() prefs: UpdateMyPreferencesArgs): Promise<AccountModel> {
    return toAccountModel(await this.accountService.updatePreferences(caller as AccountCaller, prefs));
  }

  @Mutation(() => AccountModel, {
    description:
      "Reset the password: with newPassword, set it; without, the old one stops working and the person is mailed a single-use link to set their own. The account's sessions end and any lock is lifted.",
  })
  @Roles(Role.SECRETARIAT)
  async resetAccountPassword(@CurrentCaller() caller: Caller, @Args() { id, newPassword }: ResetPasswordArgs): Promise<AccountModel> {
    return toAccountModel(await this.accountService.resetPassword(caller, id, newPassword));
  }

  @Mutation(() => AccountModel, {
    description:
      'Lift the lock left by repeated failed sign-ins (see Account.lockedUntil). An account that is not locked is left as it is.',
  })
  @Roles(Role.SECRETARIAT)
  async unlockAccount(@CurrentCaller() caller: Caller, @Args() { id }: AccountIdArgs): Promise<AccountModel> {
    return toAccountModel(await this.accountService.unlock(caller, id));
  }
}
