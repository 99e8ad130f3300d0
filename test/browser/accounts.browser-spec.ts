import type { Server } from 'node:http';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../src/common/project-root.js';
import { FirstAccountService } from '../../src/modules/accounts/first-account.service.js';
import { CHROMIUM_ARGS } from '../../scripts/web/demo-server.js';
import { createTestAccount, TEST_PASSWORD } from '../factories/accounts.factory.js';
import { Role } from '../../src/common/auth/role.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 15 in headless Chromium, on a fresh install (no account, no demo data): the setup link
 * from the server's log creates the first secretariat account; the secretariat creates a
 * focal point, who signs in and changes their password; failed sign-ins lock the account and
 * the secretariat unlocks it. axe-core on every new page; the keyboard reaches their controls.
 */

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIRST = { name: 'Amina Secretariat', email: 'amina@un.example', password: 'the first account password' };
const FOCAL = { name: 'Youssef Focal Point', email: 'youssef@gov.example', password: 'initial focal password' };
const FOCAL_NEW_PASSWORD = 'a new focal point password';

/** The slice of the page's DOM the tests read (tsconfig has no "dom" lib). */
interface PageGlobals {
  document: { activeElement: { textContent: string | null; getAttribute(a: string): string | null; tagName: string } | null };
}

interface Violation {
  id: string;
  impact?: string | null;
  nodes: { target: unknown }[];
}

