import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/modules/demo/demo-accounts.js';
import { signIn } from '../factories/accounts.factory.js';
import type { TestApp } from '../helpers/test-app.js';
import {
  type BrowserHarness,
  choose as chooseIn,
  expectFieldError as expectFieldErrorIn,
  startBrowserHarness,
  visitListedPages,
} from './harness.js';

/**
 * The focal points' pledge workspace in headless Chromium on the demo data (issue 15):
 * Morocco's focal point records a pledge (the API's field error shown at its field first),
 * edits it while someone else saves it too (the merge keeps what was typed), records its
 * fulfilment with evidence and drafts a good practice from it in one step; the secretariat
 * imports a CSV file through the GraphQL multipart upload (a dry run with an error row shown
 * in the table, then a clean import). axe-core on every screen.
 */

const FOCAL = 'focal.mar@demo.gcm-tracker.example';
const SECRETARIAT = 'secretariat@demo.gcm-tracker.example';
/** Where the conflict and the dry-run screens are also written, when set (npm run screenshots covers the pages without writes). */
const SHOTS = process.env.PLEDGES_SCREENSHOTS_DIR;

/** The whole page from the top, as npm run screenshots takes pages (the header is fixed). */
async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}-desktop.png`), fullPage: true });
}

interface Pledge {
  id: string;
  version: number;
  title: string;
  target: string;
  status: string;
  externalId: string | null;
  updates: { status: string; narrative: string; evidenceLinks: string[] }[];
  goodPractice: { id: string; status: string } | null;
}

const HEADER = 'externalId,title,description,pledgingCountry,nature,objectives,target,status,statusDate,statusNarrative,evidenceLinks';

describe('the pledge workspace in headless Chromium', () => {
  let h: BrowserHarness | undefined;
  let t: TestApp | undefined;
  let focal: Record<string, string>;
  let secretariat: Record<string, string>;
  const failures: string[] = [];

  const gql = async <T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<T> => {
    const res = await t!.gql<T>(query, variables, headers);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };
  const pledge = async (id: string): Promise<Pledge> =>
    (
      await gql<{ pledge: Pledge }>(
        `query($id: ID!) { pledge(id: $id) { id version title target status externalId
           updates { status narrative evidenceLinks } goodPractice { id status } } }`,
        { id },
        focal,
      )
    ).pledge;
  const pledgesWithExternalIds = async (ids: string[]): Promise<string[]> =>
    (
      await gql<{ pledges: { nodes: { externalId: string | null }[] } }>(
        '{ pledges(first: 200, orderBy: NEWEST) { nodes { externalId } } }',
        {},
        secretariat,
      )
    ).pledges.nodes
      .map((p) => p.externalId)
      .filter((e): e is string => e !== null && ids.includes(e))
      .sort();

  const signedInPage = (email: string): Promise<Page> => h!.signedInPage(email);
  /** The pledge editor's fields are found by their whole label. */
  const expectFieldError = (page: Page, label: string, message: string | RegExp) =>
    expectFieldErrorIn(page, label, message, { exact: true });
  const choose = (page: Page, label: string, option: string | RegExp) => chooseIn(page, label, option, { exact: true });

  /** axe-core on the page once its requests have settled; what is serious or critical fails the test at its end. */
  async function axe(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    failures.push(...(await h!.axe(page, name)));
  }

  beforeAll(async () => {
    h = await startBrowserHarness();
    t = h.t;
    focal = await signIn(t, FOCAL, DEMO_PASSWORD);
    secretariat = await signIn(t, SECRETARIAT, DEMO_PASSWORD);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('shows the pledge pages, signed in, with no serious or critical accessibility violation', async () => {
    const names = ['my-pledges', 'pledge-new', 'pledge-edit', 'pledge-update', 'pledge-import'];
    await visitListedPages(h!, names, axe);
    expect(failures).toEqual([]);
  }, 180_000);

  it('records a pledge, merges a concurrent edit, records its fulfilment and drafts a good practice from it', async () => {
    // Another pledge of Morocco already has the reference the focal point will type first.
    const taken = await gql<{ createPledge: { id: string } }>(
      `mutation { createPledge(input: { title: "[Browser test] Référence prise", description: "Un engagement qui porte déjà la référence.",
         pledgingCountry: "MAR", nature: PROCESS, objectives: [3], target: "Une cible", externalId: "BT-MAR-1" }) { id } }`,
      {},
      focal,
    );
    const fp = await signedInPage(FOCAL);
    await fp.getByRole('navigation').getByRole('link', { name: 'My pledges' }).click();
    await fp.locator('section[data-count] table').waitFor();
    await axe(fp, 'my pledges');
    await fp.getByRole('link', { name: 'New pledge' }).click();
    await fp.locator('#pledge-form-title').waitFor();
    const title = '[Browser test] Permanences juridiques dans les ports';
    await fp.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await fp
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('Ouvrir des permanences juridiques gratuites pour les travailleurs migrants dans les trois grands ports.');
    await choose(fp, 'Written in', 'Français');
    await choose(fp, 'Nature', 'Policy');
    await fp.getByRole('textbox', { name: 'Objectives it serves', exact: true }).click();
    await fp.getByRole('option', { name: /^6\./ }).click();
    await fp.getByRole('option', { name: /^16\./ }).click();
    await fp.keyboard.press('Escape');
    await choose(fp, 'Main objective', /^6\./);
    await fp.getByRole('textbox', { name: 'Target', exact: true }).fill('Trois permanences ouvertes');
    await fp.getByRole('textbox', { name: 'External reference', exact: true }).fill('BT-MAR-1');

    // The API refuses the reference already in use: said at the field; nothing is created.
    await fp.getByRole('button', { name: 'Record the pledge' }).click();
    await expectFieldError(fp, 'External reference', `already the external id of pledge ${taken.createPledge.id}`);
    await fp.getByRole('alert').filter({ hasText: 'A value is already in use' }).waitFor();
    await expect(fp.locator(':focus').getAttribute('id')).resolves.toBe(
      await fp.getByRole('textbox', { name: 'External reference', exact: true }).getAttribute('id'),
    );
    await axe(fp, 'new pledge with a field error');

    // Fixed and recorded: the pledge gets its own address.
    await fp.getByRole('textbox', { name: 'External reference', exact: true }).fill('BT-MAR-2');
    await fp.getByRole('button', { name: 'Record the pledge' }).click();
    await fp.getByRole('status').filter({ hasText: 'Saved (version 1).' }).waitFor();
    await fp.waitForURL(/\/pledges\/[0-9a-f-]{36}\/edit$/);
    const id = /\/pledges\/([0-9a-f-]{36})\/edit$/.exec(fp.url())![1];
    expect(await pledge(id)).toMatchObject({ version: 1, title, externalId: 'BT-MAR-2', status: 'PLANNING' });

    // Someone else saves first (through the API): the save meets the CONFLICT and shows both versions, field by field.
    const theirTarget = 'Quatre permanences ouvertes';
    await gql(
      'mutation($id: ID!, $t: String!) { updatePledge(id: $id, version: 1, input: { target: $t }) { version } }',
      { id, t: theirTarget },
      focal,
    );
    const myTitle = '[Browser test] Permanences juridiques gratuites dans les ports';
    await fp.getByRole('textbox', { name: 'Title', exact: true }).fill(myTitle);
    await fp.getByRole('button', { name: 'Save the changes' }).click();
    const conflict = fp.locator('[data-conflict]');
    await conflict.waitFor();
    await expect(conflict.locator('[data-conflict-field="title"] [data-side="mine"]').textContent()).resolves.toBe(myTitle);
    await expect(conflict.locator('[data-conflict-field="target"] [data-side="theirs"]').textContent()).resolves.toBe(theirTarget);
    await expect(conflict.locator('[data-conflict-field="title"]').getByRole('radio', { name: 'Keep mine' }).isChecked()).resolves.toBe(
      true,
    );
    await expect(conflict.locator('[data-conflict-field="target"]').getByRole('radio', { name: 'Take theirs' }).isChecked()).resolves.toBe(
      true,
    );
    // What was typed is still in the form.
    await expect(fp.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).resolves.toBe(myTitle);
    await axe(fp, 'pledge editor, conflict');
    await shoot(fp, 'pledge-edit-conflict');
    await conflict.getByRole('button', { name: 'Save the merged pledge on version 2' }).click();
    await fp.getByRole('status').filter({ hasText: 'Saved (version 3).' }).waitFor();
    await expect(conflict.count()).resolves.toBe(0);
    expect(await pledge(id)).toMatchObject({ version: 3, title: myTitle, target: theirTarget });

    // Typed, not saved, and the page reloaded: the browser's copy is offered back, then saved.
    const myTarget = 'Quatre permanences ouvertes et une itinérante';
    await fp.getByRole('textbox', { name: 'Target', exact: true }).fill(myTarget);
    await fp.locator('[data-unsaved]').waitFor();
    await fp.reload({ waitUntil: 'load' });
    const restore = fp.locator('[data-notice="restore"]');
    await restore.waitFor();
    await expect(fp.getByRole('textbox', { name: 'Target', exact: true }).inputValue()).resolves.toBe(theirTarget);
    await restore.getByRole('button', { name: 'Restore my changes' }).click();
    await expect(fp.getByRole('textbox', { name: 'Target', exact: true }).inputValue()).resolves.toBe(myTarget);
    await fp.getByRole('button', { name: 'Save the changes' }).click();
    await fp.getByRole('status').filter({ hasText: 'Saved (version 4).' }).waitFor();
    await fp.reload({ waitUntil: 'load' });
    await fp.locator('#pledge-form-title').waitFor();
    await expect(restore.count()).resolves.toBe(0);
    expect(await pledge(id)).toMatchObject({ version: 4, target: myTarget });

    // The pledge's public page leads its focal point to the status updates.
    await fp.getByRole('link', { name: "See the pledge's public page" }).click();
    await fp.locator('[data-actions]').waitFor();
    await fp.locator('[data-actions]').getByRole('link', { name: 'Record a status update' }).click();
    await fp.locator('#update-form-title').waitFor();
    await axe(fp, 'status update');
    await choose(fp, 'Status', 'Fulfilled');
    await fp.getByRole('textbox', { name: 'Narrative', exact: true }).fill('Les trois permanences sont ouvertes depuis septembre.');
    const links = fp.getByRole('textbox', { name: 'Evidence links', exact: true });
    await links.fill('https://example.org/permanences-bilan');
    await links.press('Enter');
    await fp.getByRole('button', { name: 'Record the update' }).click();
    await fp.getByRole('status').filter({ hasText: 'Recorded: the pledge is Fulfilled (version 5).' }).waitFor();
    await fp
      .locator('[data-history] tr[data-update="FULFILLED"]')
      .getByText('Les trois permanences sont ouvertes depuis septembre.')
      .waitFor();
    const fulfilled = await pledge(id);
    expect(fulfilled.updates.map((u) => u.status)).toEqual(['PLANNING', 'FULFILLED']);
    expect(fulfilled.updates[1].evidenceLinks).toEqual(['https://example.org/permanences-bilan']);
    await axe(fp, 'status update, fulfilled');

    // A good practice from it, in one step: the practice editor opens on the draft.
    await fp.getByRole('button', { name: 'Draft a good practice' }).click();
    await fp.waitForURL(/\/practices\/[0-9a-f-]{36}\/edit$/);
    await fp.locator('#practice-form-title').waitFor();
    await expect(fp.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).resolves.toBe(myTitle);
    const practiceId = /\/practices\/([0-9a-f-]{36})\/edit$/.exec(fp.url())![1];
    expect((await pledge(id)).goodPractice).toEqual({ id: practiceId, status: 'DRAFT' });
    await axe(fp, 'practice drafted from the pledge');
    await fp.context().close();
    expect(failures).toEqual([]);
    expect(h!.pageErrors).toEqual([]);
    expect(h!.external).toEqual([]);
  }, 240_000);

  it('imports a CSV file as the secretariat: a dry run shows the bad row in the table, then a clean file is imported', async () => {
    const sec = await signedInPage(SECRETARIAT);
    const uploads: { contentType: string; preflight: string | undefined }[] = [];
    sec.on('request', (r) => {
      if (r.url().endsWith('/graphql') && (r.headers()['content-type'] ?? '').startsWith('multipart/form-data'))
        uploads.push({ contentType: r.headers()['content-type'], preflight: r.headers()['apollo-require-preflight'] });
    });
    await sec.getByRole('navigation').getByRole('link', { name: 'Pledge import' }).click();
    await sec.locator('#import-form-title').waitFor();
    await axe(sec, 'pledge import');

    // The template: every column, as the page builds it.
    const [download] = await Promise.all([
      sec.waitForEvent('download'),
      sec.getByRole('button', { name: 'Download the template (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pledges-import-template.csv');
    const template = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '');
    expect(template.split('\r\n')[0]).toMatch(/^externalId,title,description,language,pledgingEntityKind,pledgingCountry,/);

    const ids = ['BT-IMP-1', 'BT-IMP-2'];
    const row = (externalId: string, nature: string) =>
      `${externalId},[Browser test] Import ${externalId},Un engagement importé par le test du navigateur.,SEN,${nature},16;3,Une cible mesurable,IN_PROGRESS,2024-03-01,Commencé.,https://example.org/${externalId}`;
    const file = (body: string) => ({ name: 'pledges.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADER}\n${body}\n`) });
    const fileInput = sec.locator('input[type="file"]');

    // A dry run of a file with a bad row: the row, its column and the reason in the table; nothing written.
    await fileInput.setInputFiles(file(`${row(ids[0], 'POLICY')}\n${row(ids[1], 'POLITICS')}`));
    await sec.getByRole('button', { name: 'Check the file (dry run)' }).click();
    const problems = sec.locator('table[data-problems]');
    await problems.waitFor();
    await sec.getByRole('alert').filter({ hasText: 'The file was not imported' }).waitFor();
    await expect(problems.locator('tbody tr').count()).resolves.toBe(1);
    const bad = problems.locator('tbody tr[data-row="3"][data-column="nature"]');
    await expect(bad.textContent()).resolves.toMatch(/nature/);
    await expect(sec.getByRole('button', { name: /^Import/ }).isDisabled()).resolves.toBe(true);
    await axe(sec, 'pledge import, dry run with an error row');
    await shoot(sec, 'pledge-import-errors');
    expect(await pledgesWithExternalIds(ids)).toEqual([]);

    // The fixed file: a clean dry run, then the import.
    await fileInput.setInputFiles(file(`${row(ids[0], 'POLICY')}\n${row(ids[1], 'PROCESS')}`));
    await sec.getByRole('button', { name: 'Check the file (dry run)' }).click();
    await sec.getByRole('status').filter({ hasText: '2 rows: 2 new pledges, 0 updated, 0 unchanged. Nothing was written' }).waitFor();
    expect(await pledgesWithExternalIds(ids)).toEqual([]);
    await axe(sec, 'pledge import, clean dry run');
    await sec.getByRole('button', { name: 'Import 2 rows' }).click();
    await sec.getByRole('status').filter({ hasText: 'Imported' }).filter({ hasText: '2 rows: 2 new pledges' }).waitFor();
    expect(await pledgesWithExternalIds(ids)).toEqual(ids);
    await axe(sec, 'pledge import, imported');

    // Each step went as a GraphQL multipart request with the CSRF-prevention header.
    expect(uploads).toHaveLength(3);
    for (const u of uploads)
      expect(u).toEqual({ contentType: expect.stringMatching(/^multipart\/form-data; boundary=/), preflight: 'true' });
    await sec.context().close();
    expect(failures).toEqual([]);
    expect(h!.pageErrors).toEqual([]);
    expect(h!.external).toEqual([]);
  }, 240_000);
});
