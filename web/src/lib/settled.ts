/**
 * Whether a page's data has settled, as attributes on the page's main region: `data-for`
 * names what the region shows, `data-state` says `loading`, `ready` or `error`. Browser tests
 * and scripts wait for `[data-for="…"][data-state="ready"]` instead of guessing with timers.
 */
export type SettledState = 'loading' | 'ready' | 'error';

/** What urql's useQuery answers, in the part that tells whether it has settled. */
export interface QueryProgress {
  fetching: boolean;
  stale?: boolean;
  data?: unknown;
  error?: unknown;
}

/**
 * The state of the queries a region shows: `error` when one failed, `loading` while one has
 * no answer yet or is being fetched again (a stale answer is not settled), `ready` once all
 * have answered. A query the page does not run (paused) is passed as null and not waited for.
 */
export function settledState(...queries: (QueryProgress | null | undefined | false)[]): SettledState {
  const run = queries.filter((q): q is QueryProgress => Boolean(q));
  if (run.some((q) => q.error)) return 'error';
  if (run.some((q) => q.fetching || q.stale || q.data === undefined || q.data === null)) return 'loading';
  return 'ready';
}

/** The attributes that mark a region (spread on its element). */
export function settledProps(what: string, state: SettledState): { 'data-for': string; 'data-state': SettledState } {
  return { 'data-for': what, 'data-state': state };
}
