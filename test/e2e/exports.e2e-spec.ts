import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { Role } from '../../src/common/auth/role.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { type SeedEntry, seedEntries } from '../factories/analytics.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Headers = Record<string, string>;
const CYCLE = 'IMRF-2026';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Keeps the body as bytes, whatever the content type. */
const bytes = (res: Response, done: (err: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('exports: CSV and XLSX downloads of the aggregates and the validated entries', () => {
  let t: TestApp;
  let analyst: Headers;
  let secretariat: Headers;
  let focal: Headers;
  let names: string[];

  const download = (path: string, headers: Headers) => t.http.get(path).set(headers).buffer(true).parse(bytes);
  /** The CSV as records: the "about" lines, then (after an empty line) the header and data. */
  const csvParts = (body: Buffer): { about: Map<string, string>; header: string[]; rows: string[][] } => {
    const text = body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records: string[][] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
    const blank = records.findIndex((r) => r.length === 1 && r[0] === '');
    return { about: new Map(records.slice(0, blank).map((r) => [r[0], r[1]])), header: records[blank + 1], rows: records.slice(blank + 2) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    analyst = await signIn(t, (await createTestAccount(t, Role.ANALYST)).email);
    secretariat = await signIn(t, (await createTestAccount(t, Role.SECRETARIAT)).email);
    focal = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MAR')).email);
    // 1,200 validated entries from 60 countries (more than one 1,000-row batch), Türkiye and Côte d'Ivoire among them,
    // and one submitted entry that no export of validated figures may show.
    const countries: { iso3: string }[] = await t.dataSource.query(
      "SELECT iso3 FROM country WHERE iso3 NOT IN ('TUR', 'CIV') ORDER BY iso3 LIMIT 58",
    );
    const iso3s = ['TUR', 'CIV', ...countries.map((c) => c.iso3)];
    const entries: SeedEntry[] = iso3s.flatMap((country, i) =>
      Array.from({ length: 20 }, (_, k) => ({
        country,
        cycle: CYCLE,
        objective: k + 1,
        state: 'VALIDATED' as const,
        reported: (i + k) % 4,
      })),
    );
    entries.push({ country: 'TUR', cycle: CYCLE, objective: 23, state: 'SUBMITTED', reported: 3 });
    await seedEntries(t, entries);
    names = (await t.dataSource.query<{ name_en: string }[]>("SELECT name_en FROM country WHERE iso3 IN ('TUR', 'CIV') ORDER BY iso3")).map(
      (r) => r.name_en,
    );
    expect(names).toEqual(['Côte d’Ivoire', 'Türkiye']);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('streams every validated entry as UTF-8 CSV with a BOM, accents intact, saying what it is', async () => {
    const res = await download(`/exports/validated-entries.csv?cycle=${CYCLE}`, analyst);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="gcm-validated-entries-${CYCLE}-\\d{4}-\\d{2}-\\d{2}\\.csv"`),
    );
    const { about, header, rows } = csvParts(res.body as Buffer);
    expect(about.get('Export')).toBe('GCM Tracker: Validated progress entries');
    expect(about.get('Cycle')).toBe(CYCLE);
    expect(about.get('Figures')).toBe('Validated levels only');
    expect(about.get('Generated at')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(header.slice(0, 9)).toEqual([
      'Region code',
      'Region',
      'Country ISO3',
      'Country',
      'Cycle',
      'Objective',
      'Objective short title',
      'Validated level',
      'Level score (0-3)',
    ]);
    expect(rows).toHaveLength(1200);
    expect(new Set(rows.map((r) => r[2])).size).toBe(60);
    expect(rows.find((r) => r[2] === 'TUR')?.[3]).toBe('Türkiye');
    expect(rows.find((r) => r[2] === 'CIV')?.slice(0, 4)).toEqual(['ECA', 'Economic Commission for Africa', 'CIV', 'Côte d’Ivoire']);
    // The submitted TUR entry on Objective 23 is not there.
    expect(rows.filter((r) => r[2] === 'TUR').map((r) => Number(r[5]))).toEqual(Array.from({ length: 20 }, (_, k) => k + 1));
    // Ordered by region, country and objective, across the 1,000-row batches.
    const keys = rows.map((r) => [r[0], r[2], Number(r[5])] as const);
    const byKey = (a: readonly [string, string, number], b: readonly [string, string, number]): number =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2];
    expect(keys).toEqual([...keys].sort(byKey));
    expect(new Set(keys.map((k) => k[0]))).toEqual(new Set(['ECA', 'ECLAC', 'ESCAP', 'ESCWA', 'UNECE']));
  });

  it("orders a country's entries by region (the review's commission, else the country's), then cycle from the oldest, then objective", async () => {
    await seedEntries(
      t,
      [
        ['RR2-ESCWA-2024', 6],
        ['RR2-ECA-2024', 23],
        ['IMRF-2022', 5],
        ['RR2-ECA-2024', 16],
        ['RR1-ECA-2021', 16],
      ].map(([cycle, objective]) => ({
        country: 'MAR',
        cycle: cycle as string,
        objective: objective as number,
        state: 'VALIDATED',
        reported: 2,
      })),
    );
    const entries = async (query: string): Promise<string[]> =>
      csvParts((await download(`/exports/validated-entries.csv?${query}`, analyst)).body as Buffer).rows.map(
        (r) => `${r[0]} ${r[2]} ${r[4]} O${r[5]}`,
      );
    expect(await entries('country=MAR')).toEqual([
      'ECA MAR RR1-ECA-2021 O16',
      'ECA MAR IMRF-2022 O5',
      'ECA MAR RR2-ECA-2024 O16',
      'ECA MAR RR2-ECA-2024 O23',
      'ESCWA MAR RR2-ESCWA-2024 O6',
    ]);
    // Asked for one region, an IMRF entry is listed under it.
    expect(await entries('country=MAR&region=ESCWA')).toEqual([
      'ECA MAR RR1-ECA-2021 O16',
      'ECA MAR RR2-ECA-2024 O16',
      'ECA MAR RR2-ECA-2024 O23',
      'ESCWA MAR IMRF-2022 O5',
      'ESCWA MAR RR2-ESCWA-2024 O6',
    ]);
    await t.dataSource.query(
      "DELETE FROM progress_entry WHERE report_id IN (SELECT id FROM progress_report WHERE country_iso3 = 'MAR' AND cycle_code <> $1)",
      [CYCLE],
    );
  });

  it('writes the same entries as XLSX, an About sheet and a Data sheet', async () => {
    const res = await download(`/exports/validated-entries.xlsx?cycle=${CYCLE}&country=TUR`, secretariat);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toMatch(/filename="gcm-validated-entries-IMRF-2026-TUR-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['About', 'Data']);
    const about = workbook.getWorksheet('About') as ExcelJS.Worksheet;
    expect(about.getRow(1).values).toEqual([undefined, 'Export', 'GCM Tracker: Validated progress entries']);
    const data = workbook.getWorksheet('Data') as ExcelJS.Worksheet;
    expect(data.getRow(1).getCell(4).value).toBe('Country');
    expect(data.rowCount).toBe(21);
    expect(data.getRow(2).getCell(4).value).toBe('Türkiye');
    expect(data.getRow(2).getCell(9).value).toEqual(expect.any(Number));
  });

  it('exports regionalProgress with the figures the GraphQL query gives', async () => {
    const gql = await t.gql<{
      regionalProgress: {
        regions: { region: { code: string }; countedEntries: number; meanLevel: number }[];
        world: { countedEntries: number; meanLevel: number };
      };
    }>(
      `{ regionalProgress(cycle: "${CYCLE}") { regions { region { code } countedEntries meanLevel } world { countedEntries meanLevel } } }`,
    );
    const res = await download(`/exports/regional-progress.csv?cycle=${CYCLE}&scheme=REVIEW`, analyst);
    expect(res.status).toBe(200);
    const { about, header, rows } = csvParts(res.body as Buffer);
    expect(about.get('Figures')).toBe('Validated levels only');
    expect(about.get('Scheme')).toBe('REVIEW');
    const counted = header.indexOf('Counted entries');
    const mean = header.indexOf('Mean level (0-3)');
    const expected = [
      ...(gql.data?.regionalProgress.regions ?? []).map((r) => [r.region.code, r.countedEntries, r.meanLevel]),
      ['WORLD', gql.data?.regionalProgress.world.countedEntries, gql.data?.regionalProgress.world.meanLevel],
    ];
    expect(rows.map((r) => [r[0], Number(r[counted]), r[mean] === '' ? null : Number(r[mean])])).toEqual(expected);
    expect(gql.data?.regionalProgress.world.countedEntries).toBe(1200);

    // With submitted entries (TUR's Objective 23 at 3), the file says so.
    const flagged = csvParts(
      (await download(`/exports/regional-progress.csv?cycle=${CYCLE}&includeSubmitted=true`, analyst)).body as Buffer,
    );
    expect(flagged.about.get('Figures')).toBe('Validated levels, plus the reported levels of submitted entries not yet validated');
    const world = flagged.rows.find((r) => r[0] === 'WORLD') as string[];
    expect([Number(world[counted]), Number(world[flagged.header.indexOf('Of which not validated')])]).toEqual([1201, 1]);
  });

  it('names the files that count submitted entries apart from the validated-only ones', async () => {
    const fileName = async (path: string): Promise<string> =>
      /filename="([^"]+)"/.exec((await download(`/exports/${path}`, analyst)).headers['content-disposition'])?.[1] ?? '';
    const day = new Date().toISOString().slice(0, 10);
    const pairs = [
      [`regional-progress.csv?cycle=${CYCLE}`, `gcm-regional-progress-${CYCLE}-REVIEW`],
      [`objective-matrix.xlsx?cycle=${CYCLE}&championOnly=true`, `gcm-objective-matrix-${CYCLE}-REVIEW-champions`],
      ['country-scorecard.csv?country=TUR', 'gcm-country-scorecard-TUR'],
      [`cycle-comparison.csv?from=IMRF-2022&to=${CYCLE}`, `gcm-cycle-comparison-IMRF-2022-${CYCLE}-REVIEW`],
    ];
    for (const [path, stem] of pairs) {
      const extension = path.includes('.xlsx') ? 'xlsx' : 'csv';
      expect([await fileName(path), await fileName(`${path}&includeSubmitted=true`)]).toEqual([
        `${stem}-${day}.${extension}`,
        `${stem}-with-submitted-${day}.${extension}`,
      ]);
    }
  });

  it('exports the matrix, a scorecard and a comparison, each in both formats', async () => {
    for (const path of [
      `objective-matrix.%s?cycle=${CYCLE}`,
      'country-scorecard.%s?country=TUR&includeSubmitted=true',
      `cycle-comparison.%s?from=IMRF-2022&to=${CYCLE}`,
    ]) {
      for (const format of ['csv', 'xlsx']) {
        const res = await download(`/exports/${path.replace('%s', format)}`, analyst);
        expect({ path, format, status: res.status, type: res.headers['content-type'] }).toEqual({
          path,
          format,
          status: 200,
          type: format === 'csv' ? 'text/csv; charset=utf-8' : XLSX,
        });
      }
    }
    const matrix = csvParts((await download(`/exports/objective-matrix.csv?cycle=${CYCLE}`, analyst)).body as Buffer);
    // 23 objectives x (5 regions + world).
    expect(matrix.rows).toHaveLength(23 * 6);
    const scorecard = csvParts(
      (await download('/exports/country-scorecard.csv?country=TUR&includeSubmitted=true', analyst)).body as Buffer,
    );
    expect(scorecard.about.get('Country')).toBe('Türkiye (TUR)');
    expect(scorecard.about.get('Figures')).toMatch(/submitted entries not yet validated/);
    expect(scorecard.rows.find((r) => r[0] === '23')).toEqual(['23', expect.any(String), CYCLE, 'COMPLETE', '3', 'no (submitted)']);
  });

  it('refuses without a token, to focal points, and on bad parameters, with a status and a code', async () => {
    const cases: [string, Headers, number, string][] = [
      [`/exports/validated-entries.csv?cycle=${CYCLE}`, {}, 401, 'UNAUTHENTICATED'],
      [`/exports/validated-entries.csv?cycle=${CYCLE}`, focal, 403, 'FORBIDDEN'],
      [`/exports/validated-entries.pdf?cycle=${CYCLE}`, analyst, 400, 'BAD_USER_INPUT'],
      ['/exports/regional-progress.csv?cycle=IMRF-1999', analyst, 400, 'BAD_USER_INPUT'],
      ['/exports/regional-progress.csv', analyst, 400, 'BAD_USER_INPUT'],
      [`/exports/regional-progress.csv?cycle=${CYCLE}&objective=30`, analyst, 400, 'BAD_USER_INPUT'],
      ['/exports/country-scorecard.csv?country=XXX', analyst, 400, 'BAD_USER_INPUT'],
    ];
    for (const [path, headers, status, code] of cases) {
      const res = await t.http.get(path).set(headers);
      expect({ path, status: res.status, code: (res.body as { error?: { code?: string } }).error?.code }).toEqual({ path, status, code });
    }
    const unknown = await t.http.get('/exports/regional-progress.csv?cycle=IMRF-1999').set(analyst);
    expect((unknown.body as { error: { fields: unknown } }).error.fields).toEqual([
      { field: 'cycle', messages: ['unknown review cycle IMRF-1999'] },
    ]);
    // A query parameter is named as it is written in the address.
    const region = await t.http.get('/exports/validated-entries.csv?region=ATLANTIS').set(analyst);
    expect([region.status, (region.body as { error: { fields: unknown } }).error.fields]).toEqual([
      400,
      [{ field: 'region', messages: ['unknown region ATLANTIS'] }],
    ]);
  });
});
