/**
 * npm run bench:web [-- --url http://127.0.0.1:3000] [--runs 5]
 *
 * Measures the web app in headless Chromium and writes the figures to docs/BENCHMARKS.md
 * (between its own markers; the rest of the file is left as it is):
 * - JavaScript sent for each page opened first (cold cache), gzipped as the files are: what
 *   the page needs before it shows its data, what it loads for the first screen (nothing
 *   scrolled), and everything once scrolled to its end (the world map loads when it comes
 *   near the window);
 * - the dashboard's first render with data: from navigation start to the headline figures,
 *   and to the charts drawn, median of --runs cold loads;
 * - API requests per page view.
 * Without --url it starts the server on an in-memory database loaded with the demo data.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { projectRoot } from '../../src/common/project-root.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, demoServer } from './demo-server.js';
import { pathOf, PUBLIC_WEB_PAGES } from './pages.js';
import { scrollThrough } from './scroll-through.js';

const START = '<!-- web app: written by npm run bench:web -->';
const END = '<!-- /web app -->';
const JS_TARGET_KB = 250;
const RENDER_TARGET_MS = 1500;
const REQUESTS_TARGET = 3;

interface PageFigures {
  name: string;
  /** Gzipped KB of the JavaScript loaded before the page's data showed. */
  jsBeforeData: number;
  /** Gzipped KB of the JavaScript loaded for the first screen, nothing scrolled. */
  jsFirstView: number;
  /** Gzipped KB of all JavaScript the page loaded once scrolled to its end. */
  jsTotal: number;
  /** Gzipped KB of other files (CSS, map shapes; fonts are compressed already and left out). */
  otherTotal: number;
  apiRequests: number;
}

const gzippedKb = (body: Buffer): number => gzipSync(body, { level: 9 }).length / 1024;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number): string => `${n.toFixed(1)} KB`;

