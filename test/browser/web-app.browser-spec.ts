import type { Server } from 'node:http';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../src/common/project-root.js';
import { DemoSeederService } from '../../src/modules/demo/demo-seeder.service.js';
import { DEMO_PASSWORD } from '../../src/modules/demo/demo-accounts.js';
import { CHROMIUM_ARGS } from '../../scripts/web/demo-server.js';
import { pathOf, PUBLIC_WEB_PAGES } from '../../scripts/web/pages.js';
import { scrollThrough } from '../../scripts/web/scroll-through.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The web app in headless Chromium on the demo data, as its users would use it: every page
 * loads with no serious or critical accessibility violation (axe-core) and at most 3 API
 * requests, figures equal the API's answer, filters narrow the lists, the language switch
 * changes the texts and the data, an analyst's download matches the chart; and no request
 * ever leaves the machine.
 */

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CYCLE = 'RR2-ECA-2024';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const NON_NETWORK = new Set(['data:', 'blob:', 'about:']);
const isLocal = (url: string): boolean => {
  const u = new URL(url);
  return NON_NETWORK.has(u.protocol) || LOCAL_HOSTS.has(u.hostname);
};

/** The slice of the page's DOM the tests read (tsconfig has no "dom" lib). */
interface PageGlobals {
  document: {
    cookie: string;
    documentElement: { lang: string };
    querySelector(s: string): { getAttribute(a: string): string | null } | null;
    activeElement: { textContent: string | null; getAttribute(a: string): string | null } | null;
  };
}

interface Violation {
  id: string;
  impact?: string | null;
  nodes: { target: unknown }[];
}

