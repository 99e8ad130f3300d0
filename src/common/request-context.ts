import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What the server knows about the request being served, wherever the code runs. */
export interface RequestContext {
  readonly requestId: string;
  /** SQL statements sent to the database while serving this request. */
  sqlStatements: number;
  /** The GraphQL operation's cost as the query limits counted it (null before it is counted). */
  queryCost: number | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function newRequestContext(requestId: string = randomUUID()): RequestContext {
  return { requestId, sqlStatements: 0, queryCost: null };
}

export function runInRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
