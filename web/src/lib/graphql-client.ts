import { createClient as createLiveClient } from 'graphql-ws';
import { cacheExchange, Client, fetchExchange, subscriptionExchange } from 'urql';

/** The CSRF token of the web session: a readable cookie, echoed in a header on every request. */
export function csrfToken(): string | null {
  const match = /(?:^|;\s*)gcm_csrf=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : null;
}

/**
 * The request options of an operation that uploads a file (the pledge import): urql sends it as
 * a GraphQL multipart request (multipart/form-data, a "simple" request a browser sends across
 * sites without asking), so Apollo's CSRF prevention wants the header apollo-require-preflight
 * as well as the session's CSRF token. Pass as the operation's context.
 */
export function uploadContext(): { fetchOptions: () => RequestInit } {
  return {
    fetchOptions: () => {
      const token = csrfToken();
      return {
        credentials: 'same-origin',
        headers: { 'apollo-require-preflight': 'true', ...(token ? { 'x-csrf-token': token } : {}) },
      };
    },
  };
}

/**
 * urql with its document cache: small (the whole client is a few KB gzipped, against
 * Apollo Client's tens), and the app reads far more than it writes, so caching whole answers
 * by query and variables is what it needs; a mutation invalidates the answers holding the
 * types it returned. Queries go by POST (Apollo's CSRF prevention refuses simple GETs). The
 * session travels in an httpOnly cookie the browser adds by itself; no token is ever held by
 * the page. Live updates (subscriptions) travel over one graphql-ws socket to the same /graphql.
 */
export function createGraphqlClient(): Client {
  const live = createLiveClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    // The browser sends the session cookie with the handshake; the CSRF token shows the page is ours.
    connectionParams: () => ({ csrfToken: csrfToken() }),
    // Opened with the first subscription (the header's badge, once signed in), closed with the last.
    lazy: true,
    // A lost connection (server restart, network) is opened again, waiting longer each time;
    // each subscription then starts again from the current figures.
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  return new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: live.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const token = csrfToken();
      const headers: Record<string, string> = token ? { 'x-csrf-token': token } : {};
      return { credentials: 'same-origin', headers };
    },
    requestPolicy: 'cache-first',
  });
}
