import type { Page } from 'playwright-core';

/** Scrolls a page to its end a screen at a time (so what loads when seen loads), then back to the top. */
export async function scrollThrough(page: Page): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const atEnd = await page.evaluate(() => {
      const g = globalThis as unknown as {
        scrollBy(x: number, y: number): void;
        innerHeight: number;
        scrollY: number;
        document: { documentElement: { scrollHeight: number } };
      };
      g.scrollBy(0, g.innerHeight);
      return g.scrollY + g.innerHeight >= g.document.documentElement.scrollHeight;
    });
    if (atEnd) break;
    await page.waitForTimeout(100);
  }
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
}
