import type { Server } from 'node:http';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from '@jest/globals';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../src/common/project-root.js';
import { DEMO_PASSWORD } from '../../src/modules/demo/demo-accounts.js';
import { DemoSeederService } from '../../src/modules/demo/demo-seeder.service.js';
import { CHROMIUM_ARGS } from '../../scripts/web/demo-server.js';
import { pathOf, WEB_PAGES } from '../../scripts/web/pages.js';
import { signInThroughPage } from '../../scripts/web/sign-in.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * What the browser tests share: the app on a fresh embedded database (or a fresh database on
 * DATABASE_URL's server) loaded with the demo data, headless Chromium, isolated browser
 * contexts that never reach beyond the machine, signing in through the sign-in page,
 * axe-core per screen, and waiting for a page's ready marker (web/src/lib/settled.ts).
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface Violation {
  id: string;
  impact?: string | null;
  nodes: { target: unknown }[];
}

/** The slice of the page's globals read in `page.evaluate` (tsconfig has no "dom" lib). */
interface PageDocument {
  document: { cookie: string };
}

export interface BrowserHarness {
  t: TestApp;
  browser: Browser;
  baseUrl: string;
  /** Errors raised by a page's scripts, in every context. */
  pageErrors: string[];
  /** Requests a page made beyond the machine (each was refused). */
  external: string[];
  /** axe-core's summary per screen checked, printed at close. */
  axeResults: Record<string, string>;
  /** A new isolated browser context: its own cookies and storage, service workers blocked, only local requests. */
  newContext(): Promise<BrowserContext>;
  /** A page of a new context, signed in as `email` through the sign-in page. */
  signedInPage(email: string, password?: string): Promise<Page>;
  /** The serious and critical WCAG 2.1 A/AA violations on the page as it is now, one line each. */
  axe(page: Page, name: string): Promise<string[]>;
  close(): Promise<void>;
}

export async function startBrowserHarness(): Promise<BrowserHarness> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  if (!existsSync(join(projectRoot(), 'web', 'dist', 'index.html'))) throw new Error('No web app build: run `npm run build` first.');
  const t = await startTestApp();
  let browser: Browser | undefined;
  try {
    await t.app.get(DemoSeederService).seed({ kind: 'system', label: 'browser test' }, () => undefined);
    await t.app.listen(0, '127.0.0.1');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch (err) {
    await t.close();
    throw err;
  }
  const baseUrl = `http://127.0.0.1:${((t.app.getHttpServer() as Server).address() as AddressInfo).port}`;
  const pageErrors: string[] = [];
  const external: string[] = [];
  const axeResults: Record<string, string> = {};
  const launched = browser;

  async function newContext(): Promise<BrowserContext> {
    const context = await launched.newContext({ serviceWorkers: 'block', viewport: { width: 1366, height: 900 } });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      // data: and blob: addresses are made in the page itself (a blob: one for a file it builds, such as a download).
      if (url.startsWith('data:') || url.startsWith('blob:') || LOCAL_HOSTS.has(new URL(url).hostname)) return route.continue();
      external.push(url);
      return route.abort('blockedbyclient');
    });
    context.on('page', (p) => p.on('pageerror', (err) => pageErrors.push(err.message)));
    return context;
  }

  async function signedInPage(email: string, password = DEMO_PASSWORD): Promise<Page> {
    const page = await (await newContext()).newPage();
    await signInThroughPage(page, baseUrl, email, password);
    return page;
  }

  async function axe(page: Page, name: string): Promise<string[]> {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = results.violations as Violation[];
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    axeResults[name] =
      `${serious.length} serious/critical, ${violations.length - serious.length} minor/moderate` +
      (violations.length ? ` (${violations.map((v) => `${v.id}:${v.impact}`).join(', ')})` : '');
    return serious.map((v) => `${name}: ${v.id} (${v.impact}) at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  }

  async function close(): Promise<void> {
    if (Object.keys(axeResults).length) console.log(`axe-core, per screen:\n${JSON.stringify(axeResults, null, 1)}`);
    await launched.close();
    await t.close();
  }

  return { t, browser: launched, baseUrl, pageErrors, external, axeResults, newContext, signedInPage, axe, close };
}

/**
 * Waits until the region marked `data-for="<what>"` has settled (web/src/lib/settled.ts) and
 * returns it; fails at once, with the region's text, when it settled on an error.
 */
export async function waitReady(page: Page, what: string, timeout = 30_000) {
  const region = page.locator(`[data-for="${what}"]`).first();
  await page.locator(`[data-for="${what}"]:is([data-state="ready"], [data-state="error"])`).first().waitFor({ timeout });
  if ((await region.getAttribute('data-state')) === 'error') throw new Error(`${what} failed to load: ${await region.innerText()}`);
  return region;
}

/**
 * One read-only GraphQL query as the page's signed-in account (its session cookie and CSRF
 * token), for what the UI does not show: ids, or the API's own figures to check the UI against.
 */
export async function readApi<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  if (/^\s*mutation\b/.test(query)) throw new Error('readApi reads only: no mutation');
  const cookie = await page.evaluate(() => (globalThis as unknown as PageDocument).document.cookie);
  const csrf = /(?:^|;\s*)gcm_csrf=([^;]+)/.exec(cookie)?.[1];
  const res = await page.request.post(new URL('/graphql', page.url()).toString(), {
    data: { query, variables },
    headers: { 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': decodeURIComponent(csrf) } : {}) },
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`The API refused ${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** How a field is named: by its whole label (`exact`), or by a part of it. */
interface FieldName {
  exact?: boolean;
}

/** The field's error is said at the field: marked invalid, and named by its aria-describedby. */
export async function expectFieldError(
  page: Page,
  label: string | RegExp,
  message: string | RegExp,
  { exact }: FieldName = {},
): Promise<void> {
  const field = page.getByRole('textbox', { name: label, exact });
  const error = page.getByText(message);
  await error.waitFor();
  await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
  expect(((await field.getAttribute('aria-describedby')) ?? '').split(' ')).toContain(await error.getAttribute('id'));
}

/** Picks `option` in the select (a combobox textbox) labelled `label`. */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp, { exact }: FieldName = {}): Promise<void> {
  await page.getByRole('textbox', { name: label, exact }).click();
  await page.getByRole('option', { name: option }).click();
}

/**
 * Opens each of the named pages of the page list (scripts/web/pages.ts), each in a new context
 * signed in as its account, waits for its ready marker and hands it to `visit` (axe-core, say).
 */
export async function visitListedPages(
  h: BrowserHarness,
  names: readonly string[],
  visit: (page: Page, name: string) => Promise<unknown>,
): Promise<void> {
  const pages = WEB_PAGES.filter((w) => names.includes(w.name));
  expect(pages.map((p) => p.name).sort()).toEqual([...names].sort());
  for (const p of pages) {
    const page = await h.signedInPage(p.account!);
    await page.goto(`${h.baseUrl}${await pathOf(p, h.baseUrl)}`, { waitUntil: 'load' });
    await page.locator(p.ready).first().waitFor({ state: 'visible', timeout: 30_000 });
    await visit(page, p.name);
    await page.context().close();
  }
}
