import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/modules/demo/demo-accounts.js';
import { DEMO_SECRETARIAT, pathOf, WEB_PAGES } from '../../scripts/web/pages.js';
import { signIn } from '../factories/accounts.factory.js';
import type { TestApp } from '../helpers/test-app.js';
import { type BrowserHarness, startBrowserHarness, waitReady } from './harness.js';

/**
 * The secretariat's review workspace in headless Chromium on the demo data (issue 15): the
 * secretariat sets RR2-ECA-2024's window and extends it for Morocco through the UI; Morocco's
 * focal point reports on Objectives 16 and 23 and submits them (over the API: the editor has
 * its own browser test); the secretariat validates 16 and returns 23 with a comment through
 * the UI, then validates the resubmitted 23 at another level with a justification asked for
 * in the form; the public dashboard then shows the new figures. A stale review meets
 * CONFLICT and reads the entry again. axe-core on every screen, signed in.
 */

const CYCLE = 'RR2-ECA-2024';
const FOCAL = 'focal.mar@demo.gcm-tracker.example';

interface Entry {
  id: string;
  version: number;
  state: string;
  reportedLevel: string;
  validatedLevel: string | null;
  validationJustification: string | null;
  history: { action: string; comment: string | null }[];
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe("the secretariat's review workspace in headless Chromium", () => {
  let h: BrowserHarness | undefined;
  let t: TestApp | undefined;
  let baseUrl: string;
  let secretariat: Record<string, string>;
  let focal: Record<string, string>;

  const gql = async <T>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<T> => {
    const res = await t!.gql<T>(query, variables, headers);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };

  const entryOf = async (objective: number): Promise<Entry> =>
    (
      await gql<{ progressReport: { entries: Entry[] } }>(
        `query($o: Int!) { progressReport(country: "MAR", cycle: "${CYCLE}") { entries(objective: $o) { id version state reportedLevel
           validatedLevel validationJustification history { action comment } } } }`,
        { o: objective },
        secretariat,
      )
    ).progressReport.entries[0];

  /** The focal point changes an entry and submits it, as the editor would (its own browser test covers the editor). */
  async function reportAndSubmit(objective: number, level: string, narrative: string): Promise<void> {
    const e = await entryOf(objective);
    const updated = await gql<{ updateProgressEntry: { version: number } }>(
      'mutation($id: ID!, $v: Int!, $l: ImplementationLevel!, $n: String!) { updateProgressEntry(id: $id, version: $v, input: { reportedLevel: $l, narrative: $n }) { version } }',
      { id: e.id, v: e.version, l: level, n: narrative },
      focal,
    );
    await gql(
      'mutation($id: ID!, $v: Int!) { submitProgressEntry(id: $id, version: $v) { state } }',
      { id: e.id, v: updated.updateProgressEntry.version },
      focal,
    );
  }

  const signedInPage = (email = DEMO_SECRETARIAT): Promise<Page> => h!.signedInPage(email);
  const axe = (page: Page, name: string): Promise<string[]> => h!.axe(page, name);

  /** The heat map's table view on the public dashboard: the ECA cell of an objective's row. */
  async function dashboardCell(objective: number): Promise<string> {
    const page = await (await h!.newContext()).newPage();
    await page.goto(`${baseUrl}/?cycle=${CYCLE}`, { waitUntil: 'load' });
    await page.locator('[data-figure="mean-level"] [data-value]').waitFor();
    const matrix = page.locator('[data-chart="objective-matrix"]');
    await matrix.getByRole('tab', { name: 'Table' }).click();
    const header = await matrix.locator('thead th').allInnerTexts();
    const column = header.findIndex((h) => h === 'Economic Commission for Africa');
    expect(column).toBeGreaterThan(0);
    const row = matrix.locator('tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${objective}\\. `) }) });
    const text = await row.locator('th, td').nth(column).innerText();
    await page.context().close();
    return text;
  }

  const apiCell = async (objective: number): Promise<number | null> => {
    const { objectiveMatrix } = await gql<{
      objectiveMatrix: { rows: { objectiveNumber: number; cells: { region: { code: string }; meanLevel: number | null }[] }[] };
    }>(`query($c: String!) { objectiveMatrix(cycle: $c) { rows { objectiveNumber cells { region { code } meanLevel } } } }`, { c: CYCLE });
    return objectiveMatrix.rows.find((r) => r.objectiveNumber === objective)?.cells.find((c) => c.region.code === 'ECA')?.meanLevel ?? null;
  };

  const textarea = (page: Page, name: RegExp) => page.getByRole('textbox', { name });

  beforeAll(async () => {
    h = await startBrowserHarness();
    t = h.t;
    baseUrl = h.baseUrl;
    secretariat = await signIn(t, DEMO_SECRETARIAT, DEMO_PASSWORD);
    focal = await signIn(t, FOCAL, DEMO_PASSWORD);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('shows the queue, the review screens and the windows, signed in, with no serious or critical accessibility violation', async () => {
    const page = await signedInPage();
    const failures: string[] = [];
    for (const p of WEB_PAGES.filter((w) => w.account === DEMO_SECRETARIAT)) {
      await page.goto(`${baseUrl}${await pathOf(p, baseUrl)}`, { waitUntil: 'load' });
      await page.locator(p.ready).first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      failures.push(...(await axe(page, p.name)));
    }
    // The queue, filtered in the URL: by objective, then by a country with nothing waiting.
    await page.goto(`${baseUrl}/review?objective=5&country=MAR`, { waitUntil: 'load' });
    await page.locator('[data-entry="MAR-5"]').waitFor();
    await page.goto(`${baseUrl}/review?objective=6`, { waitUntil: 'load' });
    await page.locator('[data-count="0"]').waitFor();
    await expect(page.locator('[data-entry]').count()).resolves.toBe(0);
    await page.context().close();
    // Others are told who the pages are for.
    const other = await signedInPage(FOCAL);
    await other.goto(`${baseUrl}/review`, { waitUntil: 'load' });
    await other.getByText('This page is for the secretariat', { exact: false }).waitFor();
    await expect(other.getByRole('navigation').getByRole('link', { name: 'Review queue' }).count()).resolves.toBe(0);
    await other.context().close();
    expect(failures).toEqual([]);
  });

  it("sets Morocco's window, validates 16, returns 23, then validates the resubmitted 23 at another level with a justification; the dashboard shows it", async () => {
    const before16 = await apiCell(16);
    const before23 = await apiCell(23);
    const page = await signedInPage();
    const failures: string[] = [];

    // The window: the cycle's, set for every country, then a later last day for Morocco with a reason.
    await page.getByRole('navigation').getByRole('link', { name: 'Reporting windows' }).click();
    // The cycle list comes with the page's query: opened before it has arrived, the select has no options.
    await page.waitForURL(/\/admin\/windows/);
    await waitReady(page, 'reporting-windows');
    await page.getByRole('textbox', { name: 'Review cycle' }).click();
    await page.getByRole('option', { name: new RegExp(CYCLE) }).click();
    await page.waitForURL((u) => u.searchParams.get('cycle') === CYCLE);
    await page.locator('#window-in-force').waitFor();
    await page.getByLabel(/Opens on/).fill(day(-10));
    await page.getByLabel(/Closes on/).fill(day(-11));
    await page.getByRole('button', { name: 'Set the window' }).click();
    await page.getByText('The last day cannot come before the first.').waitFor();
    await expect(page.getByLabel(/Closes on/).getAttribute('aria-invalid')).resolves.toBe('true');
    failures.push(...(await axe(page, 'windows with a field error')));
    await page.getByLabel(/Closes on/).fill(day(20));
    await page.getByRole('button', { name: 'Set the window' }).click();
    await page.getByRole('status').filter({ hasText: 'for every country' }).waitFor();
    await page.locator('[data-set-by-secretariat="true"]').waitFor();

    await page.getByRole('button', { name: 'Extend the window' }).click();
    await page.locator('#extend-window').locator('..').getByText('Required.').first().waitFor();
    await page.getByRole('textbox', { name: /^Country/ }).fill('Moroc');
    await page.getByRole('option', { name: 'Morocco' }).click();
    await page.getByLabel(/New last day/).fill(day(45));
    const reason = 'National consultation on the report moved to next month.';
    await page.getByRole('textbox', { name: 'Reason', exact: true }).fill(reason);
    await page.getByRole('button', { name: 'Extend the window' }).click();
    await page.getByRole('status').filter({ hasText: 'Morocco may now report until' }).waitFor();
    // The list of extensions shows Morocco's new last day and reason.
    await page.locator('tr', { has: page.locator('[data-extension="MAR"]'), hasText: reason }).waitFor();
    failures.push(...(await axe(page, 'windows, extended')));
    const window = await gql<{
      progressReport: {
        reportingWindow: { opensOn: string; closesOn: string; extendedTo: string; isOpen: boolean; extensionReason: string };
      };
    }>(
      `query { progressReport(country: "MAR", cycle: "${CYCLE}") { reportingWindow { opensOn closesOn extendedTo isOpen extensionReason } } }`,
      {},
      focal,
    );
    expect(window.progressReport.reportingWindow).toEqual({
      opensOn: day(-10),
      closesOn: day(20),
      extendedTo: day(45),
      isOpen: true,
      extensionReason: reason,
    });

    // The demo validated 16 and 23 already: the secretariat reopens both through the review screen.
    for (const objective of [16, 23]) {
      await page.goto(`${baseUrl}/review/entries/${(await entryOf(objective)).id}`, { waitUntil: 'load' });
      await page.locator('#reopen-title').waitFor();
      await page.getByRole('button', { name: 'Reopen the entry' }).click();
      await page.getByText('Required.').waitFor();
      await textarea(page, /Why the entry is reopened/).fill('The 2025 figures are expected in this cycle.');
      await page.getByRole('button', { name: 'Reopen the entry' }).click();
      await page.getByRole('status').filter({ hasText: 'Reopened' }).waitFor();
      await page.locator('[data-notice="with-country"]').waitFor();
    }
    expect((await entryOf(16)).state).toBe('RETURNED');

    // Morocco's focal point reports on both and submits.
    await reportAndSubmit(16, 'COMPLETE', 'Reception centres run in all twelve regions; the inclusion strategy is in force since 2025.');
    await reportAndSubmit(23, 'SUBSTANTIAL', 'Bilateral labour agreements with two partner states are in force since 2025.');

    // The queue: both, for Morocco in the cycle, with their wait.
    await page.getByRole('navigation').getByRole('link', { name: 'Review queue' }).click();
    await waitReady(page, 'review-queue');
    const { reviewCycle } = await gql<{ reviewCycle: { name: string } }>(`{ reviewCycle(code: "${CYCLE}") { name } }`, {});
    await page.getByRole('textbox', { name: 'Review cycle' }).click();
    await page.getByRole('option', { name: reviewCycle.name, exact: true }).click();
    await page.getByRole('textbox', { name: 'Country' }).fill('Moroc');
    await page.getByRole('option', { name: 'Morocco' }).click();
    await page.waitForURL((u) => u.searchParams.get('country') === 'MAR' && u.searchParams.get('cycle') === CYCLE);
    await page.locator('[data-entry="MAR-16"]').waitFor();
    const queued = page.locator('[data-entry]');
    await expect(Promise.all((await queued.all()).map((link) => link.getAttribute('data-entry')))).resolves.toEqual([
      'MAR-5',
      'MAR-16',
      'MAR-23',
    ]);
    await expect(page.locator('[data-entry="MAR-16"]').locator('xpath=ancestor::tr').textContent()).resolves.toContain('0 days');
    failures.push(...(await axe(page, 'queue, filtered')));

    // 16: validated at the reported level, by keyboard from the queue.
    await page.locator('[data-entry="MAR-16"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#validate-title').waitFor();
    await page.locator('[data-reported-level="COMPLETE"]').waitFor();
    await page.getByText('Reception centres run in all twelve regions', { exact: false }).first().waitFor();
    // What changed since the last validation: the level and the narrative.
    await page.locator('[data-changes] [data-change="reportedLevel"]').waitFor();
    await expect(page.locator('[data-change="reportedLevel"] [data-side="validated"]').textContent()).resolves.toBe('2 – Substantial');
    await expect(page.locator('[data-change="reportedLevel"] [data-side="current"]').textContent()).resolves.toBe('3 – Complete');
    await expect(page.locator('[data-change="narrative"]').count()).resolves.toBe(1);
    await expect(page.getByRole('radio', { name: /3 – Complete \(as reported\)/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('textbox', { name: /Justification/ }).count()).resolves.toBe(0);
    failures.push(...(await axe(page, 'review entry, submitted')));
    await page.getByRole('button', { name: 'Validate at the reported level' }).click();
    await page.getByRole('status').filter({ hasText: 'Validated.' }).waitFor();
    await page.locator('#reopen-title').waitFor();
    expect(await entryOf(16)).toMatchObject({ state: 'VALIDATED', validatedLevel: 'COMPLETE', validationJustification: null });

    // 23: a second browser opens it too; the first returns it with a comment.
    const id23 = (await entryOf(23)).id;
    const stale = await signedInPage();
    await stale.goto(`${baseUrl}/review/entries/${id23}`, { waitUntil: 'load' });
    await stale.locator('#validate-title').waitFor();
    await page.goto(`${baseUrl}/review/entries/${id23}`, { waitUntil: 'load' });
    await page.locator('#return-title').waitFor();
    await page.getByRole('button', { name: 'Return the entry' }).click();
    await page.getByText('Required.').waitFor();
    const comment = textarea(page, /What the country should change/);
    await expect(comment.getAttribute('aria-invalid')).resolves.toBe('true');
    failures.push(...(await axe(page, 'review entry, return without a comment')));
    const returnComment = 'Please name the two partner states and the dates the agreements came into force.';
    await comment.fill(returnComment);
    await page.getByRole('button', { name: 'Return the entry' }).click();
    await page.getByRole('status').filter({ hasText: 'Returned to the country' }).waitFor();
    await page.locator('[data-comment="RETURNED"]').getByText(returnComment).waitFor();
    expect((await entryOf(23)).state).toBe('RETURNED');

    // The second browser's validation meets CONFLICT, and reads the entry again.
    await stale.getByRole('button', { name: 'Validate at the reported level' }).click();
    await stale.locator('[data-notice="conflict"]').waitFor();
    failures.push(...(await axe(stale, 'review entry, conflict')));
    await stale.getByRole('button', { name: 'Read the current version' }).click();
    await stale.locator('[data-notice="with-country"]').waitFor();
    await expect(stale.locator('#validate-title').count()).resolves.toBe(0);
    await stale.context().close();

    // The focal point fixes 23 and submits it again.
    await reportAndSubmit(23, 'SUBSTANTIAL', 'Agreements with Spain and France are in force since March 2025; 3,000 workers placed.');

    // 23 validated at another level: the form asks for a justification.
    await page.reload({ waitUntil: 'load' });
    await page.locator('#validate-title').waitFor();
    await page.getByRole('radio', { name: /1 – Limited/ }).check();
    const justification = textarea(page, /Justification/);
    await justification.waitFor();
    await page.getByRole('button', { name: 'Validate at 1 – Limited' }).click();
    await page.getByText('Required.').waitFor();
    await expect(justification.getAttribute('aria-invalid')).resolves.toBe('true');
    // The error is announced: the field at fault takes the focus, its error in its description.
    await page.locator('textarea[aria-invalid="true"]:focus').waitFor();
    const describedBy = (await justification.getAttribute('aria-describedby')) ?? '';
    const errorId = await page.getByText('Required.').getAttribute('id');
    expect(describedBy.split(' ')).toContain(errorId);
    failures.push(...(await axe(page, 'review entry, justification required')));
    const why = 'The agreements cover two sectors only; most labour mobility remains outside them.';
    await justification.fill(why);
    await page.getByRole('button', { name: 'Validate at 1 – Limited' }).click();
    await page.getByRole('status').filter({ hasText: 'Validated.' }).waitFor();
    await page.locator('[data-validated-level="LIMITED"]').waitFor();
    await page.getByText(`Justification: ${why}`).waitFor();
    expect(await entryOf(23)).toMatchObject({
      state: 'VALIDATED',
      reportedLevel: 'SUBSTANTIAL',
      validatedLevel: 'LIMITED',
      validationJustification: why,
    });
    await page.context().close();

    // The public dashboard: the new figures, as the API answers them, different from before.
    const after16 = await apiCell(16);
    const after23 = await apiCell(23);
    expect(after16).not.toBe(before16);
    expect(after23).not.toBe(before23);
    expect(await dashboardCell(16)).toBe((after16 as number).toFixed(2));
    expect(await dashboardCell(23)).toBe((after23 as number).toFixed(2));
    expect(failures).toEqual([]);
  });

  it('returns a submitted good practice with a comment, then publishes it once resubmitted', async () => {
    const mexico = await signIn(t!, 'focal.mex@demo.gcm-tracker.example', DEMO_PASSWORD);
    const submitted = await gql<{ goodPractices: { nodes: { id: string; title: string }[] } }>(
      '{ goodPractices(first: 10, filter: { status: SUBMITTED, country: "MEX" }) { nodes { id title } } }',
      {},
      secretariat,
    );
    const practice = submitted.goodPractices.nodes[0];
    expect(practice).toBeDefined();
    const page = await signedInPage();
    await page.goto(`${baseUrl}/review?country=MEX`, { waitUntil: 'load' });
    await page.getByRole('link', { name: practice.title }).click();
    await page.locator('#publish-title').waitFor();
    await page.getByRole('button', { name: 'Return the practice' }).click();
    await page.getByText('Required.').waitFor();
    await expect(textarea(page, /What to change/).getAttribute('aria-invalid')).resolves.toBe('true');
    const failures = await axe(page, 'review practice, return without a comment');
    const comment = 'Please add the results measured in 2024.';
    await textarea(page, /What to change/).fill(comment);
    await page.getByRole('button', { name: 'Return the practice' }).click();
    await page.getByRole('status').filter({ hasText: 'Returned to the focal points' }).waitFor();
    await page.locator('[data-step="RETURNED"]').getByText(comment).waitFor();
    await page.locator('[data-status="RETURNED"]').waitFor();

    // Mexico's focal point resubmits it; the secretariat publishes it with a note.
    const returned = await gql<{ goodPractice: { version: number } }>(
      'query($id: ID!) { goodPractice(id: $id) { version } }',
      { id: practice.id },
      mexico,
    );
    await gql(
      'mutation($id: ID!, $v: Int!) { submitGoodPractice(id: $id, version: $v) { status } }',
      { id: practice.id, v: returned.goodPractice.version },
      mexico,
    );
    await page.reload({ waitUntil: 'load' });
    await page.locator('#publish-title').waitFor();
    await textarea(page, /Note to the focal points/).fill('Thank you: published.');
    await page.getByRole('button', { name: 'Publish the practice' }).click();
    await page.getByRole('status').filter({ hasText: 'Published' }).waitFor();
    await page.locator('[data-status="PUBLISHED"]').waitFor();
    const published = await gql<{ goodPractice: { status: string } }>('query($id: ID!) { goodPractice(id: $id) { status } }', {
      id: practice.id,
    });
    expect(published.goodPractice.status).toBe('PUBLISHED');
    await page.context().close();
    expect(failures).toEqual([]);
  });

  it('never reached beyond the machine, and no page raised an error', () => {
    expect(h!.external).toEqual([]);
    expect(h!.pageErrors).toEqual([]);
  });
});
