import { DEMO_PASSWORD } from '../../src/modules/demo/demo-accounts.js';

/**
 * Every page of the web app with a demo-data address, in one list: the screenshot script, the
 * web benchmark and the browser tests walk it. Pages of one pledge or practice find its id
 * through the API first (ids are made when the demo data is loaded).
 */
export interface WebPage {
  name: string;
  /** The address, or how to find it from the API at `baseUrl`. */
  path: string | ((baseUrl: string) => Promise<string>);
  /** A selector present once the page shows its data. */
  ready: string;
  /** The demo account the page is seen as (signed in first); none: anonymous. */
  account?: string;
}

/** Morocco's demo focal point (src/modules/demo/demo-accounts.ts). */
export const DEMO_FOCAL_POINT = 'focal.mar@demo.gcm-tracker.example';
/** The demo secretariat member (src/modules/demo/demo-accounts.ts). */
export const DEMO_SECRETARIAT = 'secretariat@demo.gcm-tracker.example';

async function firstId(baseUrl: string, query: string): Promise<string> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: Record<string, { nodes: { id: string }[] }> };
  const id = Object.values(body.data ?? {})[0]?.nodes[0]?.id;
  if (!id) throw new Error(`No id found by ${query}: is the demo data loaded (npm run seed:demo)?`);
  return id;
}

/** An id the demo secretariat finds (signed in over the API with a bearer token): the first node's, or what `pick` reads. */
async function idAsSecretariat(
  baseUrl: string,
  query: string,
  pick?: (data: Record<string, unknown>) => string | undefined,
): Promise<string> {
  const post = async (body: unknown, headers: Record<string, string> = {}) =>
    (await (
      await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      })
    ).json()) as { data?: Record<string, unknown> };
  const login = await post({
    query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    variables: { e: DEMO_SECRETARIAT, p: DEMO_PASSWORD },
  });
  const token = (login.data?.login as { token?: string } | undefined)?.token;
  if (!token) throw new Error('The demo secretariat could not sign in: is the demo data loaded (npm run seed:demo)?');
  const data = (await post({ query }, { authorization: `Bearer ${token}` })).data ?? {};
  const id = pick ? pick(data) : (Object.values(data)[0] as { nodes: { id: string }[] } | undefined)?.nodes[0]?.id;
  if (!id) throw new Error(`No id found by ${query}: is the demo data loaded (npm run seed:demo)?`);
  return id;
}

