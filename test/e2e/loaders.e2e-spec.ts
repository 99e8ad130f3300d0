import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '../../src/modules/demo/demo-accounts.js';
import { DemoSeederService } from '../../src/modules/demo/demo-seeder.service.js';
import { signIn } from '../factories/accounts.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** SQL statements the server sent to the database for one GraphQL request. */
async function statementsFor(
  t: TestApp,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<number> {
  const res = await t.gql(query, variables, headers);
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
    const statements = await statementsFor(
      t,
      '{ roundTables { number objectives { number imrfRoundTable { number objectives { number } } } } }',
    );
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
    // The objectives are reference data, read once per process and then served from memory:
    // read them now, so that each count below is what every request costs.
    await statementsFor(t, '{ objectives { number } }');
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
    // The cycle check, the aggregate, then one batch each for the cycle and the regions (the objectives come from memory).
    expect(await statementsFor(t, query)).toBe(4);
    const matrix = `{ objectiveMatrix(cycle: "RR2-ECA-2024") { rows { objective { number } cells { region { code } meanLevel } world { meanLevel } } } }`;
    // The cycle check, the aggregate, the cycle: the rows' objectives come from memory.
    expect(await statementsFor(t, matrix)).toBe(3);
  });

  it("myReports reads every cycle's window in one statement, not one per cycle", async () => {
    const morocco = await signIn(t, 'focal.mar@demo.gcm-tracker.example', DEMO_PASSWORD);
    const query =
      '{ myReports { cycle { code } isOverdue reportingWindow { isOpen countryClosesOn } report { state } returnedEntries { objective { number } } } }';
    // The caller's session, the cycles Morocco takes part in (7), its reports, all 7 windows, then one batch each for the cycles
    // and the reports' entries (none is returned, so no objectives are read). One statement per window made it 12.
    expect(await statementsFor(t, query, undefined, morocco)).toBe(6);
  });
});
