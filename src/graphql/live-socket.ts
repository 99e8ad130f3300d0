import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type DocumentNode,
  type ExecutionArgs,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { type Context, type SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { type AccountCaller, CallerResolver } from '../common/auth/caller.js';
import { cookiesOf, SESSION_COOKIE } from '../common/auth/web-session.js';
import { DomainError } from '../common/errors/domain-error.js';
import { newRequestContext } from '../common/request-context.js';
import { AppConfig } from '../config/app-config.js';
import { formatGraphqlError } from './format-error.js';
import type { GraphqlContext } from './graphql-context.js';
import { operationCost, queryLimitsOf, queryShapeRules } from './query-limits.js';
import { LoaderRegistry } from './loaders.js';
import type { Request } from 'express';

/** The largest message a client may send on a live socket (a subscription document and its variables). */
export const LIVE_MAX_MESSAGE_BYTES = 16 * 1024;
/** Subscriptions one socket may hold at once (the web app holds two). */
export const LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET = 10;
/** A client that reads nothing while this much waits to be sent to it is disconnected. */
const LIVE_MAX_BUFFERED_BYTES = 1024 * 1024;
/** Time a new socket has to say who it is (graphql-ws ConnectionInit). */
const CONNECTION_INIT_TIMEOUT_MS = 5_000;

/** The close codes a client sees (4400-4499 as graphql-ws uses them). */
export const LiveCloseCode = {
  /** Not signed in, or the session ended: sign in again (graphql-ws clients do not retry it). */
  Unauthorized: 4401,
  /** A web session's socket without its CSRF token. */
  Forbidden: 4403,
  /** The account or the server holds too many live sockets. */
  TooManyConnections: 4429,
  /** The session changed (role or country): connect again. */
  SessionChanged: 1012,
} as const;

/** Who a socket speaks for, and how to check that it still does. */
interface LiveSession {
  caller: AccountCaller;
  recheck: () => Promise<AccountCaller>;
}

type LiveExtra = { socket: WebSocket; request: IncomingMessage; session?: LiveSession };
type LiveContext = Context<Record<string, unknown> | undefined, LiveExtra>;

const bearerOf = (params: Record<string, unknown> | undefined): string | undefined => {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' ? value : undefined;
};

/** The error as the HTTP endpoint would send it (code and field detail), for a live socket. */
function formatted(error: GraphQLError): GraphQLFormattedError {
  return formatGraphqlError(error.toJSON(), error);
}

function protocolError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * Live updates: GraphQL subscriptions over graphql-ws on the HTTP server's own port, at
 * /graphql. A socket says who it is in its ConnectionInit: the web app's session cookie
 * (with the session's CSRF token as `csrfToken`, so another site cannot open one in a
 * signed-in browser) or `authorization: "Bearer <token>"`. Anonymous sockets are refused.
 * The access rules of each subscription are the same guard's as over HTTP. Only
 * subscriptions are served here (queries and mutations go to POST /graphql), under the same
 * depth, alias, token and cost limits; messages, subscriptions per socket, sockets per
 * account and per process are bounded, and every open socket checks its session again
 * every LIVE_SESSION_CHECK_SECONDS.
 */
@Injectable()
export class LiveSocketServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveUpdates');
  private wss?: WebSocketServer;
  private disposable?: { dispose: () => void | Promise<void> };
  private httpServer?: Server;
  private readonly perAccount = new Map<string, number>();
  private readonly timers = new Map<WebSocket, NodeJS.Timeout>();
  /** The accounts feature's session check (the same one the access guard uses). */
  private callers!: CallerResolver;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
    private readonly loaders: LoaderRegistry,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return; // the command line has no HTTP server
    this.callers = this.moduleRef.get(CallerResolver, { strict: false });
    this.httpServer = server;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: LIVE_MAX_MESSAGE_BYTES });
    this.disposable = useServer<Record<string, unknown> | undefined, LiveExtra>(
      {
        connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
        onConnect: (ctx) => this.onConnect(ctx),
        onSubscribe: (ctx, _id, payload) => this.onSubscribe(ctx, payload),
        onNext: (ctx, _id, _payload, _args, result) => {
          if (ctx.extra.socket.bufferedAmount > LIVE_MAX_BUFFERED_BYTES) {
            ctx.extra.socket.terminate();
            return;
          }
          return result.errors ? { ...result, errors: result.errors.map(formatted) } : undefined;
        },
        onError: (_ctx, _id, _payload, errors) => errors.map(formatted),
        onClose: (ctx) => this.forget(ctx),
      },
      this.wss,
    );
    // A socket's protocol errors (a message over LIVE_MAX_MESSAGE_BYTES, a bad frame) close it
    // with ws's own code (1009, 1002) and a line in the log, not graphql-ws's console.error.
    this.wss.on('connection', (ws: WebSocket) => {
      ws.removeAllListeners('error');
      ws.on('error', (err: Error & { code?: string }) => {
        this.logger.warn(`A live update socket was closed: ${err.code ?? err.message}`);
        ws.terminate();
      });
    });
    server.on('upgrade', this.upgrade);
  }

  async onModuleDestroy(): Promise<void> {
    this.httpServer?.off('upgrade', this.upgrade);
    for (const timer of this.timers.values()) clearInterval(timer);
    this.timers.clear();
    await this.disposable?.dispose();
  }

  /** Upgrades at /graphql only, while the process holds fewer than LIVE_MAX_CONNECTIONS sockets. */
  private readonly upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const wss = this.wss;
    const path = (req.url ?? '').split('?')[0];
    if (!wss || path !== '/graphql') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (wss.clients.size >= this.config.LIVE_MAX_CONNECTIONS) {
      this.logger.warn(`A live update socket was refused: this process holds ${wss.clients.size} (LIVE_MAX_CONNECTIONS)`);
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 30\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws: WebSocket) => wss.emit('connection', ws, req));
  };

  private async onConnect(ctx: LiveContext): Promise<boolean> {
    const { socket, request } = ctx.extra;
    let session: LiveSession;
    try {
      session = await this.sessionOf(request, ctx.connectionParams);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      socket.close(err.code === 'FORBIDDEN' ? LiveCloseCode.Forbidden : LiveCloseCode.Unauthorized, err.message.slice(0, 120));
      return false;
    }
    const held = this.perAccount.get(session.caller.accountId) ?? 0;
    if (held >= this.config.LIVE_MAX_CONNECTIONS_PER_ACCOUNT) {
      socket.close(LiveCloseCode.TooManyConnections, 'This account holds too many live update connections: close a tab');
      return false;
    }
    this.perAccount.set(session.caller.accountId, held + 1);
    ctx.extra.session = session;
    const timer = setInterval(() => void this.recheck(ctx), this.config.LIVE_SESSION_CHECK_SECONDS * 1000);
    timer.unref();
    this.timers.set(socket, timer);
    return true;
  }

  /** The cookie session (with its CSRF token in the connection parameters) or a bearer token; none is UNAUTHENTICATED. */
  private async sessionOf(request: IncomingMessage, params: Record<string, unknown> | undefined): Promise<LiveSession> {
    const bearer = bearerOf(params);
    if (bearer !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(bearer)?.[1];
      if (!token) throw new DomainError('UNAUTHENTICATED', 'authorization must be "Bearer <token>"');
      const recheck = (): Promise<AccountCaller> => this.callers.resolve(token);
      return { caller: await recheck(), recheck };
    }
    const cookie = cookiesOf(request)[SESSION_COOKIE];
    if (!cookie) throw new DomainError('UNAUTHENTICATED', 'Sign in first: live updates are for signed-in accounts');
    const { caller, csrfToken } = await this.callers.resolveSession(cookie);
    if (!csrfToken || params?.csrfToken !== csrfToken) {
      throw new DomainError('FORBIDDEN', 'A live update connection made with the session cookie must send csrfToken (the gcm_csrf cookie)');
    }
    return { caller, recheck: async () => (await this.callers.resolveSession(cookie)).caller };
  }

  /** Signed out, expired or disabled: the socket closes; a changed role or country: the client connects again. */
  private async recheck(ctx: LiveContext): Promise<void> {
    const { socket, session } = ctx.extra;
    if (!session || socket.readyState !== socket.OPEN) return;
    let now: AccountCaller;
    try {
      now = await session.recheck();
    } catch (err) {
      if (err instanceof DomainError && err.code === 'UNAUTHENTICATED') {
        socket.close(LiveCloseCode.Unauthorized, 'Your session has ended: sign in again');
      }
      return; // the database is unreachable for now: the next check decides
    }
    const before = session.caller;
    if (now.role !== before.role || now.countryIso3 !== before.countryIso3 || now.accountId !== before.accountId) {
      socket.close(LiveCloseCode.SessionChanged, 'Your account changed: connecting again');
    }
  }

  private forget(ctx: LiveContext): void {
    const { socket, session } = ctx.extra;
    const timer = this.timers.get(socket);
    if (timer) clearInterval(timer);
    this.timers.delete(socket);
    if (!session) return;
    const id = session.caller.accountId;
    const held = (this.perAccount.get(id) ?? 1) - 1;
    if (held > 0) this.perAccount.set(id, held);
    else this.perAccount.delete(id);
    ctx.extra.session = undefined;
  }

  /** Parses and checks a subscription under the HTTP endpoint's limits; anything else is refused before it runs. */
  private onSubscribe(ctx: LiveContext, payload: SubscribePayload): ExecutionArgs | readonly GraphQLError[] {
    const session = ctx.extra.session;
    if (!session) return [protocolError('Sign in first', 'UNAUTHENTICATED')];
    if (Object.keys(ctx.subscriptions).length > LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET) {
      return [protocolError(`A live update connection holds at most ${LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions`, 'BAD_REQUEST')];
    }
    const limits = queryLimitsOf(this.config);
    const schema = this.schemaHost.schema;
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: limits.maxTokens });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return [protocolError(message, 'GRAPHQL_PARSE_FAILED')];
    }
    const operation = getOperationAST(document, payload.operationName ?? undefined);
    if (!operation) return [protocolError('Name the operation to run (operationName)', 'BAD_REQUEST')];
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      return [
        protocolError(
          'Only subscriptions are served on the live update connection: send queries and mutations to POST /graphql',
          'BAD_REQUEST',
        ),
      ];
    }
    const invalid = validate(schema, document, [...specifiedRules, ...queryShapeRules(limits)]);
    if (invalid.length) {
      return invalid.map((e) =>
        e.originalError ? e : new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      );
    }
    let cost: number | null;
    try {
      cost = operationCost(schema, document, payload.operationName, payload.variables, limits);
    } catch (err) {
      if (err instanceof GraphQLError) return [err];
      throw err;
    }
    const request = newRequestContext();
    request.queryCost = cost;
    const context: GraphqlContext = {
      // The guard reads the caller from the request; a socket has the one it signed in with.
      req: { caller: session.caller, headers: {}, header: () => undefined } as unknown as Request,
      res: undefined as never,
      request,
      loaders: this.loaders.forRequest(),
    };
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: context };
  }
}
