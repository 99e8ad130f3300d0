import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/modules/demo/demo-accounts.js';
import { signIn } from '../factories/accounts.factory.js';
import type { TestApp } from '../helpers/test-app.js';
import { type BrowserHarness, choose, expectFieldError, startBrowserHarness, visitListedPages } from './harness.js';

/**
 * A good practice through its whole review in headless Chromium on the demo data (issue 15):
 * Morocco's focal point drafts one, meets the API's field errors at their fields, fixes them
 * and submits it; the secretariat returns it with a comment on its review page; the focal
 * point reads the comment in My good practices, makes the change and submits it again; the
 * secretariat publishes it, then finds each of these changes, before and after, in the audit
 * trail. axe-core on every screen, signed in.
 */

const FOCAL = 'focal.mar@demo.gcm-tracker.example';
const SECRETARIAT = 'secretariat@demo.gcm-tracker.example';

interface Practice {
  id: string;
  version: number;
  status: string;
  endYear: number | null;
  results: string | null;
  lessonsLearned: string | null;
  reviewHistory: { action: string; comment: string | null }[];
}

describe('a good practice from draft to published, and its audit trail, in headless Chromium', () => {
  let h: BrowserHarness | undefined;
  let t: TestApp | undefined;
  let baseUrl: string;
  let focal: Record<string, string>;
  const failures: string[] = [];

  const gql = async <T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<T> => {
    const res = await t!.gql<T>(query, variables, headers);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };
  const moroccanPractices = async (): Promise<number> =>
    (await gql<{ goodPractices: { totalCount: number } }>('{ goodPractices(filter: { ownerCountry: "MAR" }) { totalCount } }', {}, focal))
      .goodPractices.totalCount;
  const practice = async (id: string): Promise<Practice> =>
    (
      await gql<{ goodPractice: Practice }>(
        'query($id: ID!) { goodPractice(id: $id) { id version status endYear results lessonsLearned reviewHistory { action comment } } }',
        { id },
        focal,
      )
    ).goodPractice;

  const signedInPage = (email: string): Promise<Page> => h!.signedInPage(email);

  /** axe-core on the page once its requests have settled; what is serious or critical fails the test at its end. */
  async function axe(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    failures.push(...(await h!.axe(page, name)));
  }

  const attributes = async (locator: Locator, name: string): Promise<(string | null)[]> =>
    Promise.all((await locator.all()).map((l) => l.getAttribute(name)));

  beforeAll(async () => {
    h = await startBrowserHarness();
    t = h.t;
    baseUrl = h.baseUrl;
    focal = await signIn(t, FOCAL, DEMO_PASSWORD);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('shows the pages of the practices and the audit trail, signed in, with no serious or critical accessibility violation', async () => {
    const names = ['my-practices', 'practice-new', 'audit-trail'];
    await visitListedPages(h!, names, axe);
    expect(failures).toEqual([]);
  });

  it('takes a practice from draft to published, through a return with a comment, and shows every change in the audit trail', async () => {
    const fp = await signedInPage(FOCAL);
    const before = await moroccanPractices();

    // Drafting: from the navigation, every field the API takes.
    await fp.getByRole('navigation').getByRole('link', { name: 'My good practices' }).click();
    await fp.locator('section[data-section="returned"]').waitFor();
    await axe(fp, 'my practices');
    await fp.getByRole('link', { name: 'New good practice' }).click();
    await fp.locator('#practice-form-title').waitFor();
    const title = '[Browser test] Permanences juridiques pour les travailleurs saisonniers';
    await fp.getByRole('textbox', { name: 'Title' }).fill(title);
    await fp
      .getByRole('textbox', { name: 'Summary' })
      .fill('Des juristes tiennent des permanences dans les exploitations agricoles pendant la saison des récoltes.');
    await choose(fp, 'Written in', 'Français');
    await choose(fp, 'Type', 'Programme');
    await fp.getByRole('textbox', { name: 'Objectives it serves' }).click();
    await fp.getByRole('option', { name: /^6\./ }).click();
    await fp.getByRole('option', { name: /^16\./ }).click();
    await fp.keyboard.press('Escape');
    await choose(fp, 'Main objective', /^6\./);
    await fp.getByRole('textbox', { name: 'Sustainable Development Goals' }).click();
    await fp.getByRole('option', { name: 'SDG 8', exact: true }).click();
    await fp.keyboard.press('Escape');
    const partners = fp.getByRole('textbox', { name: 'Implementing partners' });
    await partners.fill('Barreau de Rabat');
    await partners.press('Enter');
    await fp.getByRole('textbox', { name: 'Start year' }).fill('2022');
    await fp.getByRole('checkbox', { name: 'Ongoing' }).uncheck();
    await fp.getByRole('textbox', { name: 'End year' }).fill('2020');
    const links = fp.getByRole('textbox', { name: 'Links' });
    await links.fill('https://example.org/permanences');
    await links.press('Enter');

    // The API refuses the end year before the start year: said at the field; nothing is created.
    await fp.getByRole('button', { name: 'Save draft' }).click();
    await expectFieldError(fp, 'End year', 'cannot be before the start year 2022');
    await fp.getByRole('alert').filter({ hasText: 'Some fields need changes' }).waitFor();
    // The first invalid field takes the focus.
    await expect(fp.locator(':focus').getAttribute('id')).resolves.toBe(
      await fp.getByRole('textbox', { name: 'End year' }).getAttribute('id'),
    );
    await axe(fp, 'new practice with a field error');
    expect(await moroccanPractices()).toBe(before);

    // Fixed and saved: the draft gets its own address.
    await fp.getByRole('textbox', { name: 'End year' }).fill('2025');
    await fp.getByRole('button', { name: 'Save draft' }).click();
    await fp.getByRole('status').filter({ hasText: 'Saved (version 1).' }).waitFor();
    await fp.waitForURL(/\/practices\/[0-9a-f-]{36}\/edit$/);
    const id = /\/practices\/([0-9a-f-]{36})\/edit$/.exec(fp.url())![1];
    expect(await practice(id)).toMatchObject({ status: 'DRAFT', version: 1, endYear: 2025, results: null });

    // Someone else saves first (another of Morocco's focal points, through the API): the save meets
    // the CONFLICT, takes their change to a field left alone, keeps the summary typed, and saves on their version.
    await gql('mutation($id: ID!) { updateGoodPractice(id: $id, version: 1, input: { sdgs: [8, 10] }) { version } }', { id }, focal);
    const summary = 'Des juristes tiennent des permanences gratuites dans les exploitations agricoles pendant les récoltes.';
    await fp.getByRole('textbox', { name: 'Summary' }).fill(summary);
    await fp.getByRole('button', { name: 'Save draft' }).click();
    const conflict = fp.locator('[data-notice="conflict"]');
    await conflict.getByText('Their changes to fields you had not touched are now in the form: Sustainable Development Goals.').waitFor();
    await expect(fp.getByRole('textbox', { name: 'Summary' }).inputValue()).resolves.toBe(summary);
    await axe(fp, 'editor, conflict');
    await fp.getByRole('button', { name: 'Save draft' }).click();
    await fp.getByRole('status').filter({ hasText: 'Saved (version 3).' }).waitFor();
    await expect(conflict.count()).resolves.toBe(0);
    expect(
      (
        await gql<{ goodPractice: { sdgs: number[]; summary: string } }>(
          'query($id: ID!) { goodPractice(id: $id) { sdgs summary } }',
          { id },
          focal,
        )
      ).goodPractice,
    ).toEqual({ sdgs: [8, 10], summary });

    // Submitting needs results and lessons learned: the API says so at each field.
    await fp.getByRole('button', { name: 'Submit for review' }).click();
    await expectFieldError(fp, 'Results', 'describe the results before submitting');
    await expectFieldError(fp, 'Lessons learned', 'describe the lessons learned before submitting');
    await axe(fp, 'editor, not ready to submit');
    await fp.getByRole('textbox', { name: 'Results' }).fill('Trois cents travailleurs conseillés en 2023.');
    await fp.getByRole('textbox', { name: 'Lessons learned' }).fill('Venir sur les lieux de travail plutôt que d’attendre en ville.');
    await fp.getByRole('button', { name: 'Submit for review' }).click();
    await fp.getByRole('status').filter({ hasText: 'Submitted: the secretariat will review it' }).waitFor();
    await fp.locator('[data-notice="read-only"]').waitFor();
    await expect(fp.getByRole('button', { name: 'Save draft' }).count()).resolves.toBe(0);
    expect(await practice(id)).toMatchObject({ status: 'SUBMITTED', version: 5 });

    // The secretariat reaches the review page from the practice's own page, and returns it with a comment.
    const sec = await signedInPage(SECRETARIAT);
    await sec.goto(`${baseUrl}/practices/${id}`, { waitUntil: 'load' });
    await sec.locator('[data-status="SUBMITTED"]').waitFor();
    await axe(sec, 'practice page, submitted, as the secretariat');
    await sec.getByRole('link', { name: 'Review it' }).click();
    await sec.locator('#return-practice-title').waitFor();
    const comment = 'Merci de donner aussi les chiffres de 2024.';
    await sec.getByRole('textbox', { name: 'What to change' }).fill(comment);
    await sec.getByRole('button', { name: 'Return the practice' }).click();
    await sec.getByRole('status').filter({ hasText: 'Returned to the focal points with your comment.' }).waitFor();

    // The focal point finds it first in My good practices, with the comment; fixes it and submits it again.
    await fp.getByRole('navigation').getByRole('link', { name: 'My good practices' }).click();
    const returned = fp.locator('section[data-section="returned"]');
    await returned.locator(`[data-practice="${id}"]`).waitFor();
    await expect(returned.locator('tbody tr').first().locator('[data-comment]').textContent()).resolves.toBe(comment);
    await expect(fp.locator('section').first().getAttribute('data-section')).resolves.toBe('returned');
    await axe(fp, 'my practices with a returned practice');
    await returned.locator(`[data-practice="${id}"]`).click();
    await fp.locator('[data-notice="returned"]').getByText(comment).waitFor();
    await fp.locator('[data-comment="RETURNED"]').getByText(comment).waitFor();
    await axe(fp, 'editor, returned');
    await fp.getByRole('textbox', { name: 'Results' }).fill('Trois cents travailleurs conseillés en 2023, quatre cent vingt en 2024.');
    await fp.getByRole('button', { name: 'Submit again for review' }).click();
    await fp.getByRole('status').filter({ hasText: 'Submitted: the secretariat will review it' }).waitFor();
    expect(await practice(id)).toMatchObject({ status: 'SUBMITTED', version: 8 });

    // The secretariat publishes it; it is public.
    await sec.reload({ waitUntil: 'load' });
    await sec.locator('#publish-title').waitFor();
    await sec.getByRole('button', { name: 'Publish the practice' }).click();
    await sec.getByRole('status').filter({ hasText: 'Published: the good practice is now public.' }).waitFor();
    const published = await practice(id);
    expect(published.reviewHistory).toEqual([
      { action: 'SUBMITTED', comment: null },
      { action: 'RETURNED', comment },
      { action: 'SUBMITTED', comment: null },
      { action: 'PUBLISHED', comment: null },
    ]);
    await fp.goto(`${baseUrl}/practices/${id}`, { waitUntil: 'load' });
    await fp.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect(fp.locator('[data-actions]').count()).resolves.toBe(0);

    // The audit trail: from the navigation, filtered to this record, newest first, each change before and after.
    await sec.getByRole('navigation').getByRole('link', { name: 'Audit trail' }).click();
    await sec.locator('[data-count]').waitFor();
    await axe(sec, 'audit trail');
    await sec.getByRole('searchbox', { name: 'Record id' }).fill(id);
    await sec.waitForURL((u) => u.searchParams.get('entityId') === id);
    await sec.locator('[data-count="9"]').waitFor();
    const actions = await attributes(sec.locator('[data-action]'), 'data-action');
    expect(actions).toEqual(['PUBLISHED', 'SUBMITTED', 'UPDATE', 'RETURNED', 'SUBMITTED', 'UPDATE', 'UPDATE', 'UPDATE', 'CREATE']);
    const rows = sec.locator('table').first().locator(':scope > tbody > tr');
    // The fix: the words added to the results, the rest kept.
    const fix = rows.nth(2).locator('[data-changes] [data-field="results"]');
    await expect(fix.locator('ins').allTextContents()).resolves.toEqual(['2023, quatre cent vingt en 2024.']);
    await expect(fix.locator('del').allTextContents()).resolves.toEqual(['2023.']);
    // The return: the status before and after, and the comment.
    const returnRow = rows.nth(3).locator('[data-changes]');
    await expect(returnRow.locator('[data-field="status"] [data-before]').getAttribute('data-before')).resolves.toBe('SUBMITTED');
    await expect(returnRow.locator('[data-field="status"] [data-after]').getAttribute('data-after')).resolves.toBe('RETURNED');
    await expect(returnRow.locator('[data-field="comment"]').textContent()).resolves.toContain(comment);
    // The merged save: the summary only, word by word.
    const merged = rows.nth(6).locator('[data-changes]');
    await expect(merged.locator('[data-field]').count()).resolves.toBe(1);
    await expect(merged.locator('[data-field="summary"] del').allTextContents()).resolves.toEqual(['la saison des ']);
    await expect(merged.locator('[data-field="summary"] ins').allTextContents()).resolves.toEqual(['gratuites ', 'les ']);
    // The creation: the lists as added items.
    const created = rows.nth(8).locator('[data-changes]');
    await expect(created.locator('[data-field="objectives"] [data-added]').allTextContents()).resolves.toEqual(['+ 6', '+ 16']);
    await expect(created.locator('[data-field="title"]').textContent()).resolves.toContain(title);
    await axe(sec, 'audit trail of one practice');

    // The filters the API offers, in the URL: Morocco's returns.
    await sec.goto(`${baseUrl}/admin/audit?action=RETURNED&country=MAR&entityType=GoodPractice`, { waitUntil: 'load' });
    await sec.locator('[data-count]').waitFor();
    await sec.locator(`[data-record="${id}"]`).waitFor();
    expect(new Set(await attributes(sec.locator('[data-action]'), 'data-action'))).toEqual(new Set(['RETURNED']));
    await fp.context().close();
    await sec.context().close();
    expect(failures).toEqual([]);
    expect(h!.pageErrors).toEqual([]);
    expect(h!.external).toEqual([]);
    // Two browsers, a dozen screens checked by axe-core: longer than one page's walk.
  }, 360_000);
});
