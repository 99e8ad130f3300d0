/**
 * npm run screenshots [-- --url http://127.0.0.1:3000] [--only my-reports,report-entry]
 *
 * Writes a screenshot of every page of the web app at desktop (1366 px) and phone (390 px)
 * widths to docs/screenshots/<page>-<desktop|phone>.png, in headless Chromium. Without --url
 * it starts the server on an in-memory database loaded with the demo data (with one demo
 * account locked by failed sign-ins, for the Accounts page), and a second one as a new
 * installation (no account) for the setup page.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { projectRoot } from '../../src/common/project-root.js';
import { FirstAccountService } from '../../src/modules/accounts/first-account.service.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, demoServer } from './demo-server.js';
import { pathOf, WEB_PAGES } from './pages.js';
import { scrollThrough } from './scroll-through.js';
import { signInThroughPage } from './sign-in.js';

/** Locked for the Accounts page's screenshot (a demo server of this script's own only). */
const LOCKED_DEMO_ACCOUNT = 'focal.ken@demo.gcm-tracker.example';

/** Wrong passwords until the account is locked (LOGIN_MAX_FAILURES, 5 by default). */
async function lockByFailedSignIns(baseUrl: string, email: string): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: email, p: `not the password ${i}` },
      }),
    });
  }
}

const SIZES = {
  desktop: { width: 1366, height: 900, isMobile: false },
  phone: { width: 390, height: 844, isMobile: true },
} as const;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: 'string' }, only: { type: 'string' } } });
  const out = join(projectRoot(), 'docs', 'screenshots');
  await mkdir(out, { recursive: true });
  const server = await demoServer(values.url);
  if (server.app) await lockByFailedSignIns(server.url, LOCKED_DEMO_ACCOUNT);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        isMobile: viewport.isMobile,
        deviceScaleFactor: 1,
        serviceWorkers: 'block',
      });
      await context.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient'),
      );
      const page = await context.newPage();
      // Public pages first, then each account's pages, signed in once per account.
      let signedInAs: string | undefined;
      const pages = WEB_PAGES.filter((w) => !values.only || values.only.split(',').includes(w.name)).sort((a, b) =>
        (a.account ?? '').localeCompare(b.account ?? ''),
      );
      for (const p of pages) {
        if (p.account && p.account !== signedInAs) {
          await signInThroughPage(page, server.url, p.account);
          signedInAs = p.account;
        }
        await page.goto(`${server.url}${await pathOf(p, server.url)}`, { waitUntil: 'networkidle' });
        await page.locator(p.ready).first().waitFor({ state: 'visible', timeout: 20_000 });
        // Charts far down a page (the world map) load when scrolled to: scroll through the
        // page first, then back to the top; charts animate in, so let them settle.
        await scrollThrough(page);
        await page.waitForTimeout(1200);
        const file = join(out, `${p.name}-${size}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`wrote ${file}`);
      }
      await context.close();
    }
    // The setup page, as a new installation shows it: with the link its start printed.
    if (!values.url && (!values.only || values.only === 'setup')) {
      const fresh = await demoServer(undefined, { seed: false });
      try {
        const link = await fresh.app?.get(FirstAccountService).announce(fresh.url);
        if (!link) throw new Error('A new installation printed no setup link');
        for (const [size, viewport] of Object.entries(SIZES)) {
          const context = await browser.newContext({
            viewport: { width: viewport.width, height: viewport.height },
            isMobile: viewport.isMobile,
            deviceScaleFactor: 1,
            serviceWorkers: 'block',
          });
          const page = await context.newPage();
          await page.goto(link, { waitUntil: 'networkidle' });
          await page.locator('form input[type="password"]').first().waitFor({ state: 'visible', timeout: 20_000 });
          const file = join(out, `setup-${size}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(`wrote ${file}`);
          await context.close();
        }
      } finally {
        await fresh.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
