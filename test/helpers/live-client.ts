import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveSubscription<T> {
  /** Every value received so far, in order. */
  readonly values: T[];
  /** The errors the server sent for this subscription, if it sent any. */
  readonly errors: { message: string; extensions?: Record<string, unknown> }[] | null;
  /** The first value (received or to come) that passes `test`; rejects after `timeoutMs`. */
  waitFor(test: (value: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Resolves once the server has answered with errors (or ended the subscription). */
  settled(timeoutMs?: number): Promise<void>;
  stop(): void;
}

export interface LiveConnection {
  client: Client;
  /** Resolves with the close code and reason once the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  subscribe<T>(query: string, field: string, variables?: Record<string, unknown>): LiveSubscription<T>;
  dispose(): Promise<void>;
}

/**
 * A graphql-ws client as a browser tab or a script holds one: a cookie (the web session) and
 * connection parameters (its CSRF token, or `authorization: "Bearer …"`). It does not retry:
 * a test sees each close as the server made it.
 */
export function connectLive(
  baseUrl: string,
  options: { cookie?: string; connectionParams?: Record<string, unknown> } = {},
): LiveConnection {
  const url = baseUrl.replace(/^http/, 'ws') + '/graphql';
  const headers = options.cookie ? { cookie: options.cookie } : {};
  class SocketWithCookie extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let onClosed: (c: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url,
    webSocketImpl: SocketWithCookie,
    connectionParams: options.connectionParams,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string | Buffer };
        onClosed({ code: e.code, reason: String(e.reason) });
      },
    },
  });
  return {
    client,
    closed,
    subscribe<T>(query: string, field: string, variables?: Record<string, unknown>): LiveSubscription<T> {
      const values: T[] = [];
      const waiters = new Set<() => void>();
      let errors: LiveSubscription<T>['errors'] = null;
      let ended = false;
      const changed = (): void => waiters.forEach((w) => w());
      const stop = client.subscribe<Record<string, T>>(
        { query, variables },
        {
          next: (result) => {
            if (result.errors) errors = result.errors as never;
            const value = result.data?.[field];
            if (value !== undefined) values.push(value);
            changed();
          },
          error: (err) => {
            errors = Array.isArray(err) ? (err as never) : [{ message: String((err as { reason?: string }).reason ?? err) }];
            ended = true;
            changed();
          },
          complete: () => {
            ended = true;
            changed();
          },
        },
      );
      const until = (done: () => boolean, what: string, timeoutMs: number): Promise<void> =>
        new Promise((resolve, reject) => {
          const check = (): void => {
            if (!done()) return;
            waiters.delete(check);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(() => {
            waiters.delete(check);
            reject(new Error(`${what} within ${timeoutMs} ms; received ${JSON.stringify(values)}, errors ${JSON.stringify(errors)}`));
          }, timeoutMs);
          waiters.add(check);
          check();
        });
      return {
        values,
        get errors() {
          return errors;
        },
        async waitFor(test, timeoutMs = 10_000) {
          await until(() => values.some(test), `No ${field} value passed the test`, timeoutMs);
          return values.find(test) as T;
        },
        settled: (timeoutMs = 10_000) => until(() => ended || errors !== null, `${field} did not end`, timeoutMs),
        stop,
      };
    },
    dispose: async () => {
      await client.dispose();
    },
  };
}