describe('accounts in the web app: the first account, a focal point, a lock', () => {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  let baseUrl: string;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const axeResults: Record<string, string> = {};
  const axeFailures: string[] = [];
  let secretariat: Page;

  const newContext = async (): Promise<BrowserContext> => {
    const context = await browser!.newContext({ serviceWorkers: 'block', viewport: { width: 1366, height: 900 } });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient'),
    );
    context.on('page', (p) => {
      p.on('pageerror', (err) => pageErrors.push(err.message));
      p.on('console', (msg) => {
        // A refused sign-in answers 200 with an error body; the browser logs no network error for it.
        if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
      });
    });
    return context;
  };

  /** axe-core on the page as it is now: no serious or critical violation (collected, asserted at the end). */
  const axe = async (page: Page, name: string): Promise<void> => {
    await page.waitForLoadState('networkidle');
    // A dialog fades in: checked mid-transition, its text is partly transparent and axe
    // measures a contrast the user never sees once it is open. Wait for the finite
    // animations and transitions to end (spinners run forever and are left out).
    // (A string: the tests are typed without the DOM library.)
    await page.evaluate(
      `Promise.all(document.getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)))`,
    );
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = results.violations as Violation[];
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    axeResults[name] =
      `${serious.length} serious/critical, ${violations.length - serious.length} minor/moderate` +
      (violations.length
        ? ` (${violations.map((v) => `${v.id}:${v.impact} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`).join(', ')})`
        : '');
    for (const v of serious)
      axeFailures.push(`${name}: ${v.id} (${v.impact}) at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  };

  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = (globalThis as unknown as PageGlobals).document.activeElement;
      return {
        text: el?.textContent?.trim() ?? '',
        label: el?.getAttribute('aria-label') ?? '',
        tag: el?.tagName ?? '',
        autocomplete: el?.getAttribute('autocomplete') ?? '',
      };
    });
  /** Presses Tab until the focused element matches (at most `limit` times). */
  const tabTo = async (
    page: Page,
    match: (f: { text: string; label: string; tag: string; autocomplete: string }) => boolean,
    limit = 60,
  ) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (match(f)) return;
    }
    throw new Error(`not reached by Tab in ${limit} presses`);
  };

  const signIn = async (page: Page, email: string, password: string) => {
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel(/^E-mail/).fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).last().click();
  };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH))
      throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
    if (!existsSync(join(projectRoot(), 'web', 'dist', 'index.html'))) throw new Error('No web app build: run `npm run build` first.');
    t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${((t.app.getHttpServer() as Server).address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, 240_000);

  afterAll(async () => {
    if (Object.keys(axeResults).length) console.log(`axe-core, per page:\n${JSON.stringify(axeResults, null, 1)}`);
    await browser?.close();
    await t?.close();
  });

  it('fresh install: the setup link from the log opens the setup page, which creates the first secretariat account, signed in', async () => {
    // What main.ts does once the server listens, with the log line caught.
    const logged: string[] = [];
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      logged.push(String(message));
    });
    await t!.app.get(FirstAccountService).announce(baseUrl);
    warn.mockRestore();
    const link = /(http:\/\/\S+\/setup#[A-Za-z0-9_-]+)/.exec(logged.join('\n'))?.[1];
    expect(link).toBeDefined();

    const context = await newContext();
    secretariat = await context.newPage();
    // The sign-in page says no account exists yet.
    await secretariat.goto(`${baseUrl}/sign-in`);
    await secretariat.getByText('No account exists yet').waitFor();
    await axe(secretariat, 'sign-in (setup pending)');
    // Without the token, the setup page says which link it needs.
    await secretariat.getByRole('link', { name: 'About the setup page' }).click();
    await secretariat.getByText('Setup link needed').waitFor();
    await axe(secretariat, 'setup (no link)');

    await secretariat.goto(link as string);
    await secretariat.getByRole('heading', { name: 'Create the first account' }).waitFor();
    await axe(secretariat, 'setup');
    // The keyboard alone fills the form: Tab reaches the first field.
    await tabTo(secretariat, (f) => f.tag === 'INPUT' && f.autocomplete === 'name');
    await secretariat.keyboard.type(FIRST.name);
    await secretariat.getByLabel(/^E-mail/).fill(FIRST.email);
    await secretariat
      .getByLabel(/^Password/, { exact: false })
      .first()
      .fill(FIRST.password);
    await secretariat.getByLabel(/^Password again/).fill('not the same password');
    await secretariat.getByRole('button', { name: 'Create the account and sign in' }).click();
    await secretariat.getByText('The two passwords differ.').waitFor();
    await axe(secretariat, 'setup (field error)');
    await secretariat.getByLabel(/^Password again/).fill(FIRST.password);
    await secretariat.getByRole('button', { name: 'Create the account and sign in' }).click();

    // Signed in as the secretariat, on the accounts page; the nav offers it.
    await secretariat.waitForURL(/\/admin\/accounts$/);
    await secretariat.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
    await secretariat.getByRole('button', { name: 'Sign out' }).waitFor();
    await expect(secretariat.getByRole('navigation').getByRole('link', { name: 'Accounts' }).count()).resolves.toBe(1);
    await secretariat.locator('table tbody tr', { hasText: FIRST.email }).waitFor();
    const { data } = await t!.gql<{ setupPending: boolean }>('{ setupPending }');
    expect(data?.setupPending).toBe(false);
    const [account] = await t!.dataSource.query<{ role: string; display_name: string }[]>(
      'SELECT role, display_name FROM account WHERE email = $1',
      [FIRST.email],
    );
    expect(account).toEqual({ role: 'SECRETARIAT', display_name: FIRST.name });
    // The spent token is out of the address bar; opening the link again says the install is set up.
    expect(secretariat.url()).not.toContain('#');
    const again = await context.newPage();
    await again.goto(link as string);
    await again.getByText('Already set up').waitFor();
    await again.close();
  });

  it('the secretariat creates a focal point; the focal point signs in and changes their password; failed sign-ins lock an account, which the secretariat unlocks', async () => {
    await axe(secretariat, 'admin accounts');
    // The keyboard reaches "Create an account" and opens the form with Enter.
    await tabTo(secretariat, (f) => f.text === 'Create an account');
    await secretariat.keyboard.press('Enter');
    const form = secretariat.getByRole('dialog', { name: 'Create an account' });
    await form.waitFor();
    await axe(secretariat, 'admin accounts (create form)');
    // A focal point needs a country: said at the field.
    await form.getByLabel(/^E-mail/).fill(FOCAL.email);
    await form.getByLabel(/^Name/).fill(FOCAL.name);
    await form.getByLabel(/^Password/).fill(FOCAL.password);
    await form.getByRole('button', { name: 'Create an account' }).click();
    await form.getByText('Required.').waitFor();
    await form.getByRole('textbox', { name: /^Country/ }).fill('Morocco');
    await secretariat.getByRole('option', { name: 'Morocco (MAR)' }).click();
    await form.getByRole('button', { name: 'Create an account' }).click();
    await secretariat.getByText(`Account created for ${FOCAL.email}.`).waitFor();
    await secretariat.locator('table tbody tr', { hasText: FOCAL.email }).waitFor();
    // An address in use: the API's field error at the e-mail field.
    await secretariat.getByRole('button', { name: 'Create an account' }).click();
    await form.getByLabel(/^E-mail/).fill(FOCAL.email);
    await form.getByLabel(/^Name/).fill('Someone else');
    await form.getByRole('textbox', { name: /^Role/ }).click();
    await secretariat.getByRole('option', { name: 'analyst' }).click();
    await form.getByLabel(/^Password/).fill(FOCAL.password);
    await form.getByRole('button', { name: 'Create an account' }).click();
    await form.getByText('An account with this e-mail address exists already.').waitFor();
    await axe(secretariat, 'admin accounts (field error from the API)');
    await form.getByRole('button', { name: 'Close' }).click();
    await form.waitFor({ state: 'detached' });

    // The focal point signs in, sees their role and country, and changes their password.
    const focalContext = await newContext();
    const focal = await focalContext.newPage();
    await signIn(focal, FOCAL.email, FOCAL.password);
    await focal.getByRole('button', { name: 'Sign out' }).waitFor();
    await expect(focal.getByRole('navigation').getByRole('link', { name: 'Accounts' }).count()).resolves.toBe(0);
    await focal.getByRole('navigation').getByRole('link', { name: 'My account' }).click();
    await focal.waitForURL(/\/account$/);
    await expect(focal.locator('[data-account-role]').innerText()).resolves.toBe('focal point');
    await focal.getByText('Morocco (MAR)').waitFor();
    await axe(focal, 'my account');
    await tabTo(focal, (f) => f.tag === 'INPUT' && f.autocomplete === 'current-password');
    await focal.keyboard.type('a wrong current password');
    await focal
      .getByLabel(/^New password/)
      .first()
      .fill(FOCAL_NEW_PASSWORD);
    await focal.getByLabel(/^New password again/).fill(FOCAL_NEW_PASSWORD);
    await focal.getByRole('button', { name: 'Change the password' }).click();
    await focal.getByText('The current password is wrong.', { exact: false }).waitFor();
    await axe(focal, 'my account (wrong current password)');
    await focal.getByLabel(/^Current password/).fill(FOCAL.password);
    await focal.getByRole('button', { name: 'Change the password' }).click();
    await focal.getByText('Password changed').waitFor();
    // Still signed in: the page goes on with the new session.
    await focal.reload();
    await expect(focal.locator('[data-account-role]').innerText()).resolves.toBe('focal point');

    // Sign out everywhere, from the keyboard: the confirmation, then signed out.
    await tabTo(focal, (f) => f.text === 'Sign out everywhere');
    await focal.keyboard.press('Enter');
    const confirm = focal.getByRole('dialog', { name: 'Sign out everywhere' });
    await confirm.waitFor();
    await axe(focal, 'my account (sign out everywhere)');
    await confirm.getByRole('button', { name: 'Sign out everywhere' }).click();
    await focal.getByRole('link', { name: 'Sign in' }).waitFor();

    // Three wrong passwords lock the account.
    for (let i = 0; i < 3; i++) {
      await signIn(focal, FOCAL.email, `wrong password ${i}`);
      await focal.getByText('Sign-in failed', { exact: true }).waitFor();
    }
    await signIn(focal, FOCAL.email, FOCAL_NEW_PASSWORD);
    await focal.getByText('Sign-in failed', { exact: true }).waitFor();

    // The secretariat sees it Locked and unlocks it.
    await secretariat.goto(`${baseUrl}/admin/accounts?q=youssef`);
    const row = secretariat.locator('table tbody tr', { hasText: FOCAL.email });
    const locked = row.locator('.mantine-Badge-root', { hasText: 'Locked' });
    await locked.waitFor();
    await axe(secretariat, 'admin accounts (locked account)');
    await row.getByRole('button', { name: `Unlock: ${FOCAL.email}` }).click();
    await locked.waitFor({ state: 'detached' });
    await secretariat.getByText(`${FOCAL.email} is unlocked.`).waitFor();
    const [state] = await t!.dataSource.query<{ locked_until: Date | null }[]>('SELECT locked_until FROM account WHERE email = $1', [
      FOCAL.email,
    ]);
    expect(state.locked_until).toBeNull();

    // The focal point signs in again with the new password.
    await signIn(focal, FOCAL.email, FOCAL_NEW_PASSWORD);
    await focal.getByRole('button', { name: 'Sign out' }).waitFor();
    await focalContext.close();

    // The row's actions, from the keyboard: Tab reaches them, Enter deactivates.
    await tabTo(secretariat, (f) => f.label === `Deactivate: ${FOCAL.email}`);
    await secretariat.keyboard.press('Enter');
    await secretariat.getByText(`${FOCAL.email} is deactivated: their sessions have ended.`).waitFor();
    await row.locator('.mantine-Badge-root', { hasText: 'Inactive' }).waitFor();

    expect(axeFailures).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('a focal point who forgot the password asks for a link, sets a new password with it, then chooses a daily digest in French', async () => {
    const account = await createTestAccount(t!, Role.FOCAL_POINT, 'MAR');
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL(/\/forgot-password$/);
    await axe(page, 'forgot password');
    await page.getByLabel(/^E-mail/).fill(account.email);
    await page.getByRole('button', { name: 'Mail me a link' }).click();
    await page.getByText('Check your mail').waitFor();
    await axe(page, 'forgot password (asked)');
    // This app has no mail server: the mail waits in the outbox, with the link's token.
    const [mail] = await t!.dataSource.query<{ token: string }[]>(
      "SELECT payload->>'token' AS token FROM mail_outbox WHERE account_id = $1 AND kind = 'PASSWORD_RESET_REQUESTED'",
      [account.id],
    );
    expect(mail?.token).toBeTruthy();
    // The old password still works until the link is used.
    await signIn(page, account.email, TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();

    await page.goto(`${baseUrl}/set-password#${mail.token}`);
    await page
      .getByLabel(/^New password/)
      .first()
      .fill('a password I chose myself');
    await page.getByLabel(/^New password again/).fill('a password I chose myself');
    await page
      .getByRole('button', { name: /password/i })
      .last()
      .click();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    await signIn(page, account.email, 'a password I chose myself');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    await page.goto(`${baseUrl}/account`);
    await page.locator('[data-for="mail-preferences"][data-state="ready"]').waitFor();
    await page.getByRole('textbox', { name: 'Language of your mails' }).click();
    await page.getByRole('option', { name: 'Français' }).click();
    await page.getByRole('radio', { name: 'One mail a day' }).check();
    await page.getByRole('button', { name: 'Save the preferences' }).click();
    await page.getByText('Preferences saved').waitFor();
    await axe(page, 'my account (preferences saved)');
    const [prefs] = await t!.dataSource.query<{ language: string; mail_mode: string }[]>(
      'SELECT language, mail_mode FROM account WHERE id = $1',
      [account.id],
    );
    expect(prefs).toEqual({ language: 'FR', mail_mode: 'DAILY_DIGEST' });
    await context.close();
    expect(axeFailures).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
