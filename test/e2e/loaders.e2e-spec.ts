import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoSeederService } from '../../src/modules/demo/demo-seeder.service.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** SQL statements the server sent to the database for one GraphQL request. */
async function statementsFor(t: TestApp, query: string, variables?: Record<string, unknown>): Promise<number> {
  const res = await t.gql(query, variables);
  expect(res.errors).toBeUndefined();
  const header = res.headers['x-sql-statements'];
  expect(header).toMatch(/^\d+$/);
  return Number(header);
}

describe('nested fields resolve through per-request loaders (no N+1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('countries { regions { countries } } costs the same number of statements for 5 or 193 countries', async () => {
    const query = `query($first: Int!) { countries(first: $first) { nodes { iso3 regions { code countries { iso3 } } } } }`;
    const five = await statementsFor(t, query, { first: 5 });
    const all = await statementsFor(t, query, { first: 193 });
    // One page query, one batch of regions for the page's countries, one batch of members for those regions.
    expect(five).toBe(3);
    expect(all).toBe(five);
  });

  it('round tables { objectives { imrfRoundTable } } is flat as well', async () => {
    const statements = await statementsFor(t, '{ roundTables { number objectives { number imrfRoundTable { number objectives { number } } } } }');
    expect(statements).toBe(3);
  });

  it('does not share a cache between requests: each request reads the database again', async () => {
    const query = '{ country(iso3: "MAR") { regions { code } } }';
    expect(await statementsFor(t, query)).toBe(2);
    expect(await statementsFor(t, query)).toBe(2);
  });
});

describe('progress reports resolve their entries and links through loaders', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(DemoSeederService).seed({ kind: 'system', label: 'test' }, () => undefined);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('progressReports { entries { objective pledges goodPractices } } costs the same for 2 reports or all 10', async () => {
    const query = `query($first: Int!) { progressReports(first: $first) { totalCount nodes { country { iso3 regions { code } } cycle { code reportingWindow { isOpen } }
      reportingWindow { countryClosesOn } entries { objective { number } validatedLevel pledges { title } goodPractices { title } country { iso3 } } } } }`;
    const two = await statementsFor(t, query, { first: 2 });
    const all = await statementsFor(t, query, { first: 10 });
    expect(two).toBeLessThanOrEqual(10);
    expect(all).toBe(two);
  });

  it('regionalProgress is one aggregate statement, whatever is nested', async () => {
    const query = `{ regionalProgress(cycle: "RR2-ECA-2024") { cycle { code } regions { region { code name } objectives { objective { number } meanLevel } } world { objectives { objective { number } } } } }`;
    // The cycle check, the aggregate, then one batch each for the cycle, the regions and the objectives.
    expect(await statementsFor(t, query)).toBe(5);
    const matrix = `{ objectiveMatrix(cycle: "RR2-ECA-2024") { rows { objective { number } cells { region { code } meanLevel } world { meanLevel } } } }`;
    expect(await statementsFor(t, matrix)).toBe(4);
  });
});
