import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The GraphQL IDE at /ide, in a real (headless) Chromium: it renders, runs a query against
 * /graphql, and never reaches beyond the machine it is served from.
 *
 * Needs Debian's `chromium` package (or CHROMIUM_PATH pointing at a Chromium binary).
 * Set IDE_SCREENSHOT=/some/file.png to keep a screenshot of the IDE after the query ran.
 */

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const QUERY = '{ objectives { number title } }';
const OBJECTIVE_16_EN = 'Empower migrants and societies to realize full inclusion and social cohesion';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Schemes that never touch the network. */
const NON_NETWORK_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** The slice of the page's DOM the tests touch (tsconfig has no "dom" lib). */
interface CodeMirrorHost {
  CodeMirror?: {
    getValue(): string;
    setValue(value: string): void;
    /** Set by GraphiQL on the query editor: the parsed query, 100 ms (debounced) after an edit. */
    documentAST?: { loc?: { source?: { body?: string } } } | null;
  };
}
interface PageGlobals {
  document: { querySelector(selector: string): unknown };
}

const isLocal = (url: string): boolean => {
  const u = new URL(url);
  return NON_NETWORK_SCHEMES.has(u.protocol) || LOCAL_HOSTS.has(u.hostname);
};

describe('GraphQL IDE (/ide) in headless Chromium', () => {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  /** Every request the page made (method and URL). */
  const requests: string[] = [];
  /** Requests that would have left the machine: aborted, and listed here. */
  const external: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const badResponses: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM_PATH}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
      );
    }
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    const address = (t.app.getHttpServer() as Server).address();
    if (!address || typeof address === 'string') throw new Error(`Unexpected server address: ${String(address)}`);
    baseUrl = `http://127.0.0.1:${address.port}`;

    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1400, height: 900 } });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isLocal(url)) {
        await route.continue();
      } else {
        external.push(`${route.request().method()} ${url}`);
        await route.abort('blockedbyclient');
      }
    });
    page = await context.newPage();
    page.on('request', (req) => requests.push(`${req.method()} ${req.url()}`));
    page.on('requestfailed', (req) => {
      if (isLocal(req.url())) failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) badResponses.push(`${res.status()} ${res.request().method()} ${res.url()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => pageErrors.push(err.stack ?? err.message));
    page.on('websocket', (ws) => {
      if (!isLocal(ws.url())) external.push(`WEBSOCKET ${ws.url()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('renders GraphiQL, runs a query against /graphql, and makes no request off the machine', async () => {
    const response = await page.goto(`${baseUrl}/ide`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);

    await page.locator('.graphiql-container').waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ state: 'visible', timeout: 30_000 });

    await page.evaluate((query) => {
      const { document } = globalThis as unknown as PageGlobals;
      const editor = document.querySelector('.graphiql-query-editor .CodeMirror') as CodeMirrorHost | null;
      if (!editor?.CodeMirror) throw new Error('The query editor has no CodeMirror instance');
      editor.CodeMirror.setValue(query);
    }, QUERY);
    // GraphiQL re-parses the query (and so picks the operation name) 100 ms after an edit: run
    // it sooner and it sends the new query with the default query's operation name ("FirstLook"),
    // which the server refuses ("Unknown operation named"). Wait until it has parsed ours.
    await page.waitForFunction(
      (query) => {
        const { document } = globalThis as unknown as PageGlobals;
        const editor = document.querySelector('.graphiql-query-editor .CodeMirror') as CodeMirrorHost | null;
        return editor?.CodeMirror?.documentAST?.loc?.source?.body === query;
      },
      QUERY,
      { timeout: 10_000 },
    );

    await page.locator('button.graphiql-execute-button').click();

    // The response pane is a CodeMirror that renders only the visible lines: read its value.
    const readResponse = (): Promise<string> =>
      page.evaluate(() => {
        const { document } = globalThis as unknown as PageGlobals;
        const pane = (document.querySelector('.graphiql-response .CodeMirror') ??
          document.querySelector('.result-window .CodeMirror')) as CodeMirrorHost | null;
        return pane?.CodeMirror?.getValue() ?? '';
      });
    const deadline = Date.now() + 30_000;
    let resultText = await readResponse();
    while (!resultText.includes(OBJECTIVE_16_EN) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      resultText = await readResponse();
    }
    if (!resultText.includes(OBJECTIVE_16_EN)) {
      throw new Error(
        `The response pane never showed Objective 16's title. It shows:\n${resultText || '(nothing)'}\n` +
          `Console errors: ${JSON.stringify(consoleErrors)}\nPage errors: ${JSON.stringify(pageErrors)}\n` +
          `Requests: ${JSON.stringify(requests, null, 1)}`,
      );
    }

    if (process.env.IDE_SCREENSHOT) await page.screenshot({ path: process.env.IDE_SCREENSHOT, fullPage: true });

    expect(resultText).toContain(OBJECTIVE_16_EN);
    const result = JSON.parse(resultText) as { data?: { objectives: { number: number; title: string }[] }; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(result.data?.objectives).toHaveLength(23);
    expect(result.data?.objectives[15]).toEqual({ number: 16, title: OBJECTIVE_16_EN });

    // Everything came from the server itself: the page, its assets, and the GraphQL calls.
    expect(external).toEqual([]);
    expect(requests).toEqual(
      expect.arrayContaining([
        `GET ${baseUrl}/ide`,
        `GET ${baseUrl}/ide/assets/react.js`,
        `GET ${baseUrl}/ide/assets/react-dom.js`,
        `GET ${baseUrl}/ide/assets/graphiql.js`,
        `GET ${baseUrl}/ide/assets/graphiql.css`,
        `GET ${baseUrl}/ide/ide.js`,
        `POST ${baseUrl}/graphql`,
      ]),
    );
    expect(requests.filter((r) => !isLocal(r.slice(r.indexOf(' ') + 1)))).toEqual([]);

    // And nothing went wrong on the way (CSP violations, script errors, 404s, failed loads).
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    expect(badResponses).toEqual([]);
  });
});
