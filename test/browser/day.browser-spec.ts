import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { DEMO_FOCAL_POINT, DEMO_SECRETARIAT } from '../../scripts/web/pages.js';
import { type BrowserHarness, readApi, startBrowserHarness, waitReady } from './harness.js';

/**
 * The three users' day through the UI alone (issue 15), on the demo data: the secretariat
 * opens RR2-ECA-2024's reporting window and extends it for Morocco (the windows page);
 * Morocco's focal point reports on Objectives 16 and 23 in the entry editor and submits both;
 * the secretariat validates 16 and returns 23 with a comment (review queue, review screen);
 * the focal point reads the comment, fixes 23 and resubmits; the secretariat validates 23 at
 * another level with a justification; the public dashboard then shows the new figures; an
 * analyst downloads the validated entries (CSV) and finds both at their validated levels.
 * Where the demo data holds 16 or 23 validated already, the secretariat first reopens them on
 * their review screens. Every action goes through the pages; the one GraphQL request is a
 * read, made once before the day: the entries' ids (the review screen's address, which no page
 * links to for a validated entry) and the figures the dashboard shows before the day.
 * Along the way the secretariat's queue count and the focal point's bell change on pages left
 * open, through live updates (GraphQL subscriptions) alone.
 * axe-core on every screen the day visits. No timer anywhere: each step waits for the page's
 * ready marker (data-for / data-state) or for what the step shows.
 */

const CYCLE = 'RR2-ECA-2024';
const ANALYST = 'analyst@demo.gcm-tracker.example';
const REGION = 'ECA';
const REGION_NAME = 'Economic Commission for Africa';
const LEVELS = ['NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE'] as const;
type Level = (typeof LEVELS)[number];
const LEVEL_NAMES: Record<Level, string> = {
  NOT_STARTED: 'Not started',
  LIMITED: 'Limited',
  SUBSTANTIAL: 'Substantial',
  COMPLETE: 'Complete',
};
const levelLabel = (l: Level) => `${LEVELS.indexOf(l)} – ${LEVEL_NAMES[l]}`;

