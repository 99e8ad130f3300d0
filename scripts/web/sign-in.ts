import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/modules/demo/demo-accounts.js';

/**
 * Signs a demo account in through the web app's sign-in page, as a person would (the page
 * leaves /sign-in once signed in); the session cookie then stays with the page's browser context.
 */
export async function signInThroughPage(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  // Whoever was signed in before is forgotten (the sign-in page sends a signed-in visitor away).
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/sign-in`, { waitUntil: 'load' });
  await page.locator('form input[type="email"]').fill(email);
  await page.locator('form input[type="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