async function measurePage(
  browser: Browser,
  url: string,
  ready: string,
): Promise<PageFigures & { readyMs: number; chartsMs: number | null }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: 'block' });
  await context.route('**/*', (r) => (new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort('blockedbyclient')));
  const page = await context.newPage();
  const files: { url: string; type: string; size: number; at: number }[] = [];
  let apiRequests = 0;
  /** When the last API answer arrived: files requested after it were not needed to show the data. */
  let dataArrivedAt = 0;
  const requestedAt = new Map<string, number>();
  page.on('request', (req) => {
    if (new URL(req.url()).pathname === '/graphql') apiRequests++;
    else requestedAt.set(req.url(), Date.now());
  });
  page.on('response', async (res) => {
    const path = new URL(res.url()).pathname;
    if (path === '/graphql') {
      dataArrivedAt = Date.now();
      return;
    }
    if (res.status() !== 200) return;
    const at = requestedAt.get(res.url()) ?? Date.now();
    try {
      const body = await res.body();
      const type = res.headers()['content-type'] ?? '';
      files.push({ url: path, type, size: /font|woff/.test(type) ? 0 : gzippedKb(body), at });
    } catch {
      // A response whose body went away (navigation) is not counted.
    }
  });
  await page.goto(url, { waitUntil: 'commit' });
  // Checked at every animation frame in the page: the time (since navigation start) the selector first matched.
  const shownAt = (selector: string): Promise<number> =>
    page
      .waitForFunction(
        (sel) => {
          const g = globalThis as unknown as { document: { querySelector(s: string): unknown }; performance: { now(): number } };
          return g.document.querySelector(sel) ? g.performance.now() : false;
        },
        selector,
        { polling: 'raf', timeout: 30_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>);
  const nav = await shownAt(ready);
  const dataShownAt = dataArrivedAt || Date.now();
  // A chart is drawn when its bars or cells are there (the app's own charts) or its SVG (ECharts).
  const chartsMs =
    (await page.locator('[data-chart]').count()) > 0 ? await shownAt('[data-chart] [data-chart-drawn], [data-chart] svg') : null;
  await page.waitForLoadState('networkidle');
  const isJs = (f: { type: string }): boolean => /javascript/.test(f.type);
  const jsFirstView = files.filter(isJs).reduce((s, f) => s + f.size, 0);
  await scrollThrough(page);
  await context.close();
  const js = files.filter(isJs);
  return {
    name: '',
    jsBeforeData: js.filter((f) => f.at < dataShownAt).reduce((s, f) => s + f.size, 0),
    jsFirstView,
    jsTotal: js.reduce((s, f) => s + f.size, 0),
    otherTotal: files.filter((f) => !/javascript/.test(f.type)).reduce((s, f) => s + f.size, 0),
    apiRequests,
    readyMs: nav,
    chartsMs,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: 'string' }, runs: { type: 'string', default: '5' } } });
  const runs = Math.max(1, Number(values.runs));
  const server = await demoServer(values.url);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const pages: PageFigures[] = [];
  const dashboardReady: number[] = [];
  const dashboardCharts: number[] = [];
  /** `/` as typed: the default cycle is asked first, then the dashboard's figures. */
  const plainReady: number[] = [];
  try {
    for (const p of PUBLIC_WEB_PAGES) {
      const url = `${server.url}${await pathOf(p, server.url)}`;
      const first = await measurePage(browser, url, p.ready);
      pages.push({ ...first, name: p.name });
      if (p.name === 'dashboard') {
        dashboardReady.push(first.readyMs);
        if (first.chartsMs !== null) dashboardCharts.push(first.chartsMs);
        for (let i = 1; i < runs; i++) {
          const again = await measurePage(browser, url, p.ready);
          dashboardReady.push(again.readyMs);
          if (again.chartsMs !== null) dashboardCharts.push(again.chartsMs);
        }
      }
    }
    const dashboard = PUBLIC_WEB_PAGES.find((p) => p.name === 'dashboard');
    for (let i = 0; dashboard && i < runs; i++) plainReady.push((await measurePage(browser, `${server.url}/`, dashboard.ready)).readyMs);
  } finally {
    await browser.close();
    await server.close();
  }

  const ready = median(dashboardReady);
  const charts = dashboardCharts.length ? median(dashboardCharts) : null;
  const dashboard = pages.find((p) => p.name === 'dashboard') as PageFigures;
  const worstRequests = Math.max(...pages.map((p) => p.apiRequests));
  const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');
  const lines = [
    START,
    '## Web app (npm run bench:web)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} in headless Chromium on this machine (${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} when it ended), demo data, cold cache, a 1366 x 900 window. JavaScript is counted gzipped (level 9) as served; fonts are left out (already compressed).`,
    '',
    '| Target | Figure | |',
    '| --- | --- | --- |',
    `| JavaScript for the first page (dashboard) at most ${JS_TARGET_KB} KB gzipped | ${kb(dashboard.jsBeforeData)} before its figures show; ${kb(dashboard.jsFirstView)} for its first screen with the bar chart drawn; ${kb(dashboard.jsTotal)} once scrolled to the world map | ${verdict(dashboard.jsFirstView <= JS_TARGET_KB)} |`,
    `| Dashboard's first render with data within ${RENDER_TARGET_MS} ms | headline figures at ${Math.round(ready)} ms, charts drawn at ${charts === null ? '–' : `${Math.round(charts)} ms`} (median of ${runs}, \`/?cycle=…\`); figures at ${Math.round(median(plainReady))} ms at \`/\` (default cycle asked first) | ${verdict(Math.max(charts ?? ready, median(plainReady)) <= RENDER_TARGET_MS)} |`,
    `| At most ${REQUESTS_TARGET} API requests per page view | at most ${worstRequests} | ${verdict(worstRequests <= REQUESTS_TARGET)} |`,
    '',
    '| Page (opened first) | JS before data | JS, first screen | JS, scrolled to the end | Other files (CSS, map) | API requests |',
    '| --- | --- | --- | --- | --- | --- |',
    ...pages.map(
      (p) => `| ${p.name} | ${kb(p.jsBeforeData)} | ${kb(p.jsFirstView)} | ${kb(p.jsTotal)} | ${kb(p.otherTotal)} | ${p.apiRequests} |`,
    ),
    '',
    END,
  ];
  const table = lines.join('\n');
  console.log(table);
  const file = join(projectRoot(), 'docs', 'BENCHMARKS.md');
  const previous = await readFile(file, 'utf8');
  const from = previous.indexOf(START);
  const to = previous.indexOf(END);
  const next =
    from >= 0 && to > from ? `${previous.slice(0, from)}${table}${previous.slice(to + END.length)}` : `${previous.trimEnd()}\n\n${table}\n`;
  await writeFile(file, next);
  console.error('Written to docs/BENCHMARKS.md');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