interface Before {
  reviewCycle: { name: string };
  progressReport: { entries: { id: string; state: string; validatedLevel: Level | null; objective: { number: number } }[] };
  objectiveMatrix: {
    rows: {
      objectiveNumber: number;
      cells: {
        region: { code: string } | null;
        countedEntries: number;
        distribution: { notStarted: number; limited: number; substantial: number; complete: number };
      }[];
    }[];
  };
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** A day as the web app shows it in English (formatDate: medium style, UTC). */
const shown = (d: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks); a leading BOM is dropped. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** The table of a server export: the rows after its header line (the lines about the export come first). */
function exportTable(text: string, firstHeader: string): Record<string, string>[] {
  const rows = parseCsv(text);
  const start = rows.findIndex((r) => r[0] === firstHeader);
  expect(start).toBeGreaterThanOrEqual(0);
  const header = rows[start];
  return rows
    .slice(start + 1)
    .filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** A mean level as the API rounds it (round(avg, 2), half away from zero) and the dashboard shows it. */
const meanText = (sum: number, n: number): string => {
  const hundredths = Math.round((sum * 100) / n);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
};

describe("the three users' day in headless Chromium, through the UI alone", () => {
  let h: BrowserHarness | undefined;

  beforeAll(async () => {
    h = await startBrowserHarness();
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('opens the window, reports, reviews, returns, fixes, validates at another level, and shows it on the dashboard and in the export', async () => {
    const { baseUrl } = h!;
    const failures: string[] = [];
    const axe = async (page: Page, name: string) => failures.push(...(await h!.axe(page, name)));

    // The secretariat signs in; the one read: the entries' ids and states, the figures before the day.
    const secretariat = await h!.signedInPage(DEMO_SECRETARIAT);
    const before = await readApi<Before>(
      secretariat,
      `query($c: String!) {
         reviewCycle(code: $c) { name }
         progressReport(country: "MAR", cycle: $c) { entries { id state validatedLevel objective { number } } }
         objectiveMatrix(cycle: $c) { rows { objectiveNumber cells { region { code } countedEntries
           distribution { notStarted limited substantial complete } } } }
       }`,
      { c: CYCLE },
    );
    const entry = (n: number) => before.progressReport.entries.find((e) => e.objective.number === n);
    for (const n of [16, 23])
      if (entry(n)?.state === 'SUBMITTED')
        throw new Error(`The demo data has Morocco's Objective ${n} submitted: the day starts from it reported or validated`);
    const oldLevel = (n: number): Level | null => (entry(n)?.state === 'VALIDATED' ? (entry(n)?.validatedLevel ?? null) : null);
    // Levels that change the figures whatever the demo holds.
    const reported16: Level = oldLevel(16) === 'COMPLETE' ? 'LIMITED' : 'COMPLETE';
    const reported23: Level = 'SUBSTANTIAL';
    const validated23 = (['LIMITED', 'COMPLETE', 'NOT_STARTED'] as const).find((l) => l !== oldLevel(23)) as Level;

    // 1. The secretariat opens the cycle's window, and extends it for Morocco with a reason.
    await secretariat.getByRole('navigation').getByRole('link', { name: 'Reporting windows' }).click();
    await waitReady(secretariat, 'reporting-windows');
    await secretariat.getByRole('textbox', { name: 'Review cycle' }).click();
    await secretariat.getByRole('option', { name: new RegExp(CYCLE) }).click();
    await secretariat.waitForURL((u) => u.searchParams.get('cycle') === CYCLE);
    await waitReady(secretariat, 'cycle-window');
    await axe(secretariat, 'windows');
    const opensOn = day(-3);
    const closesOn = day(30);
    const extendedTo = day(60);
    await secretariat.getByLabel(/Opens on/).fill(opensOn);
    await secretariat.getByLabel(/Closes on/).fill(closesOn);
    await secretariat.getByRole('button', { name: 'Set the window' }).click();
    await secretariat.getByRole('status').filter({ hasText: 'for every country' }).waitFor();
    await secretariat.locator('[data-set-by-secretariat="true"]').waitFor();
    await waitReady(secretariat, 'cycle-window');
    await expect(secretariat.locator('#window-in-force').locator('..').textContent()).resolves.toContain(
      `Reporting window: ${shown(opensOn)} to ${shown(closesOn)}.`,
    );
    await secretariat.getByRole('textbox', { name: /^Country/ }).fill('Moroc');
    await secretariat.getByRole('option', { name: 'Morocco' }).click();
    await secretariat.getByLabel(/New last day/).fill(extendedTo);
    const extensionReason = 'The national consultation on the report takes place next month.';
    await secretariat.getByRole('textbox', { name: 'Reason', exact: true }).fill(extensionReason);
    await secretariat.getByRole('button', { name: 'Extend the window' }).click();
    await secretariat
      .getByRole('status')
      .filter({ hasText: `Morocco may now report until ${shown(extendedTo)}` })
      .waitFor();
    await secretariat.locator('tr', { has: secretariat.locator('[data-extension="MAR"]'), hasText: extensionReason }).waitFor();
    await waitReady(secretariat, 'cycle-window');
    await axe(secretariat, 'windows, set and extended');

    // 2. What the demo validated already goes back to the country, each with a reason.
    for (const n of [16, 23]) {
      if (entry(n)?.state !== 'VALIDATED') continue;
      await secretariat.goto(`${baseUrl}/review/entries/${entry(n)!.id}`, { waitUntil: 'load' });
      await waitReady(secretariat, 'entry-review');
      await secretariat.locator('#reopen-title').waitFor();
      await axe(secretariat, 'review entry, validated');
      await secretariat.getByRole('textbox', { name: /Why the entry is reopened/ }).fill('The 2025 figures are expected in this cycle.');
      await secretariat.getByRole('button', { name: 'Reopen the entry' }).click();
      await secretariat.getByRole('status').filter({ hasText: 'Reopened' }).waitFor();
      await secretariat.locator('[data-notice="with-country"]').waitFor();
    }

    // The secretariat's navigation counts what waits for review, live (this page stays open, unreloaded).
    const queueBadge = secretariat.locator('[data-for="review-queue-count"]');
    await queueBadge.waitFor();
    const waitingBefore = Number(await queueBadge.getAttribute('data-waiting'));

    // 3. Morocco's focal point sees the window and reports on 16 and 23 in the editor, then submits each.
    const focal = await h!.signedInPage(DEMO_FOCAL_POINT);
    const myReports = async () => {
      // Already there (the link would not read the page again): the focal point reloads it, as one would.
      if (new URL(focal.url()).pathname === '/reports') await focal.reload({ waitUntil: 'load' });
      else await focal.getByRole('navigation').getByRole('link', { name: 'My reports' }).click();
      await waitReady(focal, 'my-reports');
      await waitReady(focal, `report-${CYCLE}`);
      return focal.locator(`section[data-cycle="${CYCLE}"]`);
    };
    let section = await myReports();
    await expect(section.locator('[data-window]').first().textContent()).resolves.toContain(
      `Extended for your country to ${shown(extendedTo)}.`,
    );
    await expect(section.locator('[data-window]').first().textContent()).resolves.toContain(`Reason: ${extensionReason}`);
    await axe(focal, 'my reports');
    const narrative = () => focal.getByRole('textbox', { name: 'Narrative' });
    const report = async (n: number, level: Level, text: string, asDraftFirst: boolean) => {
      await section.locator(`tr[data-objective="${n}"]`).getByRole('link').click();
      await waitReady(focal, 'entry-editor');
      await focal.locator('#entry-form-title').waitFor();
      await expect(focal.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(new RegExp(`^Objective ${n}: `));
      await focal.getByRole('radio', { name: new RegExp(`^${levelLabel(level)}`) }).check();
      await narrative().fill(text);
      if (asDraftFirst) {
        await focal.getByRole('button', { name: 'Save as draft' }).click();
        await focal
          .getByRole('status')
          .filter({ hasText: /Saved as a draft \(version \d+\)\./ })
          .waitFor();
      }
      await axe(focal, `entry editor, objective ${n}`);
      await focal.getByRole('button', { name: 'Submit this entry' }).click();
      await focal.getByRole('status').filter({ hasText: 'Submitted to the secretariat.' }).waitFor();
      await focal.locator('[data-notice="read-only"]').getByText('It is with the secretariat for review.', { exact: false }).waitFor();
    };
    const text16 = 'Reception centres run in all twelve regions; the national inclusion strategy is in force since 2025.';
    const text23 = 'Bilateral labour agreements with two partner states are in force since 2025.';
    await report(16, reported16, text16, true);
    section = await myReports();
    await report(23, reported23, text23, false);
    section = await myReports();
    await section.locator('tr[data-objective="16"][data-state="SUBMITTED"]').waitFor();
    await section.locator('tr[data-objective="23"][data-state="SUBMITTED"]').waitFor();
    // Both submissions reached the secretariat's open page without a reload.
    await secretariat.locator(`[data-for="review-queue-count"][data-waiting="${waitingBefore + 2}"]`).waitFor({ timeout: 10_000 });
    // The focal point's bell, live, before the review (this page stays open on My reports).
    const bell = focal.locator('[data-for="notifications-bell"][data-live="yes"]');
    await bell.waitFor();
    const unreadBefore = Number(await bell.getAttribute('data-unread'));

    // 4. The secretariat finds both in the queue, validates 16 and returns 23 with a comment.
    const queue = async () => {
      await secretariat.getByRole('navigation').getByRole('link', { name: 'Review queue' }).click();
      await waitReady(secretariat, 'review-queue');
      await secretariat.getByRole('textbox', { name: 'Review cycle' }).click();
      await secretariat.getByRole('option', { name: before.reviewCycle.name, exact: true }).click();
      await secretariat.getByRole('textbox', { name: 'Country' }).fill('Moroc');
      await secretariat.getByRole('option', { name: 'Morocco' }).click();
      await secretariat.waitForURL((u) => u.searchParams.get('country') === 'MAR' && u.searchParams.get('cycle') === CYCLE);
      await waitReady(secretariat, 'review-queue');
    };
    const review = async (n: number) => {
      await secretariat.locator(`[data-entry="MAR-${n}"]`).click();
      await waitReady(secretariat, 'entry-review');
      await secretariat.locator('#validate-title').waitFor();
    };
    await queue();
    await secretariat.locator('[data-entry="MAR-16"]').waitFor();
    await secretariat.locator('[data-entry="MAR-23"]').waitFor();
    await axe(secretariat, 'review queue');
    await review(16);
    await secretariat.locator(`[data-reported-level="${reported16}"]`).waitFor();
    await secretariat.locator('[data-narrative]').getByText(text16).waitFor();
    await expect(secretariat.getByRole('radio', { name: `${levelLabel(reported16)} (as reported)` }).isChecked()).resolves.toBe(true);
    await axe(secretariat, 'review entry, submitted');
    await secretariat.getByRole('button', { name: 'Validate at the reported level' }).click();
    await secretariat.getByRole('status').filter({ hasText: 'Validated.' }).waitFor();
    await secretariat.locator(`[data-validated-level="${reported16}"]`).waitFor();

    await queue();
    await secretariat.locator('[data-entry="MAR-23"]').waitFor();
    await secretariat.locator('[data-entry="MAR-16"]').waitFor({ state: 'detached' });
    await review(23);
    await secretariat.locator('[data-narrative]').getByText(text23).waitFor();
    const returnComment = 'Please name the two partner states and the dates the agreements came into force.';
    await secretariat.getByRole('textbox', { name: /What the country should change/ }).fill(returnComment);
    await secretariat.getByRole('button', { name: 'Return the entry' }).click();
    await secretariat.getByRole('status').filter({ hasText: 'Returned to the country' }).waitFor();
    await secretariat.locator('[data-comment="RETURNED"]').getByText(returnComment).waitFor();
    await axe(secretariat, 'review entry, returned');
    // Within seconds the focal point's open page counts the validation of 16 and the return of 23.
    await focal.locator(`[data-for="notifications-bell"][data-unread="${unreadBefore + 2}"]`).waitFor({ timeout: 10_000 });
    await expect(focal.locator('[data-for="notifications-bell"]').getAttribute('aria-label')).resolves.toBe(
      `Notifications: ${unreadBefore + 2} unread`,
    );

    // 5. The focal point reads the comment, fixes 23 and submits it again with a reply.
    section = await myReports();
    await expect(section.locator('[data-returned]').textContent()).resolves.toContain(`Objective 23: “${returnComment}”`);
    await expect(section.locator('tbody tr').first().getAttribute('data-objective')).resolves.toBe('23');
    await expect(section.locator('tr[data-objective="16"]').getAttribute('data-state')).resolves.toBe('VALIDATED');
    await axe(focal, 'my reports, 23 returned');
    await section.locator('[data-returned]').getByRole('link', { name: 'Objective 23' }).click();
    await waitReady(focal, 'entry-editor');
    await focal.locator('[data-comment="RETURNED"]').getByText(returnComment).waitFor();
    await expect(narrative().inputValue()).resolves.toBe(text23);
    const fixed23 = 'Agreements with Spain and France are in force since March 2025; 3,000 workers were placed under them.';
    await narrative().fill(fixed23);
    await focal.getByRole('textbox', { name: 'Reply to the secretariat (optional)' }).fill('The partner states and the dates are added.');
    await axe(focal, 'entry editor, returned');
    await focal.getByRole('button', { name: 'Submit this entry' }).click();
    await focal.getByRole('status').filter({ hasText: 'Submitted to the secretariat.' }).waitFor();
    await focal.locator('[data-comment="SUBMITTED"]').getByText('The partner states and the dates are added.').waitFor();

    // 6. The secretariat validates 23 at another level: the form asks for a justification.
    await queue();
    await review(23);
    await secretariat.locator('[data-narrative]').getByText(fixed23).waitFor();
    await secretariat.getByRole('radio', { name: new RegExp(`^${levelLabel(validated23)}`) }).check();
    const justification = secretariat.getByRole('textbox', { name: /Justification/ });
    await justification.waitFor();
    await secretariat.getByRole('button', { name: `Validate at ${levelLabel(validated23)}` }).click();
    await secretariat.getByText('Required.').waitFor();
    await expect(justification.getAttribute('aria-invalid')).resolves.toBe('true');
    await axe(secretariat, 'review entry, justification required');
    const why = 'The agreements cover two sectors only; most labour mobility remains outside them.';
    await justification.fill(why);
    await secretariat.getByRole('button', { name: `Validate at ${levelLabel(validated23)}` }).click();
    await secretariat.getByRole('status').filter({ hasText: 'Validated.' }).waitFor();
    await secretariat.locator(`[data-validated-level="${validated23}"]`).waitFor();
    await secretariat.getByText(`Justification: ${why}`).waitFor();
    await waitReady(secretariat, 'entry-review');
    await secretariat.context().close();

    // The focal point's report shows both validated.
    section = await myReports();
    await section.locator('tr[data-objective="16"][data-state="VALIDATED"]').waitFor();
    await section.locator('tr[data-objective="23"][data-state="VALIDATED"]').waitFor();
    await expect(section.locator('[data-returned]').count()).resolves.toBe(0);
    await focal.context().close();

    // 7. The public dashboard: Morocco's new levels in the region's means, from the API's figures before the day.
    const score = (l: Level | null) => (l === null ? 0 : LEVELS.indexOf(l));
    const expected = (n: number, level: Level) => {
      const cell = before.objectiveMatrix.rows.find((r) => r.objectiveNumber === n)?.cells.find((c) => c.region?.code === REGION);
      if (!cell) throw new Error(`No ${REGION} cell for objective ${n}`);
      const d = cell.distribution;
      const old = oldLevel(n);
      const sum = d.limited + 2 * d.substantial + 3 * d.complete - score(old) + score(level);
      const count = cell.countedEntries - (old === null ? 0 : 1) + 1;
      return {
        mean: meanText(sum, count),
        was: cell.countedEntries ? meanText(sum - score(level) + score(old), cell.countedEntries) : '–',
      };
    };
    const want16 = expected(16, reported16);
    const want23 = expected(23, validated23);
    console.log(
      `The day on the demo data: objective 16 ${oldLevel(16) ?? 'not validated'} -> ${reported16} (ECA mean ${want16.was} -> ${want16.mean}), ` +
        `objective 23 ${oldLevel(23) ?? 'not validated'} -> ${validated23}, reported ${reported23} (ECA mean ${want23.was} -> ${want23.mean})`,
    );
    expect(want16.mean).not.toBe(want16.was);
    expect(want23.mean).not.toBe(want23.was);

    const publicPage = await (await h!.newContext()).newPage();
    const cells = async (page: Page): Promise<Record<number, string>> => {
      await page.goto(`${baseUrl}/?cycle=${CYCLE}`, { waitUntil: 'load' });
      await waitReady(page, 'dashboard');
      const matrix = page.locator('[data-chart="objective-matrix"]');
      await matrix.getByRole('tab', { name: 'Table' }).click();
      const header = await matrix.locator('thead th').allInnerTexts();
      const column = header.findIndex((x) => x === REGION_NAME);
      expect(column).toBeGreaterThan(0);
      const cell = (n: number) =>
        matrix
          .locator('tbody tr')
          .filter({ has: page.locator('th', { hasText: new RegExp(`^${n}\\. `) }) })
          .locator('th, td')
          .nth(column)
          .innerText();
      return { 16: await cell(16), 23: await cell(23) };
    };
    expect(await cells(publicPage)).toEqual({ 16: want16.mean, 23: want23.mean });
    await axe(publicPage, 'dashboard, public');
    await publicPage.context().close();

    // 8. An analyst downloads the validated entries and finds both, at their validated levels; the heat map's export agrees.
    const analyst = await h!.signedInPage(ANALYST);
    expect(await cells(analyst)).toEqual({ 16: want16.mean, 23: want23.mean });
    await waitReady(analyst, 'exports');
    await axe(analyst, 'dashboard, analyst');
    const download = async (name: string) => {
      const [file] = await Promise.all([analyst.waitForEvent('download'), analyst.locator(`a[data-export="${name}"]`).click()]);
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
      return readFile(await file.path(), 'utf8');
    };
    const entries = exportTable(await download('validated-entries.csv'), 'Region code');
    const moroccan = (n: number) => entries.filter((r) => r['Country ISO3'] === 'MAR' && r.Cycle === CYCLE && r.Objective === String(n));
    expect(moroccan(16).map((r) => ({ level: r['Validated level'], score: r['Level score (0-3)'], narrative: r.Narrative }))).toEqual([
      { level: reported16, score: String(score(reported16)), narrative: text16 },
    ]);
    expect(moroccan(23).map((r) => ({ level: r['Validated level'], score: r['Level score (0-3)'], narrative: r.Narrative }))).toEqual([
      { level: validated23, score: String(score(validated23)), narrative: fixed23 },
    ]);
    const heatMap = exportTable(await download('objective-matrix.csv'), 'Objective');
    const exported = (n: number) => heatMap.find((r) => r.Objective === String(n) && r['Region code'] === REGION)?.['Mean level (0-3)'];
    expect([Number(exported(16)).toFixed(2), Number(exported(23)).toFixed(2)]).toEqual([want16.mean, want23.mean]);
    await analyst.context().close();

    expect(failures).toEqual([]);
  });

  it('never reached beyond the machine, and no page raised an error', () => {
    expect(h!.external).toEqual([]);
    expect(h!.pageErrors).toEqual([]);
  });
});
