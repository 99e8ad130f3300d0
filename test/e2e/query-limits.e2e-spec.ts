import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getIntrospectionQuery, getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import type { ListSizeEstimator } from '../../src/common/pagination/list-size.js';
import { DemoSeederService } from '../../src/modules/demo/demo-seeder.service.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { serverUrl } from '../test-database.mjs';

/** The attacks of the hardening review: each must be refused before any SQL statement runs. */
const NESTED_REGIONS = `{ country(iso3:"MAR") { regions { countries { regions { countries { regions { countries { regions { countries { iso3 } } } } } } } } } }`;
const SIX_LEVELS = `{ country(iso3:"MAR") { regions { countries { regions { countries { regions { countries { iso3 } } } } } } } }`;
const aliased = (n: number): string =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: regionalProgress(cycle: "IMRF-2022") { world { countries } }`).join(' ')} }`;

describe('query limits: depth, aliases, cost and size are bounded before any resolver runs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(DemoSeederService).seed({ kind: 'system', label: 'test' }, () => undefined);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function refused(query: string, variables?: Record<string, unknown>) {
    const res = await t.gql(query, variables);
    expect(res.data).toBeUndefined();
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(res.errors?.map(() => 'QUERY_TOO_COMPLEX'));
    expect(res.status).toBe(400);
    expect(res.headers['x-sql-statements'] ?? '0').toBe('0');
    return res.errors![0];
  }

  it('refuses the nested regions { countries { regions ... } } query (191 bytes, anonymous) by its cost, and deeper ones by their depth', async () => {
    const error = await refused(NESTED_REGIONS);
    expect(error.extensions).toMatchObject({ limit: 'cost', max: 100_000 });
    expect(error.extensions?.measured).toBeGreaterThan(1_000_000_000);
    expect(error.message).toContain('100000');
    const deeper = NESTED_REGIONS.replace('{ iso3 }', '{ regions { code } }');
    expect((await refused(deeper)).extensions).toMatchObject({ limit: 'depth', max: 10, measured: 11 });
  });

  it('refuses six levels of it by its cost, naming the limit and the measured cost', async () => {
    const error = await refused(SIX_LEVELS);
    expect(error.extensions).toMatchObject({ limit: 'cost', max: 100_000 });
    expect(error.extensions?.measured).toBeGreaterThan(1_000_000);
  });

  it('refuses 1,000 and 300 aliases of regionalProgress by the aliases limit', async () => {
    expect((await refused(aliased(300))).extensions).toMatchObject({ limit: 'aliases', max: 20, measured: 300 });
    // 1,000 aliases are over the token limit before they are even parsed.
    expect((await refused(aliased(1000))).extensions).toMatchObject({ limit: 'tokens', max: 5_000 });
  });

  it('counts a page by its first, from a variable too', async () => {
    const query = `query($first: Int) { countries(first: $first) { nodes { iso3 regions { code countries { iso3 name officialName } } } } }`;
    const error = await refused(query, { first: 200 });
    expect(error.extensions).toMatchObject({ limit: 'cost', max: 100_000 });
    const small = await t.gql<{ countries: { nodes: unknown[] } }>(query, { first: 5 });
    expect(small.errors).toBeUndefined();
    expect(small.data?.countries.nodes).toHaveLength(5);
  });

  it("lets a web app's pages through: a full page of countries, pledges with nested lists, the dashboard's aggregates", async () => {
    const countries = await t.gql<{ countries: { nodes: unknown[] } }>(
      `{ countries(first: 200) { totalCount nodes { iso3 m49Code name officialName isChampion regions { code name scheme } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(countries.errors).toBeUndefined();
    expect(countries.data?.countries.nodes.length).toBeGreaterThan(150);
    const pledges = await t.gql(
      `{ pledges(first: 100) { totalCount edges { cursor node { id title status isOverdue pledgingCountry { iso3 name regions { code } }
          implementationCountries { iso3 name } objectives { isMain objective { number shortTitle } } guidingPrinciples { number }
          updates { status date } } } } }`,
    );
    expect(pledges.errors).toBeUndefined();
    const dashboard = await t.gql(
      `{ now: regionalProgress(cycle: "IMRF-2022") { regions { region { code name } countries champions reportingCountries
            objectives { objective { number } countedEntries meanLevel } pledgesByStatus { planning inProgress fulfilled } }
          world { countries reportingCountries } }
         matrix: objectiveMatrix(cycle: "IMRF-2022") { rows { objective { number shortTitle } cells { region { code } countedEntries meanLevel } } }
         objectives { number shortTitle } reviewCycles { code kind } }`,
    );
    expect(dashboard.errors).toBeUndefined();
  });

  it("answers the IDE's introspection query, and refuses introspection that walks fields { type { fields ... } }", async () => {
    const ide = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const res = await t.gql<{ __schema: { types: unknown[] } }>(ide);
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.types.length).toBeGreaterThan(50);
    const cycle = `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`;
    expect((await refused(cycle)).extensions).toMatchObject({ limit: 'introspectionNesting', max: 3 });
    expect((await t.gql(cycle)).errors).toHaveLength(1);
    const throughFragments = `{ __type(name: "Query") { ...A } } fragment A on __Type { fields { type { ...B } } }
      fragment B on __Type { fields { type { ...C } } } fragment C on __Type { fields { type { fields { name } } } }`;
    const errors = (await t.gql(throughFragments)).errors;
    expect(errors?.map((e) => e.extensions?.limit)).toContain('introspectionNesting');
    expect(errors?.map((e) => e.extensions?.code)).toEqual(errors?.map(() => 'QUERY_TOO_COMPLEX'));
  });

  it('every list of objects in the schema declares its largest size (maxItems), or is the page of a connection', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type)) || !isObjectType(getNamedType(field.type))) continue;
        const estimator = field.extensions.complexity as ListSizeEstimator | undefined;
        if (!estimator || estimator.maxItems === undefined) undeclared.push(`${type.name}.${field.name}`);
        if (estimator?.maxItems === 'page' && !type.name.endsWith('Connection'))
          undeclared.push(`${type.name}.${field.name} (page outside a connection)`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});

(serverUrl() ? describe : describe.skip)('the time budget of a statement on a PostgreSQL server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DATABASE_STATEMENT_TIMEOUT_MS: '300' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('cancels a statement that runs past DATABASE_STATEMENT_TIMEOUT_MS', async () => {
    await expect(t.dataSource.query('SELECT pg_sleep(3)')).rejects.toMatchObject({ driverError: { code: '57014' } });
    // The connection is usable again at once.
    await expect(t.dataSource.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
  });
});