describe('the web app in headless Chromium', () => {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let baseUrl: string;
  const external: string[] = [];
  const pageErrors: string[] = [];
  /** Console errors: script errors, and content security policy violations, which Chromium reports there. */
  const consoleErrors: string[] = [];
  const axeResults: Record<string, string> = {};

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await t!.gql<T>(query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };

  /** Opens a page and waits for its data; returns the GraphQL requests it made. */
  async function open(page: Page, path: string, ready: string): Promise<string[]> {
    const calls: string[] = [];
    const listener = (req: { url(): string; method(): string; postData(): string | null }) => {
      if (new URL(req.url()).pathname === '/graphql') calls.push(req.postData() ?? '');
    };
    page.on('request', listener);
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    page.off('request', listener);
    return calls;
  }

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH))
      throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
    if (!existsSync(join(projectRoot(), 'web', 'dist', 'index.html'))) throw new Error('No web app build: run `npm run build` first.');
    t = await startTestApp();
    await t.app.get(DemoSeederService).seed({ kind: 'system', label: 'browser test' }, () => undefined);
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${((t.app.getHttpServer() as Server).address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      external.push(`${route.request().method()} ${url}`);
      return route.abort('blockedbyclient');
    });
    context.on('page', (p) => {
      p.on('pageerror', (err) => pageErrors.push(err.message));
      p.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
      });
    });
  }, 240_000);

  afterAll(async () => {
    if (Object.keys(axeResults).length) console.log(`axe-core, per page:\n${JSON.stringify(axeResults, null, 1)}`);
    await browser?.close();
    await t?.close();
  });

  it('opens every page with at most 3 API requests and no serious or critical accessibility violation', async () => {
    const page = await context.newPage();
    const failures: string[] = [];
    for (const p of PUBLIC_WEB_PAGES) {
      const calls = await open(page, await pathOf(p, baseUrl), p.ready);
      // Charts far down the page (the world map) load when scrolled to: scroll through it, so
      // that axe reads every chart and each is seen drawn. Charts draw after their data; let
      // them finish before axe reads the page.
      await scrollThrough(page);
      await page.waitForTimeout(300);
      const undrawn = await page
        .locator('[data-chart]:not(:has([data-chart-drawn], svg))')
        .evaluateAll((els) => els.map((e) => (e as unknown as { getAttribute(name: string): string | null }).getAttribute('data-chart')));
      if (undrawn.length) failures.push(`${p.name}: charts not drawn: ${undrawn.join(', ')}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const violations = results.violations as Violation[];
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      axeResults[p.name] =
        `${serious.length} serious/critical, ${violations.length - serious.length} minor/moderate` +
        (violations.length ? ` (${violations.map((v) => `${v.id}:${v.impact}`).join(', ')})` : '');
      if (serious.length)
        failures.push(
          `${p.name}: ${serious.map((v) => `${v.id} (${v.impact}) at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`).join('; ')}`,
        );
      if (calls.length > 3) failures.push(`${p.name}: ${calls.length} API requests: ${calls.map((c) => c.slice(0, 80)).join(' | ')}`);
    }
    await page.close();
    expect(failures).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("shows the dashboard's figures as the API answers them for the same question", async () => {
    const page = await context.newPage();
    await open(page, `/?cycle=${CYCLE}`, '[data-figure="mean-level"] [data-value]');
    const { regionalProgress: rp } = await gql<{
      regionalProgress: {
        world: {
          reportingCountries: number;
          meanLevel: number | null;
          entriesByState: { validated: number };
          publishedGoodPractices: number;
          pledgesByStatus: Record<string, number>;
        };
      };
    }>(
      `query($c: String!) { regionalProgress(cycle: $c) { world { reportingCountries meanLevel entriesByState { validated } publishedGoodPractices pledgesByStatus { planning inProgress fulfilled withdrawn } } } }`,
      { c: CYCLE },
    );
    const figure = (name: string) => page.locator(`[data-figure="${name}"] [data-value]`).innerText();
    expect(await figure('reporting-countries')).toBe(String(rp.world.reportingCountries));
    expect(await figure('validated-entries')).toBe(String(rp.world.entriesByState.validated));
    expect(await figure('mean-level')).toBe((rp.world.meanLevel ?? 0).toFixed(2));
    expect(await figure('practices')).toBe(String(rp.world.publishedGoodPractices));
    expect(await figure('pledges')).toBe(String(Object.values(rp.world.pledgesByStatus).reduce((a, b) => a + b, 0)));
    expect(rp.world.reportingCountries).toBeGreaterThan(0);

    // The heat map's table view: Objective 16 in Africa (ECA), as objectiveMatrix answers.
    const { objectiveMatrix } = await gql<{
      objectiveMatrix: { rows: { objectiveNumber: number; cells: { region: { code: string }; meanLevel: number | null }[] }[] };
    }>(`query($c: String!) { objectiveMatrix(cycle: $c) { rows { objectiveNumber cells { region { code } meanLevel } } } }`, { c: CYCLE });
    const eca16 = objectiveMatrix.rows.find((r) => r.objectiveNumber === 16)?.cells.find((c) => c.region.code === 'ECA')?.meanLevel;
    expect(eca16).not.toBeNull();
    const matrix = page.locator('[data-chart="objective-matrix"]');
    await matrix.getByRole('tab', { name: 'Table' }).click();
    const header = await matrix.locator('thead th').allInnerTexts();
    const ecaColumn = header.findIndex((h) => h === 'Economic Commission for Africa');
    expect(ecaColumn).toBeGreaterThan(0);
    const row16 = matrix.locator('tbody tr').filter({ has: page.locator('th', { hasText: /^16\. / }) });
    expect(await row16.locator('th, td').nth(ecaColumn).innerText()).toBe((eca16 as number).toFixed(2));
    await page.close();
  });

  it('narrows the lists with filters kept in the URL, and finds a country typed without its accents', async () => {
    const page = await context.newPage();
    await open(page, '/pledges', '[data-count]');
    const all = Number(await page.locator('[data-count]').getAttribute('data-count'));
    await page.getByRole('textbox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Fulfilled' }).click();
    await page.waitForURL(/status=FULFILLED/);
    await page.waitForFunction(
      (n) => Number((globalThis as unknown as PageGlobals).document.querySelector('[data-count]')?.getAttribute('data-count')) !== n,
      all,
    );
    const fulfilled = Number(await page.locator('[data-count]').getAttribute('data-count'));
    const api = await gql<{ pledges: { totalCount: number } }>('{ pledges(filter: { status: FULFILLED }) { totalCount } }');
    expect(fulfilled).toBe(api.pledges.totalCount);
    expect(fulfilled).toBeLessThan(all);
    expect(fulfilled).toBeGreaterThan(0);
    // Every row shown has the status filtered on.
    const statuses = await page.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(statuses.every((s) => /FULFILLED/i.test(s))).toBe(true);

    await open(page, '/countries', '[data-count]');
    const countries = Number(await page.locator('[data-count]').getAttribute('data-count'));
    await page.getByRole('searchbox', { name: 'Search by name or ISO3 code' }).fill('cote');
    await page.waitForURL(/q=cote/);
    await page.waitForFunction(
      (n) => Number((globalThis as unknown as PageGlobals).document.querySelector('[data-count]')?.getAttribute('data-count')) < n,
      countries,
    );
    await expect(page.locator('tbody').innerText()).resolves.toMatch(/Côte d.Ivoire/);
    await page.close();
  });

  it("shows the GCM calendar filtered by objective, the side event with who organised it and who took part, and both seed events on Morocco's page", async () => {
    const page = await context.newPage();
    await open(page, '/events', '.mantine-Timeline-root');
    // Review cycles and events together.
    await expect(page.locator('[data-cycle="IMRF-2022"]').count()).resolves.toBe(1);
    await page.getByRole('textbox', { name: 'Objective' }).click();
    await page.getByRole('option', { name: /^16\./ }).click();
    await page.waitForURL(/objective=16/);
    const api = await gql<{ events: { totalCount: number; nodes: { id: string }[] } }>(
      '{ events(filter: { objective: 16 }) { totalCount nodes { id } } }',
    );
    // The filtered answer is shown (not the page's previous one) and review cycles are left out.
    await page.waitForFunction((n) => {
      const doc = (globalThis as unknown as PageGlobals).document;
      return doc.querySelector('[data-count]')?.getAttribute('data-count') === String(n) && doc.querySelector('[data-cycle]') === null;
    }, api.events.totalCount);
    await expect(page.locator('[data-event]').count()).resolves.toBe(api.events.totalCount);
    const side = await gql<{ events: { nodes: { id: string }[] } }>(
      '{ events(filter: { objective: 16, cycle: "IMRF-2022" }) { nodes { id } } }',
    );
    const sideId = side.events.nodes[0].id;
    await page.locator(`[data-event="${sideId}"] a`).click();
    await page.waitForURL(new RegExp(`/events/${sideId}$`));
    await page.locator('table a[href="/countries/MAR"]').waitFor();
    await expect(page.locator('table tbody').innerText()).resolves.toMatch(/Kenya[\s\S]*Malawi[\s\S]*Morocco/);
    const organisers = await page.getByRole('heading', { name: 'Organisers' }).locator('xpath=..').innerText();
    expect(organisers).toMatch(/IOM[\s\S]*ECA[\s\S]*ESCWA/);
    await expect(page.getByText('Unconfirmed').first().isVisible()).resolves.toBe(true);

    await open(page, '/countries/MAR', '[data-events]');
    const dialogue = await gql<{ events: { nodes: { id: string }[] } }>(
      '{ events(filter: { kind: CHAMPIONS_DIALOGUE, cycle: "RR2-ECA-2024" }) { nodes { id } } }',
    );
    for (const id of [sideId, dialogue.events.nodes[0].id])
      await expect(page.locator(`section[aria-labelledby="country-events"] a[href="/events/${id}"]`).count()).resolves.toBe(1);
    await page.close();
  });

  it('works from the keyboard alone: skip to the content, switch a chart to its table, open an objective from the heat map', async () => {
    const page = await context.newPage();
    await open(page, `/?cycle=${CYCLE}`, '[data-figure="mean-level"] [data-value]');
    const focused = () =>
      page.evaluate(() => {
        const el = (globalThis as unknown as PageGlobals).document.activeElement;
        return { text: el?.textContent?.trim() ?? '', label: el?.getAttribute('aria-label') ?? '', href: el?.getAttribute('href') ?? '' };
      });
    /** Presses Tab until the focused element matches (at most `limit` times). */
    const tabTo = async (match: (f: { text: string; label: string; href: string }) => boolean, limit = 120) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (match(await focused())) return;
      }
      throw new Error(`not reached by Tab in ${limit} presses`);
    };
    // The first Tab reaches the skip link, which moves on to the page's content.
    await page.keyboard.press('Tab');
    expect((await focused()).href).toBe('#main');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    // The bar chart's table view, by its tab and the arrow key.
    await tabTo((f) => f.text === 'Chart');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.locator('[data-chart="region-bars"] table').waitFor();
    // Objective 16 from the heat map's row head: Enter opens its page for the same cycle.
    await tabTo((f) => /^16\. /.test(f.label));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/objectives/16\\?cycle=${CYCLE}$`));
    await page.locator('#objective-regions').waitFor();
    await page.close();
  });

  it('switches language: the texts and the data follow', async () => {
    const page = await context.newPage();
    await open(page, '/objectives', 'table a[href="/objectives/16"]');
    await page.getByRole('textbox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Français' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('Les 23 objectifs');
    const { objective } = await gql<{ objective: { title: string } }>('{ objective(number: 16, lang: FR) { title } }');
    await page.locator('a[href="/objectives/16"]', { hasText: objective.title }).waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.lang)).toBe('fr');
    // The review regions have no verified French names: the dashboard shows them in English,
    // marked as the API marks them (nameLanguage), in the chart and in its table.
    const { regions } = await gql<{ regions: { name: string; nameLanguage: string }[] }>(
      '{ regions(lang: FR, scheme: REVIEW) { name nameLanguage } }',
    );
    const english = regions.filter((r) => r.nameLanguage === 'EN');
    expect(english.length).toBeGreaterThan(0);
    await open(page, `/?cycle=${CYCLE}`, '[data-figure="mean-level"] [data-value]');
    const bars = page.locator('[data-chart="region-bars"]');
    await bars.getByText(english[0].name).first().waitFor();
    await expect(bars.locator('[data-chart-drawn] .mantine-Badge-root', { hasText: /^EN$/ }).count()).resolves.toBe(english.length);
    await bars.getByRole('tab', { name: 'Tableau' }).click();
    await expect(bars.locator('tbody th .mantine-Badge-root', { hasText: /^EN$/ }).count()).resolves.toBe(english.length);
    await open(page, '/objectives', 'table a[href="/objectives/16"]');
    await page.getByRole('textbox', { name: 'Langue' }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await expect(page.locator('h1').innerText()).resolves.toBe('The 23 objectives');
    await page.close();
  });

  it("lets an analyst sign in and download the server's CSV of the heat map, matching the chart's numbers", async () => {
    const page = await context.newPage();
    await open(page, '/sign-in', 'form input[type="email"]');
    await page.getByLabel('E-mail').fill('analyst@demo.gcm-tracker.example');
    await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    // No script in the page can read the session.
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.cookie)).not.toContain('gcm_session');

    await open(page, `/?cycle=${CYCLE}`, '[data-figure="mean-level"] [data-value]');
    const matrix = page.locator('[data-chart="objective-matrix"]');
    const [download] = await Promise.all([page.waitForEvent('download'), matrix.locator('a[data-export="objective-matrix.csv"]').click()]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    // The chart's own CSV (built in the page from the same answer it draws).
    const [own] = await Promise.all([page.waitForEvent('download'), matrix.getByRole('button', { name: 'Download CSV' }).click()]);
    const chartLines = (await readFile(await own.path(), 'utf8'))
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    const chartHeader = chartLines[0].split(',');
    // The server's export: a few lines about the export, a blank line, then the table.
    const serverLines = csv.replace(/^\ufeff/, '').split(/\r?\n/);
    const tableStart = serverLines.findIndex((l) => l.startsWith('Objective,'));
    const serverHeader = serverLines[tableStart].split(',');
    const col = (name: string) => serverHeader.indexOf(name);
    const serverMean = new Map<string, number | null>();
    for (const l of serverLines.slice(tableStart + 1).filter(Boolean)) {
      const cells = l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
      const mean = cells[col('Mean level (0-3)')];
      serverMean.set(`${cells[col('Objective')]}/${cells[col('Region code')]}`, mean === '' ? null : Number(mean));
    }
    // Every cell of the chart, objective by region: the same mean level in the server's file.
    let compared = 0;
    for (const line of chartLines.slice(1)) {
      const cells = line.split(',');
      chartHeader.forEach((h, i) => {
        const region = /^(\w+)_mean_level$/.exec(h)?.[1];
        if (!region) return;
        const chart = cells[i] === '' ? null : Number(cells[i]);
        expect({ cell: `${cells[0]}/${region}`, mean: serverMean.get(`${cells[0]}/${region}`) }).toEqual({
          cell: `${cells[0]}/${region}`,
          mean: chart,
        });
        if (chart !== null) compared++;
      });
    }
    expect(compared).toBeGreaterThan(0);
    expect(serverMean.get('16/ECA')).toBeGreaterThan(0);

    // An analyst may count submitted entries on an objective's page too: the figures then say so.
    await open(page, `/objectives/16?cycle=${CYCLE}`, '#objective-regions');
    const submitted = page.getByRole('checkbox', { name: 'Include submitted entries (not yet validated)' });
    await submitted.click();
    await page.waitForURL(/submitted=true/);
    await page.getByText('These figures include entries not yet validated').waitFor();
    await expect(submitted.isChecked()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await page.close();
  });

  it('never reached beyond the machine, and no page logged an error or a policy violation', () => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
