import { SetMetadata } from '@nestjs/common';
import type { Role } from './role.js';

/** Who may call an operation. Every Query, Mutation and controller route declares one. */
export type AccessRule = { public: true; ignoresToken?: true } | { roles: Role[] };

export const ACCESS_RULE = 'gcm:access-rule';

/** Anyone, signed in or not. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

/**
 * Signing in: public, and an old token sent along (expired, or of an ended session) is
 * ignored rather than refused, so a client holding a stale token can still sign in.
 */
export const SignIn = (): MethodDecorator => SetMetadata(ACCESS_RULE, { public: true, ignoresToken: true } satisfies AccessRule);

/** Signed-in users with one of these roles. */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { roles } satisfies AccessRule);
