import { mapConnection } from '../../common/pagination/keyset.js';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { Roles, SignIn } from '../../common/auth/access.decorators.js';
import type { AccountCaller, Caller } from '../../common/auth/caller.js';
import { CurrentCaller } from '../../common/auth/current-caller.decorator.js';
import { Role } from '../../common/auth/role.js';
import { AccountsService } from './accounts.service.js';
import { AccountIdArgs, CreateAccountArgs, LoginArgs, ResetPasswordArgs, UpdateAccountArgs } from './dto/account.inputs.js';
import { AccountsArgs } from './dto/accounts.args.js';
import { AccountConnection } from './models/account-connection.model.js';
import { AccountModel, SessionModel, toAccountModel, WebSessionModel } from './models/account.model.js';
import { clearSessionCookies, setSessionCookies } from '../../common/auth/web-session.js';
import { SessionsService } from './sessions.service.js';

@Resolver(() => AccountModel)
export class AccountsResolver {
  constructor(
    private readonly accountService: AccountsService,
    private readonly sessionService: SessionsService,
  ) {}

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
  @Roles(Role.FOCAL_POINT, Role.SECRETARIAT, Role.ANALYST)
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

  @Mutation(() => AccountModel, { description: "Set a new password; the account's sessions end and any lock is lifted." })
  @Roles(Role.SECRETARIAT)
  async resetAccountPassword(@CurrentCaller() caller: Caller, @Args() { id, newPassword }: ResetPasswordArgs): Promise<AccountModel> {
    return toAccountModel(await this.accountService.resetPassword(caller, id, newPassword));
  }
}