export const WEB_PAGES: WebPage[] = [
  { name: 'dashboard', path: '/?cycle=RR2-ECA-2024', ready: '[data-figure="mean-level"] [data-value]' },
  { name: 'objectives', path: '/objectives', ready: 'table a[href="/objectives/16"]' },
  { name: 'objective-16', path: '/objectives/16?cycle=RR2-ECA-2024', ready: '#objective-regions' },
  { name: 'countries', path: '/countries', ready: 'table a[href="/countries/MAR"]' },
  { name: 'country-MAR', path: '/countries/MAR', ready: '[data-chart="scorecard"]' },
  { name: 'pledges', path: '/pledges', ready: '[data-count]' },
  {
    name: 'pledge',
    path: async (base) => `/pledges/${await firstId(base, '{ pledges(first: 1, filter: { country: "MAR" }) { nodes { id } } }')}`,
    ready: '.mantine-Timeline-root',
  },
  { name: 'practices', path: '/practices', ready: '[data-count]' },
  {
    name: 'practice',
    path: async (base) => `/practices/${await firstId(base, '{ goodPractices(first: 1) { nodes { id } } }')}`,
    ready: 'h1',
  },
  { name: 'events', path: '/events', ready: '.mantine-Timeline-root' },
  {
    name: 'event',
    path: async (base) =>
      `/events/${await firstId(base, '{ events(first: 1, filter: { objective: 16, cycle: "IMRF-2022" }) { nodes { id } } }')}`,
    ready: 'table a[href="/countries/MAR"]',
  },
  { name: 'compare', path: '/compare?to=RR2-ECA-2024', ready: '[data-chart="cycle-comparison"]' },
  { name: 'sign-in', path: '/sign-in', ready: 'form input[type="email"]' },
  { name: 'forgot-password', path: '/forgot-password', ready: 'form input[type="email"]' },
  // A focal point's workspace: the demo opens Morocco's windows for 90 days from the day it is loaded.
  { name: 'my-reports', path: '/reports', ready: '[data-cycle="RR2-ECA-2024"] table', account: DEMO_FOCAL_POINT },
  { name: 'report-entry', path: '/reports/RR2-ECA-2024/16', ready: '#entry-form-title', account: DEMO_FOCAL_POINT },
  { name: 'report-entry-new', path: '/reports/RR2-ECA-2024/10', ready: '#entry-form-title', account: DEMO_FOCAL_POINT },
  // The secretariat's review workspace: Morocco's Objective 5 waits for review, its Objective 23 is validated at another level.
  { name: 'review-queue', path: '/review', ready: '[data-entry="MAR-5"]', account: DEMO_SECRETARIAT },
  {
    name: 'review-entry',
    path: async (base) =>
      `/review/entries/${await idAsSecretariat(base, '{ pendingReviews(first: 1, filter: { country: "MAR", objective: 5 }) { nodes { id } } }')}`,
    ready: '#validate-title',
    account: DEMO_SECRETARIAT,
  },
  {
    name: 'review-entry-validated',
    path: async (base) =>
      `/review/entries/${await idAsSecretariat(
        base,
        '{ progressReport(country: "MAR", cycle: "RR2-ECA-2024") { entries(objective: 23) { id } } }',
        (d) => (d.progressReport as { entries: { id: string }[] } | undefined)?.entries[0]?.id,
      )}`,
    ready: '#reopen-title',
    account: DEMO_SECRETARIAT,
  },
  {
    name: 'review-practice',
    path: async (base) =>
      `/review/practices/${await idAsSecretariat(base, '{ goodPractices(first: 1, filter: { status: SUBMITTED }) { nodes { id } } }')}`,
    ready: '#publish-title',
    account: DEMO_SECRETARIAT,
  },
  { name: 'reporting-windows', path: '/admin/windows?cycle=RR2-ECA-2024', ready: '[data-extension="MAR"]', account: DEMO_SECRETARIAT },
  // Everyone's own account, and the secretariat's accounts.
  { name: 'account', path: '/account', ready: '[data-account-role]', account: DEMO_FOCAL_POINT },
  { name: 'admin-accounts', path: '/admin/accounts', ready: 'table tbody tr', account: DEMO_SECRETARIAT },
  // A focal point's good practices and the editor; the secretariat's audit trail.
  { name: 'my-practices', path: '/my-practices', ready: 'section[data-section="published"]', account: DEMO_FOCAL_POINT },
  { name: 'practice-new', path: '/practices/new', ready: '#practice-form-title', account: DEMO_FOCAL_POINT },
  // A focal point's pledges: the list, the editor (new and existing), the status updates of a fulfilled one; the secretariat's import.
  {
    name: 'my-pledges',
    path: '/my-pledges',
    ready: '[data-for="my-pledges"][data-state="ready"] section[data-count] table',
    account: DEMO_FOCAL_POINT,
  },
  {
    name: 'pledge-new',
    path: '/pledges/new',
    ready: '[data-for="pledge-editor"][data-state="ready"] #pledge-form-title',
    account: DEMO_FOCAL_POINT,
  },
  {
    name: 'pledge-edit',
    path: async (base) => `/pledges/${await firstId(base, '{ pledges(first: 1, filter: { country: "MAR" }) { nodes { id } } }')}/edit`,
    ready: '[data-for="pledge-editor"][data-state="ready"] #pledge-form-title',
    account: DEMO_FOCAL_POINT,
  },
  {
    name: 'pledge-update',
    path: async (base) =>
      `/pledges/${await firstId(base, '{ pledges(first: 1, filter: { country: "MAR", status: FULFILLED }) { nodes { id } } }')}/update`,
    ready: '[data-for="pledge-update"][data-state="ready"] [data-history] tbody tr',
    account: DEMO_FOCAL_POINT,
  },
  { name: 'pledge-import', path: '/admin/pledge-import', ready: '#import-form-title', account: DEMO_SECRETARIAT },
  { name: 'audit-trail', path: '/admin/audit?entityType=GoodPractice', ready: '[data-changes]', account: DEMO_SECRETARIAT },
];

/** The pages anyone sees without signing in. */
export const PUBLIC_WEB_PAGES = WEB_PAGES.filter((p) => !p.account);

export const pathOf = async (page: WebPage, baseUrl: string): Promise<string> =>
  typeof page.path === 'string' ? page.path : page.path(baseUrl);
