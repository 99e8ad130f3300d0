import { SetMetadata } from '@nestjs/common';
import type { Role } from './role.js';

/** Who may call an operation. Every Query, Mutation and controller route declares one. */
export type AccessRule = { public: true } | { roles: Role[] };

export const ACCESS_RULE = 'gcm:access-rule';

/** Anyone, signed in or not. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

/** Signed-in users with one of these roles. */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { roles } satisfies AccessRule);
