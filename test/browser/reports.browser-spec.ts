import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/modules/demo/demo-accounts.js';
import { pathOf, WEB_PAGES } from '../../scripts/web/pages.js';
import { signIn } from '../factories/accounts.factory.js';
import type { TestApp } from '../helpers/test-app.js';
import { type BrowserHarness, startBrowserHarness } from './harness.js';

/**
 * A focal point's workspace in headless Chromium on the demo data (issue 15): Morocco's focal
 * point reads My reports (the window with its extension, the entry the secretariat returned
 * first, with its comment), edits Objective 16, saves a draft and submits it; the editor says
 * why it cannot act outside the window; and two browsers editing the same entry: the second
 * save is shown the conflict and keeps its text, also across a reload, then saves the merge.
 * axe-core on every screen, signed in.
 */

const CYCLE = 'RR2-ECA-2024';
const FOCAL = 'focal.mar@demo.gcm-tracker.example';
const SECRETARIAT = 'secretariat@demo.gcm-tracker.example';
/** Where the conflict screen is also written, when set (npm run screenshots covers the pages without writes). */
const SHOTS = process.env.REPORTS_SCREENSHOTS_DIR;

/** The slice of the page's globals the tests read (tsconfig has no "dom" lib). */
interface PageGlobals {
  localStorage: { length: number; key(i: number): string | null };
}

