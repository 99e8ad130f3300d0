import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/common/auth/role.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { createPledge, moroccoPledgeInput, PLEDGE_FIELDS, recordPledgeUpdate } from '../factories/pledges.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Headers = Record<string, string>;

describe('pledges: recorded by focal points, tracked over time, public to read', () => {
  let t: TestApp;
  let morocco: Headers;
  let mexico: Headers;
  let secretariat: Headers;
  let analyst: Headers;

  /** Everything a refused write could have touched. */
  const fingerprint = (): Promise<unknown> =>
    t.dataSource.query(
      `SELECT (SELECT md5(coalesce(string_agg(p::text, ',' ORDER BY p.id), '')) FROM pledge p) AS pledges,
              (SELECT count(*)::int FROM pledge_update) AS updates,
              (SELECT count(*)::int FROM pledge_objective) AS objectives,
              (SELECT count(*)::int FROM audit_event) AS events`,
    );

  beforeAll(async () => {
    t = await startTestApp();
    morocco = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MAR')).email);
    mexico = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MEX')).email);
    secretariat = await signIn(t, (await createTestAccount(t, Role.SECRETARIAT)).email);
    analyst = await signIn(t, (await createTestAccount(t, Role.ANALYST)).email);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lets a Morocco focal point record a pledge on Objective 16 at IMRF-2022, update it twice and see the history', async () => {
    const created = await t.gql<{ createPledge: Record<string, unknown> }>(
      `mutation($input: CreatePledgeInput!) { createPledge(input: $input) { ${PLEDGE_FIELDS} cycle { code } pledgingCountry { name } implementationCountries { iso3 } mainObjective { number } guidingPrinciples { number } } }`,
      { input: moroccoPledgeInput({ objectives: [16, 15], mainObjective: 16 }) },
      morocco,
    );
    expect(created.errors).toBeUndefined();
    const pledge = created.data?.createPledge as { id: string; version: number } & Record<string, unknown>;
    expect(pledge).toMatchObject({
      status: 'PLANNING',
      statusDate: '2022-05-20',
      cycleCode: 'IMRF-2022',
      cycle: { code: 'IMRF-2022' },
      pledgingEntity: { kind: 'MEMBER_STATE', name: null, countryIso3: 'MAR' },
      pledgingCountry: { name: 'Morocco' },
      byChampionCountry: true,
      implementationCountries: [{ iso3: 'MAR' }],
      mainObjective: { number: 16 },
      objectives: [
        { isMain: true, objective: { number: 16 } },
        { isMain: false, objective: { number: 15 } },
      ],
      guidingPrinciples: [{ number: 1 }, { number: 6 }],
      type: 'INDIVIDUAL',
      version: 1,
    });

    const second = await recordPledgeUpdate(t, morocco, pledge, {
      status: 'IN_PROGRESS',
      date: '2023-03-01',
      narrative: 'Vocational training opened to migrants in three regions.',
      evidenceLinks: ['https://example.org/decree-2023'],
    });
    expect(second.version).toBe(2);
    const third = await recordPledgeUpdate(t, morocco, second, {
      status: 'FULFILLED',
      date: '2024-06-30',
      narrative: 'Programme running in all twelve regions.',
    });
    expect(third).toMatchObject({ status: 'FULFILLED', version: 3 });

    const readAs = (headers: Headers) =>
      t.gql<{ pledge: { status: string; statusDate: string; updates: { recordedBy: string | null }[] } }>(
        `query($id: ID!) { pledge(id: $id) { ${PLEDGE_FIELDS} } }`,
        { id: pledge.id },
        headers,
      );
    const read = await readAs(morocco);
    expect(read.data?.pledge.status).toBe('FULFILLED');
    expect(read.data?.pledge.statusDate).toBe('2024-06-30');
    expect(read.data?.pledge.updates).toEqual([
      {
        status: 'PLANNING',
        previousStatus: null,
        date: '2022-05-20',
        narrative: 'Announced at the International Migration Review Forum.',
        evidenceLinks: [],
        recordedBy: expect.stringMatching(/^focal_point-/),
      },
      {
        status: 'IN_PROGRESS',
        previousStatus: 'PLANNING',
        date: '2023-03-01',
        narrative: 'Vocational training opened to migrants in three regions.',
        evidenceLinks: ['https://example.org/decree-2023'],
        recordedBy: expect.stringMatching(/^focal_point-/),
      },
      {
        status: 'FULFILLED',
        previousStatus: 'IN_PROGRESS',
        date: '2024-06-30',
        narrative: 'Programme running in all twelve regions.',
        evidenceLinks: [],
        recordedBy: expect.stringMatching(/^focal_point-/),
      },
    ]);
    // The public, analysts and other countries see the history, not who recorded it.
    for (const headers of [{}, analyst, mexico]) {
      const other = await readAs(headers);
      expect(other.data?.pledge.status).toBe('FULFILLED');
      expect(other.data?.pledge.updates.map((u) => u.recordedBy)).toEqual([null, null, null]);
    }

    const trail = await t.gql<{ auditEvents: { nodes: { action: string }[] } }>(
      'query($id: String!) { auditEvents(filter: { entityType: "Pledge", entityId: $id }) { nodes { action } } }',
      { id: pledge.id },
      morocco,
    );
    expect(trail.data?.auditEvents.nodes.map((e) => e.action)).toEqual(['STATUS_CHANGE', 'STATUS_CHANGE', 'CREATE']);
  });

  it('refuses a Mexico focal point any write on a Morocco pledge, and changes nothing', async () => {
    const pledge = await createPledge(t, morocco);
    const before = await fingerprint();
    const update = await t.gql(
      'mutation($id: ID!) { updatePledge(id: $id, version: 1, input: { title: "Taken over" }) { id } }',
      { id: pledge.id },
      mexico,
    );
    expect(update.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const status = await t.gql(
      'mutation($id: ID!) { recordPledgeUpdate(pledgeId: $id, version: 1, input: { status: WITHDRAWN, narrative: "Withdrawn" }) { id } }',
      { id: pledge.id },
      mexico,
    );
    expect(status.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const create = await t.gql(
      'mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id } }',
      { input: moroccoPledgeInput() },
      mexico,
    );
    expect(create.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asAnalyst = await t.gql(
      'mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id } }',
      { input: moroccoPledgeInput() },
      analyst,
    );
    expect(asAnalyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stakeholder = await t.gql(
      'mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id } }',
      { input: moroccoPledgeInput({ pledgingEntityKind: 'CIVIL_SOCIETY', pledgingEntityName: 'Association Rabat' }) },
      morocco,
    );
    expect(stakeholder.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses a stale version with CONFLICT, and the other write is not lost', async () => {
    const pledge = await createPledge(t, morocco);
    const first = await t.gql<{ updatePledge: { version: number; title: string } }>(
      'mutation($id: ID!) { updatePledge(id: $id, version: 1, input: { title: "Inclusion of migrants in vocational training" }) { version title } }',
      { id: pledge.id },
      secretariat,
    );
    expect(first.data?.updatePledge).toEqual({ version: 2, title: 'Inclusion of migrants in vocational training' });
    const before = await fingerprint();
    const stale = await t.gql(
      'mutation($id: ID!) { updatePledge(id: $id, version: 1, input: { title: "Overwritten" }) { version } }',
      { id: pledge.id },
      morocco,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions?.fields).toEqual([{ field: 'version', messages: ['stale: the current version is 2'] }]);
    const staleStatus = await t.gql(
      'mutation($id: ID!) { recordPledgeUpdate(pledgeId: $id, version: 1, input: { status: IN_PROGRESS, narrative: "Started" }) { version } }',
      { id: pledge.id },
      morocco,
    );
    expect(staleStatus.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await fingerprint()).toEqual(before);
    const read = await t.gql<{ pledge: { title: string } }>('query($id: ID!) { pledge(id: $id) { title } }', { id: pledge.id });
    expect(read.data?.pledge.title).toBe('Inclusion of migrants in vocational training');
  });

  it('lets two concurrent writers of one version through one at a time: one wins, the other gets CONFLICT', async () => {
    const pledge = await createPledge(t, morocco);
    const write = (title: string, headers: Headers) =>
      t.gql(
        'mutation($id: ID!, $title: String!) { updatePledge(id: $id, version: 1, input: { title: $title }) { version title } }',
        { id: pledge.id, title },
        headers,
      );
    const results = await Promise.all([write('Written by the focal point', morocco), write('Written by the secretariat', secretariat)]);
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)?.data as { updatePledge: { title: string } };
    const read = await t.gql<{ pledge: { title: string; version: number } }>('query($id: ID!) { pledge(id: $id) { title version } }', {
      id: pledge.id,
    });
    expect(read.data?.pledge).toEqual({ title: winner.updatePledge.title, version: 2 });
  });

  it('refuses illegal status changes with ILLEGAL_TRANSITION and bad dates with the field named', async () => {
    const pledge = await createPledge(t, morocco);
    const withdrawn = await recordPledgeUpdate(t, morocco, pledge, {
      status: 'WITHDRAWN',
      date: '2023-01-10',
      narrative: 'Superseded by the 2023 national plan.',
    });
    const before = await fingerprint();
    const after = await t.gql(
      'mutation($id: ID!, $v: Int!) { recordPledgeUpdate(pledgeId: $id, version: $v, input: { status: IN_PROGRESS, narrative: "Resumed" }) { id } }',
      { id: pledge.id, v: withdrawn.version },
      morocco,
    );
    expect(after.errors?.[0].extensions?.code).toBe('ILLEGAL_TRANSITION');
    expect(after.errors?.[0].extensions?.fields).toEqual([{ field: 'input.status', messages: ['not allowed after WITHDRAWN'] }]);

    const other = await createPledge(t, morocco);
    const backwards = await t.gql(
      'mutation($id: ID!) { recordPledgeUpdate(pledgeId: $id, version: 1, input: { status: IN_PROGRESS, date: "2021-01-01", narrative: "Earlier than the pledge" }) { id } }',
      { id: other.id },
      morocco,
    );
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.date', messages: ['cannot be before the latest update (2022-05-20)'] },
    ]);
    const future = await t.gql(
      'mutation($id: ID!) { recordPledgeUpdate(pledgeId: $id, version: 1, input: { status: IN_PROGRESS, date: "2999-01-01", narrative: "Not yet" }) { id } }',
      { id: other.id },
      morocco,
    );
    expect(future.errors?.[0].extensions?.fields).toEqual([{ field: 'input.date', messages: ['cannot be in the future'] }]);
    const impossible = await t.gql(
      'mutation($id: ID!) { recordPledgeUpdate(pledgeId: $id, version: 1, input: { status: IN_PROGRESS, date: "2023-02-30", narrative: "No such day" }) { id } }',
      { id: other.id },
      morocco,
    );
    expect(impossible.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.date', messages: ['date must be a date written YYYY-MM-DD, in the years 1900 to 9999'] },
    ]);
    expect(await fingerprint()).not.toEqual(before); // `other` was created in between
  });

  it('names every field at fault and writes nothing', async () => {
    const before = await fingerprint();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ objectives: [] }, ['input.objectives']],
      [{ objectives: [24] }, ['input.objectives']],
      [{ objectives: [16], mainObjective: 23 }, ['input.mainObjective']],
      [{ type: 'MATCHING' }, ['input.matchesPledge']],
      [{ type: 'COMMON' }, ['input.participants']],
      [{ cycle: 'IMRF-2018' }, ['input.cycle']],
      [{ implementationCountries: ['MAR', 'ZZZ'] }, ['input.implementationCountries']],
      [{ isGlobal: true, implementationCountries: ['MAR'] }, ['input.implementationCountries']],
      [{ targetDate: '31/12/2027', title: 'x' }, ['input.title', 'input.targetDate']],
      [{ pledgingCountry: null }, ['input.pledgingCountry', 'input.implementationCountries']],
    ];
    for (const [overrides, fields] of cases) {
      const res = await t.gql(
        'mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id } }',
        { input: moroccoPledgeInput(overrides) },
        secretariat,
      );
      expect([overrides, res.errors?.[0].extensions?.code]).toEqual([overrides, 'BAD_USER_INPUT']);
      expect([overrides, (res.errors?.[0].extensions?.fields ?? []).map((f) => f.field).sort()]).toEqual([overrides, [...fields].sort()]);
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('lets the secretariat record stakeholder and partnership pledges, and a matching pledge links to the one it matches', async () => {
    const original = await createPledge(t, secretariat, {
      pledgingEntityKind: 'CIVIL_SOCIETY',
      pledgingEntityName: 'Migrant Rights Network Africa',
      pledgingCountry: 'SEN',
      type: 'PARTNERSHIP',
      participants: [
        { name: 'Ghana', kind: 'MEMBER_STATE', country: 'GHA' },
        { name: 'IOM', kind: 'UN_ENTITY' },
      ],
      implementationCountries: ['SEN', 'GHA'],
      nature: 'HUMAN_RESOURCES',
    });
    const matching = await createPledge(t, secretariat, {
      type: 'MATCHING',
      matchesPledge: original.id,
      nature: 'FINANCIAL',
      isGlobal: true,
      implementationCountries: [],
    });
    const res = await t.gql<{ pledge: Record<string, unknown> }>(
      `query($id: ID!) { pledge(id: $id) { isGlobal implementationCountries { iso3 } matchesPledge { id byChampionCountry pledgingEntity { kind name countryIso3 } participants { name kind countryIso3 } implementationCountries { iso3 } } } }`,
      { id: matching.id },
    );
    expect(res.data?.pledge).toEqual({
      isGlobal: true,
      implementationCountries: [],
      matchesPledge: {
        id: original.id,
        byChampionCountry: false,
        pledgingEntity: { kind: 'CIVIL_SOCIETY', name: 'Migrant Rights Network Africa', countryIso3: 'SEN' },
        participants: [
          { name: 'Ghana', kind: 'MEMBER_STATE', countryIso3: 'GHA' },
          { name: 'IOM', kind: 'UN_ENTITY', countryIso3: null },
        ],
        implementationCountries: [{ iso3: 'GHA' }, { iso3: 'SEN' }],
      },
    });
  });

  describe('finding pledges', () => {
    let t2: TestApp;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      t2 = await startTestApp();
      const fp = async (iso3: string) => signIn(t2, (await createTestAccount(t2, Role.FOCAL_POINT, iso3)).email);
      const mar = await fp('MAR');
      const prt = await fp('PRT');
      const fra = await fp('FRA');
      ids.marInclusion = (await createPledge(t2, mar, { title: 'Inclusion of migrant workers', objectives: [16] })).id;
      const marPlan = await createPledge(t2, mar, {
        title: 'National implementation plan',
        objectives: [23, 16],
        cycle: 'RR2-ECA-2024',
        nature: 'PROCESS',
        targetDate: '2023-01-31',
      });
      ids.marPlan = marPlan.id;
      ids.prtData = (
        await createPledge(t2, prt, {
          title: 'Better migration data',
          pledgingCountry: 'PRT',
          objectives: [1],
          description: 'Portugal will publish disaggregated statistics on labour migration every year.',
          targetDate: null,
        })
      ).id;
      ids.fraFr = (
        await createPledge(t2, fra, {
          title: 'Accueil des travailleurs saisonniers',
          pledgingCountry: 'FRA',
          language: 'FR',
          objectives: [6],
          description: "La France s'engage à améliorer les conditions de logement des travailleurs saisonniers agricoles.",
          target: 'Logements inspectés chaque année',
          targetDate: '2028-06-30',
        })
      ).id;
      await recordPledgeUpdate(t2, mar, { id: ids.marInclusion, version: 1 }, { status: 'IN_PROGRESS', narrative: 'Started.' });
    });
    afterAll(async () => {
      await t2?.close();
    });

    const find = async (args: string): Promise<string[]> => {
      const res = await t2.gql<{ pledges: { nodes: { id: string }[]; totalCount: number } }>(
        `{ pledges${args ? `(${args})` : ''} { totalCount nodes { id } } }`,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.pledges.totalCount).toBe(res.data?.pledges.nodes.length);
      return (res.data?.pledges.nodes ?? []).map((n) => n.id);
    };

    it('filters by country, region, objective, cycle, status, nature, champion and overdue, for anyone', async () => {
      expect((await find('filter: { country: "MAR" }')).sort()).toEqual([ids.marInclusion, ids.marPlan].sort());
      expect((await find('filter: { region: "ECA" }')).sort()).toEqual([ids.marInclusion, ids.marPlan].sort());
      expect((await find('filter: { region: "EUROPE", scheme: GEOGRAPHIC }')).sort()).toEqual([ids.prtData, ids.fraFr].sort());
      expect((await find('filter: { objective: 16 }')).sort()).toEqual([ids.marInclusion, ids.marPlan].sort());
      expect(await find('filter: { cycle: "RR2-ECA-2024" }')).toEqual([ids.marPlan]);
      expect(await find('filter: { status: IN_PROGRESS }')).toEqual([ids.marInclusion]);
      expect(await find('filter: { nature: PROCESS }')).toEqual([ids.marPlan]);
      expect((await find('filter: { championOnly: true }')).sort()).toEqual([ids.marInclusion, ids.marPlan, ids.prtData].sort());
      expect(await find('filter: { overdueOnly: true }')).toEqual([ids.marPlan]);
      expect(await find('filter: { country: "MAR", objective: 23, status: PLANNING }')).toEqual([ids.marPlan]);
    });

    it('orders newest first by default, by title and by target date (undated last), with stable cursors', async () => {
      expect(await find('')).toEqual([ids.fraFr, ids.prtData, ids.marPlan, ids.marInclusion]);
      expect(await find('orderBy: TITLE')).toEqual([ids.fraFr, ids.prtData, ids.marInclusion, ids.marPlan]);
      expect(await find('orderBy: TARGET_DATE')).toEqual([ids.marPlan, ids.marInclusion, ids.fraFr, ids.prtData]);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const res: {
          data?: { pledges: { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } | null;
        } = await t2.gql(
          'query($after: String) { pledges(orderBy: TARGET_DATE, first: 1, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }',
          { after },
        );
        seen.push(...(res.data?.pledges.nodes ?? []).map((n) => n.id));
        after = res.data?.pledges.pageInfo.hasNextPage ? res.data.pledges.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual([ids.marPlan, ids.marInclusion, ids.fraFr, ids.prtData]);
    });

    it('searches each pledge in its own language: stemmed words, ranked, title first', async () => {
      expect(await find('filter: { search: "saisonnier" }')).toEqual([ids.fraFr]);
      expect(await find('filter: { search: "logement" }')).toEqual([ids.fraFr]);
      expect(await find('filter: { search: "statistic" }')).toEqual([ids.prtData]);
      expect((await find('filter: { search: "migrant workers" }'))[0]).toBe(ids.marInclusion);
      expect(await find('filter: { search: "inclusion -workers" }')).not.toContain(ids.marInclusion);
      expect(await find('filter: { search: "nothing-like-this-anywhere" }')).toEqual([]);
    });

    it('refuses unknown regions and cycles, and RELEVANCE without a search, naming the field', async () => {
      const codeAndFields = async (args: string) => {
        const res = await t2.gql(`{ pledges(${args}) { totalCount } }`);
        return [res.errors?.[0].extensions?.code, (res.errors?.[0].extensions?.fields ?? []).map((f) => f.field)];
      };
      expect(await codeAndFields('filter: { region: "ATLANTIS" }')).toEqual(['BAD_USER_INPUT', ['filter.region']]);
      expect(await codeAndFields('filter: { region: "ECA", scheme: GEOGRAPHIC }')).toEqual(['BAD_USER_INPUT', ['filter.scheme']]);
      expect(await codeAndFields('filter: { cycle: "IMRF-2018" }')).toEqual(['BAD_USER_INPUT', ['filter.cycle']]);
      expect(await codeAndFields('orderBy: RELEVANCE')).toEqual(['BAD_USER_INPUT', ['orderBy']]);
      expect(await codeAndFields('filter: { objective: 24 }')).toEqual(['BAD_USER_INPUT', ['filter.objective']]);
      const missing = await t2.gql('{ pledge(id: "6f1c9a1e-3b7a-4c55-9a56-1f1d9b0f0000") { id } }');
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('costs the same number of SQL statements for 1 pledge as for all of them, nested fields included', async () => {
      const query = (first: number) =>
        `{ pledges(first: ${first}) { nodes { id pledgingCountry { name regions { code } } implementationCountries { iso3 } cycle { code } objectives { objective { number } } mainObjective { number } guidingPrinciples { number } updates { status } participants { name } matchesPledge { id } } } }`;
      // The process reads the reference objectives once, on first use: counted after that.
      await t2.gql(query(1));
      const one = await t2.gql(query(1));
      const all = await t2.gql(query(50));
      expect(one.errors).toBeUndefined();
      expect(Number(all.headers['x-sql-statements'])).toBe(Number(one.headers['x-sql-statements']));
    });
  });

  it('pages the same whether or not totalCount is asked for (the count is skipped when it is not)', async () => {
    for (let i = 0; i < 5; i++) await createPledge(t, secretariat, { title: `Paging pledge ${i}`, pledgingCountry: 'ISL' });
    type Page = { totalCount?: number; nodes: { title: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    const walk = async (withTotal: boolean): Promise<string[]> => {
      const titles: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: { data?: { pledges: Page } | null } = await t.gql<{ pledges: Page }>(
          `query($after: String) { pledges(first: 2, after: $after, filter: { country: "ISL" }, orderBy: TITLE) { ${withTotal ? 'totalCount' : ''} nodes { title } pageInfo { hasNextPage endCursor } ...more } }
           fragment more on PledgeConnection { edges { cursor } }`,
          { after },
        );
        const page = res.data?.pledges as Page;
        if (withTotal) expect(page.totalCount).toBe(5);
        else expect(page.totalCount).toBeUndefined();
        titles.push(...page.nodes.map((n) => n.title));
        if (!page.pageInfo.hasNextPage) return titles;
        after = page.pageInfo.endCursor;
      }
    };
    const expected = [0, 1, 2, 3, 4].map((i) => `Paging pledge ${i}`);
    expect(await walk(true)).toEqual(expected);
    expect(await walk(false)).toEqual(expected);
    // totalCount asked through a fragment is still counted.
    const viaFragment = await t.gql<{ pledges: { totalCount: number } }>(
      '{ pledges(filter: { country: "ISL" }) { ...counted } } fragment counted on PledgeConnection { totalCount }',
    );
    expect(viaFragment.data?.pledges.totalCount).toBe(5);
  });
});
