import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { type GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import { timingSafeEqual } from 'node:crypto';
import { DomainError } from '../errors/domain-error.js';
import { ACCESS_RULE, type AccessRule } from './access.decorators.js';
import { ANONYMOUS, type Caller, CallerResolver } from './caller.js';
import { clearSessionCookies, cookiesOf, CSRF_HEADER, SESSION_COOKIE } from './web-session.js';

export type RequestWithCaller = Request & { caller?: Caller };

/** A GraphQL mutation, or an HTTP method other than GET, HEAD and OPTIONS. */
function changesState(context: ExecutionContext, req: Request): boolean {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().operation.operation !== OperationTypeNode.QUERY;
  }
  return !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function responseOf(context: ExecutionContext): Response | undefined {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ res?: Response }>().res;
  return context.switchToHttp().getResponse<Response>();
}

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
    const caller = await this.callerOf(req, context, 'public' in rule);
    if ('public' in rule) return true;
    if (caller.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'Sign in to do this: send an Authorization: Bearer token');
    if (!rule.roles.includes(caller.role)) {
      throw new DomainError('FORBIDDEN', `This operation is open to ${rule.roles.join(', ')}; you are signed in as ${caller.role}`);
    }
    return true;
  }

  /**
   * The Authorization header when there is one, else the web app's session cookie. A session
   * cookie that no longer works (expired, account changed) is dropped: public operations
   * answer as to anyone, the others UNAUTHENTICATED. A state-changing request made with the
   * cookie must carry the session's CSRF token in X-CSRF-Token, else it is FORBIDDEN.
   */
  private async callerOf(req: RequestWithCaller, context: ExecutionContext, isPublic: boolean): Promise<Caller> {
    if (req.caller) return req.caller;
    const header = req.headers.authorization;
    let caller: Caller = ANONYMOUS;
    const sessionCookie = header === undefined ? cookiesOf(req)[SESSION_COOKIE] : undefined;
    if (header !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      if (!token) throw new DomainError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>"');
      caller = await this.callers.resolve(token);
    } else if (sessionCookie) {
      let session: Awaited<ReturnType<CallerResolver['resolveSession']>> | undefined;
      try {
        session = await this.callers.resolveSession(sessionCookie);
      } catch (err) {
        if (!(err instanceof DomainError) || err.code !== 'UNAUTHENTICATED') throw err;
        const res = responseOf(context);
        if (res && !res.headersSent) clearSessionCookies(req, res);
        if (!isPublic) throw new DomainError('UNAUTHENTICATED', 'Your session has ended: sign in again');
      }
      if (session) {
        if (changesState(context, req)) {
          const given = req.header(CSRF_HEADER);
          if (!session.csrfToken || !sameToken(given, session.csrfToken)) {
            throw new DomainError(
              'FORBIDDEN',
              'A change made with the session cookie must send its X-CSRF-Token header (the gcm_csrf cookie)',
            );
          }
        }
        caller = session.caller;
      }
    }
    req.caller = caller;
    return caller;
  }
}