describe("a focal point's reports in headless Chromium", () => {
  let h: BrowserHarness | undefined;
  let t: TestApp | undefined;
  let baseUrl: string;
  let secretariat: Record<string, string>;
  let focal: Record<string, string>;

  const gql = async <T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<T> => {
    const res = await t!.gql<T>(query, variables, headers);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };

  const entryOf = async (objective: number) =>
    (
      await gql<{
        progressReport: {
          entries: {
            id: string;
            version: number;
            state: string;
            reportedLevel: string;
            narrative: string;
            pledges: { id: string }[];
            history: { action: string; comment: string | null }[];
          }[];
        };
      }>(
        `query($o: Int!) { progressReport(country: "MAR", cycle: "${CYCLE}") { entries(objective: $o) { id version state reportedLevel narrative
           pledges { id } history { action comment } } } }`,
        { o: objective },
        focal,
      )
    ).progressReport.entries[0];

  const signedInPage = (): Promise<Page> => h!.signedInPage(FOCAL);
  const axe = (page: Page, name: string): Promise<string[]> => h!.axe(page, name);

  const draftKeys = (page: Page): Promise<string[]> =>
    page.evaluate(() => {
      const { localStorage } = globalThis as unknown as PageGlobals;
      const keys: string[] = [];
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        if (k?.startsWith('gcm-tracker.entry-draft:')) keys.push(k);
      }
      return keys;
    });

  const narrative = (page: Page) => page.getByRole('textbox', { name: 'Narrative' });

  beforeAll(async () => {
    h = await startBrowserHarness();
    t = h.t;
    baseUrl = h.baseUrl;
    secretariat = await signIn(t, SECRETARIAT, DEMO_PASSWORD);
    focal = await signIn(t, FOCAL, DEMO_PASSWORD);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('shows My reports and the editor of each kind, signed in, with no serious or critical accessibility violation', async () => {
    const page = await signedInPage();
    const failures: string[] = [];
    for (const p of WEB_PAGES.filter((w) => w.account === FOCAL)) {
      await page.goto(`${baseUrl}${await pathOf(p, baseUrl)}`, { waitUntil: 'load' });
      await page.locator(p.ready).first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      failures.push(...(await axe(page, p.name)));
    }
    await page.context().close();
    expect(failures).toEqual([]);
  });

  it('lets the focal point read My reports, then edit Objective 16, save it as a draft and submit it', async () => {
    // The secretariat sends the validated entry back with a reason.
    const validated = await entryOf(16);
    expect(validated.state).toBe('VALIDATED');
    const reason = 'Please add the 2025 figures for the reception centres.';
    await gql(
      'mutation($id: ID!, $v: Int!, $r: String!) { reopenProgressEntry(id: $id, version: $v, reason: $r) { state } }',
      { id: validated.id, v: validated.version, r: reason },
      secretariat,
    );

    const page = await signedInPage();
    await page.getByRole('navigation').getByRole('link', { name: 'My reports' }).click();
    const section = page.locator(`section[data-cycle="${CYCLE}"]`);
    await section.locator('table').waitFor();
    // The window with the country's extension and its reason; the returned entry first, with the comment.
    await expect(section.locator('[data-window]').first().textContent()).resolves.toMatch(
      /days left \(today included\)\.[\s\S]*Extended for your country to .*Reason: Demo data: open for 90 days/,
    );
    // The comment comes with the report's thread, asked once the list shows an entry returned.
    await section.locator('[data-returned]').getByText(`“${reason}”`, { exact: false }).waitFor();
    await expect(section.locator('[data-returned]').textContent()).resolves.toContain(`Objective 16: “${reason}”`);
    await expect(section.locator('tbody tr').first().getAttribute('data-objective')).resolves.toBe('16');
    await expect(section.locator('tbody tr').first().getAttribute('data-state')).resolves.toBe('RETURNED');
    await expect(section.locator('tr[data-objective="5"]').getAttribute('data-state')).resolves.toBe('SUBMITTED');
    const failures = await axe(page, 'my-reports with a returned entry');

    await section.locator('[data-returned]').getByRole('link', { name: 'Objective 16' }).click();
    await page.locator('#entry-form-title').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Objective 16: Inclusion and social cohesion');
    // The thread shows the secretariat's reason; the form holds the stored entry.
    await expect(page.locator('[data-comment="REOPENED"]').textContent()).resolves.toContain(reason);
    await expect(page.getByRole('radio', { name: /2 – Substantial/ }).isChecked()).resolves.toBe(true);
    await page.getByText('Measures are in force for much of the objective, with gaps remaining.').waitFor();

    // The length against the minimum, while typing; too short to submit: said at the field.
    await narrative(page).fill('Too short');
    await page.getByText('9 characters: at least 20 are needed to submit.').waitFor();
    await page.getByRole('button', { name: 'Submit this entry' }).click();
    await page.getByText('A narrative of at least 20 characters is needed to submit.').waitFor();
    await expect(narrative(page).getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await narrative(page).getAttribute('aria-describedby')) ?? '';
    const errorId = await page.getByText('A narrative of at least 20 characters is needed to submit.').getAttribute('id');
    expect(describedBy.split(' ')).toContain(errorId);
    failures.push(...(await axe(page, 'editor with a field error')));

    // Level, narrative and a pledge of Morocco's, by keyboard; saved as a draft.
    const text = 'Reception centres run in seven regions since 2025; the inclusion strategy is in force.';
    await page.getByRole('radio', { name: /3 – Complete/ }).check();
    await narrative(page).fill(text);
    await page.getByText(`${text.length} characters (at most 10000).`).waitFor();

    // The API's refusal of a field is shown at that field, announced, and nothing is saved.
    const before = await entryOf(16);
    const links = page.getByRole('textbox', { name: 'Evidence links' });
    await links.fill('not-a-web-address');
    await links.press('Enter');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    const linkError = page.getByText('each link must be a full http(s) address');
    await linkError.waitFor();
    await expect(links.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(((await links.getAttribute('aria-describedby')) ?? '').split(' ')).toContain(await linkError.getAttribute('id'));
    await page.getByRole('alert').filter({ hasText: 'Some fields need attention' }).waitFor();
    await expect(entryOf(16)).resolves.toEqual(before);
    await links.focus();
    await links.press('Backspace');
    await expect(page.getByText('not-a-web-address').count()).resolves.toBe(0);
    await page.getByRole('textbox', { name: 'Linked pledges' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Saved as a draft \(version \d+\)\./ })
      .waitFor();
    const draft = await entryOf(16);
    expect(draft).toMatchObject({ state: 'RETURNED', reportedLevel: 'COMPLETE', narrative: text });
    expect(draft.pledges).toHaveLength(1);
    expect(await draftKeys(page)).toEqual([]);

    // Submitted with a reply to the secretariat: the editor then says why it cannot be changed, and comments still go in.
    await page.getByRole('textbox', { name: 'Reply to the secretariat (optional)' }).fill('The 2025 figures are added.');
    await page.getByRole('button', { name: 'Submit this entry' }).click();
    await page.getByRole('status').filter({ hasText: 'Submitted to the secretariat.' }).waitFor();
    await page.locator('[data-notice="read-only"]').getByText('It is with the secretariat for review.', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Save as draft' }).count()).resolves.toBe(0);
    await expect(page.getByRole('textbox', { name: 'Reply to the secretariat (optional)' }).count()).resolves.toBe(0);
    await page.getByRole('textbox', { name: 'Add a comment' }).fill('The 2025 figures are in the narrative.');
    await page.getByRole('button', { name: 'Send the comment' }).click();
    await page.locator('[data-comment="COMMENTED"]').getByText('The 2025 figures are in the narrative.').waitFor();
    failures.push(...(await axe(page, 'editor, submitted')));
    const submitted = await entryOf(16);
    expect(submitted.state).toBe('SUBMITTED');
    expect(submitted.history.slice(-3)).toEqual([
      { action: 'UPDATED', comment: null },
      { action: 'SUBMITTED', comment: 'The 2025 figures are added.' },
      { action: 'COMMENTED', comment: 'The 2025 figures are in the narrative.' },
    ]);
    await page.locator('[data-comment="SUBMITTED"]').getByText('The 2025 figures are added.').waitFor();

    // My reports now shows it submitted, and nothing returned.
    await page.getByRole('link', { name: 'My reports' }).first().click();
    await section.locator('tr[data-objective="16"][data-state="SUBMITTED"]').waitFor();
    await expect(section.locator('[data-returned]').count()).resolves.toBe(0);
    await page.context().close();
    expect(failures).toEqual([]);
  });

  it('says why the editor cannot act outside the window, with the dates, instead of failing on submit', async () => {
    const page = await signedInPage();
    // IMRF-2022: past, and never extended for Morocco.
    await page.goto(`${baseUrl}/reports/IMRF-2022/3`, { waitUntil: 'load' });
    const closed = page.locator('[data-notice="window"]');
    await closed.waitFor();
    await expect(closed.textContent()).resolves.toMatch(
      /Reporting for .+ was open from .+ to .+\. Entries can no longer be created, changed or submitted\..*extend the window/,
    );
    await expect(page.getByRole('button', { name: 'Submit this entry' }).count()).resolves.toBe(0);
    await expect(page.getByRole('radio', { name: /1 – Limited/ }).isDisabled()).resolves.toBe(true);
    const failures = await axe(page, 'editor, window closed');
    // IMRF-2030: no window yet; then the secretariat sets one that is still to come.
    await page.goto(`${baseUrl}/reports/IMRF-2030/3`, { waitUntil: 'load' });
    await page
      .locator('[data-notice="window"]')
      .getByText(/has no window yet: the secretariat sets it/)
      .waitFor();
    await expect(page.getByRole('button', { name: 'Save as draft' }).count()).resolves.toBe(0);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await gql(
      'mutation($o: String!, $c: String!) { setReportingWindow(cycle: "IMRF-2030", opensOn: $o, closesOn: $c) { isOpen } }',
      { o: day(30), c: day(120) },
      secretariat,
    );
    await page.reload({ waitUntil: 'load' });
    await page
      .locator('[data-notice="window"]')
      .getByText(/opens on .+ and closes on .+ from that day/)
      .waitFor();
    await page.getByText('Opens in 30 days.').waitFor();
    await expect(page.getByRole('button', { name: 'Save as draft' }).count()).resolves.toBe(0);
    await page.context().close();
    expect(failures).toEqual([]);
  });

  it('shows the second of two browsers the conflict, keeps its text across a reload, and saves the merge on the new version', async () => {
    const created = await gql<{ createProgressEntry: { id: string; version: number } }>(
      `mutation { createProgressEntry(input: { cycle: "${CYCLE}", objective: 12, reportedLevel: NOT_STARTED,
         narrative: "Screening at the borders is being designed." }) { id version } }`,
      {},
      focal,
    );
    const first = await signedInPage();
    const second = await signedInPage();
    for (const page of [first, second]) {
      await page.goto(`${baseUrl}/reports/${CYCLE}/12`, { waitUntil: 'load' });
      await narrative(page).waitFor();
      await expect(narrative(page).inputValue()).resolves.toBe('Screening at the borders is being designed.');
    }
    const theirs = 'First browser: screening procedures adopted in 2025 at every border post.';
    const mine = 'Second browser: a referral mechanism for vulnerable migrants runs in three regions.';
    await narrative(first).fill(theirs);
    await first.getByRole('button', { name: 'Save as draft' }).click();
    await first.getByRole('status').filter({ hasText: 'Saved as a draft' }).waitFor();

    await second.getByRole('radio', { name: /1 – Limited/ }).check();
    await narrative(second).fill(mine);
    await second.getByRole('button', { name: 'Save as draft' }).click();
    const conflict = second.locator('[data-conflict]');
    await conflict.waitFor();
    await expect(conflict.locator('[data-conflict-field="narrative"] [data-side="theirs"]').textContent()).resolves.toBe(theirs);
    await expect(conflict.locator('[data-conflict-field="narrative"] [data-side="mine"]').textContent()).resolves.toBe(mine);
    await expect(conflict.locator('[data-conflict-field="reportedLevel"] [data-side="mine"]').textContent()).resolves.toBe('Limited');
    await expect(narrative(second).inputValue()).resolves.toBe(mine);
    const failures = await axe(second, 'editor, conflict');
    if (SHOTS) {
      // From the top, as npm run screenshots takes pages (the header is fixed).
      await second.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
      await second.screenshot({ path: join(SHOTS, 'report-entry-conflict-desktop.png'), fullPage: true });
    }
    expect(await draftKeys(second)).toHaveLength(1);

    // Across a reload: the typed copy is offered back, and saving it meets the conflict again.
    await second.reload({ waitUntil: 'load' });
    await second.locator('[data-notice="restore"]').waitFor();
    await expect(narrative(second).inputValue()).resolves.toBe(theirs);
    await second.getByRole('button', { name: 'Restore my unsaved changes' }).click();
    await expect(narrative(second).inputValue()).resolves.toBe(mine);
    await second.getByRole('button', { name: 'Save as draft' }).click();
    await conflict.waitFor();
    // Keep my narrative and my level (proposed: I changed both), and save on their version.
    await expect(conflict.getByRole('radio', { name: 'Keep mine' }).first().isChecked()).resolves.toBe(true);
    await conflict.getByRole('button', { name: /Save the merged entry on version \d+/ }).click();
    await second.getByRole('status').filter({ hasText: 'Saved as a draft' }).waitFor();
    const merged = await entryOf(12);
    expect(merged).toMatchObject({ id: created.createProgressEntry.id, reportedLevel: 'LIMITED', narrative: mine, state: 'DRAFT' });
    expect(merged.version).toBeGreaterThan(created.createProgressEntry.version + 1);
    expect(await draftKeys(second)).toEqual([]);
    await first.context().close();
    await second.context().close();
    expect(failures).toEqual([]);
  });

  it('never reached beyond the machine, and no page raised an error', () => {
    expect(h!.external).toEqual([]);
    expect(h!.pageErrors).toEqual([]);
  });
});
