import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { DomainError } from '../errors/domain-error.js';
import { ACCESS_RULE, type AccessRule } from './access.decorators.js';
import { ANONYMOUS, type Caller, CallerResolver } from './caller.js';

export type RequestWithCaller = Request & { caller?: Caller };

export function requestOf(context: ExecutionContext): RequestWithCaller {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithCaller }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithCaller>();
}

/**
 * The one global guard: deny by default. An operation without an access rule is refused to
 * everyone (and a test fails on it); a bad or expired token is UNAUTHENTICATED even on
 * public operations, so a client learns its session ended; a valid token without the role
 * is FORBIDDEN.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly callers: CallerResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw new DomainError('FORBIDDEN', 'This operation declares no access rule and is refused to everyone');
    const req = requestOf(context);
    if ('public' in rule && rule.ignoresToken) return true;
    const caller = await this.callerOf(req);
    if ('public' in rule) return true;
    if (caller.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'Sign in to do this: send an Authorization: Bearer token');
    if (!rule.roles.includes(caller.role)) {
      throw new DomainError('FORBIDDEN', `This operation is open to ${rule.roles.join(', ')}; you are signed in as ${caller.role}`);
    }
    return true;
  }

  private async callerOf(req: RequestWithCaller): Promise<Caller> {
    if (req.caller) return req.caller;
    const header = req.headers.authorization;
    let caller: Caller = ANONYMOUS;
    if (header !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      if (!token) throw new DomainError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>"');
      caller = await this.callers.resolve(token);
    }
    req.caller = caller;
    return caller;
  }
}
