import type { Role } from './role.js';

/** Who is calling: a signed-in account, or the public. */
export type Caller =
  | { kind: 'anonymous' }
  | {
      kind: 'account';
      accountId: string;
      email: string;
      role: Role;
      /** ISO3 of the country a focal point acts for; null for other roles. */
      countryIso3: string | null;
    };

export type AccountCaller = Extract<Caller, { kind: 'account' }>;

export const ANONYMOUS: Caller = Object.freeze({ kind: 'anonymous' });

/** Turns a session token into the account it speaks for, or throws UNAUTHENTICATED. */
export abstract class CallerResolver {
  abstract resolve(token: string): Promise<AccountCaller>;
  /** The same, with the CSRF token a web session (cookie) carries; null for a bearer-only token. */
  abstract resolveSession(token: string): Promise<{ caller: AccountCaller; csrfToken: string | null }>;
}
