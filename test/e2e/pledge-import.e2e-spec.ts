import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/common/auth/role.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const IMPORT =
  'mutation($file: Upload!, $dryRun: Boolean) { importPledges(file: $file, dryRun: $dryRun) { rows imported dryRun pledgeIds } }';

const HEADER =
  'title,description,pledgingEntityKind,pledgingCountry,pledgingEntityName,implementationCountries,cycle,nature,type,participants,objectives,guidingPrinciples,target,targetDate,status,statusDate,statusNarrative,evidenceLinks';
const GOOD_ROWS = [
  'National GCM implementation plan,"Morocco will adopt a national plan, with civil society, to implement the Compact.",MEMBER_STATE,MAR,,,IMRF-2022,PROCESS,INDIVIDUAL,,23;16,1;10,Plan adopted,2024-12-31,IN_PROGRESS,2023-10-01,Drafting committee set up.,https://example.org/plan',
  '"Côte d\'Ivoire: état civil pour tous","Enregistrement des naissances des enfants de migrants, avec l\'UNICEF.",MEMBER_STATE,CIV,,CIV,IMRF-2022,POLICY,INDIVIDUAL,,4,8,Births registered within 90 days,2026-06-30,,,,',
  'Türkiye–Ghana skills partnership,Vocational training in both countries for prospective labour migrants.,CIVIL_SOCIETY,TUR,Skills Without Borders,TUR;GHA,,HUMAN_RESOURCES,PARTNERSHIP,Ghana|MEMBER_STATE|GHA;ILO|UN_ENTITY|,18;5,,"2,000 people trained",,PLANNING,,,',
];
const csv = (...rows: string[]): string => [HEADER, ...rows].join('\r\n');

describe('importing pledges from a CSV file: all or nothing', () => {
  let t: TestApp;
  let secretariat: Record<string, string>;
  let focalPoint: Record<string, string>;
  const pledgeCount = async (): Promise<number> =>
    ((await t.dataSource.query('SELECT count(*)::int AS n FROM pledge')) as { n: number }[])[0].n;
  const fingerprint = (): Promise<unknown> =>
    t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM pledge) AS pledges, (SELECT count(*)::int FROM pledge_update) AS updates,
              (SELECT count(*)::int FROM pledge_objective) AS objectives, (SELECT count(*)::int FROM audit_event) AS events`,
    );

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await signIn(t, (await createTestAccount(t, Role.SECRETARIAT)).email);
    focalPoint = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MAR')).email);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('validates a good file on a dry run without writing, then imports every row with its history', async () => {
    const before = await fingerprint();
    const dry = await t.upload(IMPORT, { dryRun: true }, { name: 'pledges.csv', content: csv(...GOOD_ROWS) }, secretariat);
    expect(dry.errors).toBeUndefined();
    expect(dry.data).toEqual({ importPledges: { rows: 3, imported: 0, dryRun: true, pledgeIds: [] } });
    expect(await fingerprint()).toEqual(before);

    const res = await t.upload<{ importPledges: { imported: number; pledgeIds: string[] } }>(
      IMPORT,
      {},
      { name: 'pledges.csv', content: `\uFEFF${csv(...GOOD_ROWS)}` },
      secretariat,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.importPledges.imported).toBe(3);
    const ids = res.data?.importPledges.pledgeIds ?? [];
    const read = await t.gql<{ pledge: Record<string, unknown> }>(
      `query($id: ID!) { pledge(id: $id) { title status statusDate byChampionCountry objectives { isMain objective { number } } guidingPrinciples { number } updates { status narrative evidenceLinks recordedBy } } }`,
      { id: ids[0] },
      secretariat,
    );
    expect(read.data?.pledge).toEqual({
      title: 'National GCM implementation plan',
      status: 'IN_PROGRESS',
      statusDate: '2023-10-01',
      byChampionCountry: true,
      objectives: [
        { isMain: true, objective: { number: 23 } },
        { isMain: false, objective: { number: 16 } },
      ],
      guidingPrinciples: [{ number: 1 }, { number: 10 }],
      updates: [
        {
          status: 'IN_PROGRESS',
          narrative: 'Drafting committee set up.',
          evidenceLinks: ['https://example.org/plan'],
          recordedBy: expect.stringMatching(/^secretariat-/),
        },
      ],
    });
    const accents = await t.gql<{ pledge: { title: string; pledgingCountry: { name: string } } }>(
      'query($id: ID!) { pledge(id: $id) { title pledgingCountry { name } } }',
      { id: ids[1] },
    );
    expect(accents.data?.pledge).toEqual({ title: "Côte d'Ivoire: état civil pour tous", pledgingCountry: { name: 'Côte d’Ivoire' } });
    const partnership = await t.gql<{ pledge: Record<string, unknown> }>(
      'query($id: ID!) { pledge(id: $id) { pledgingEntity { kind name countryIso3 } type participants { name kind countryIso3 } implementationCountries { iso3 } target } }',
      { id: ids[2] },
    );
    expect(partnership.data?.pledge).toEqual({
      pledgingEntity: { kind: 'CIVIL_SOCIETY', name: 'Skills Without Borders', countryIso3: 'TUR' },
      type: 'PARTNERSHIP',
      participants: [
        { name: 'Ghana', kind: 'MEMBER_STATE', countryIso3: 'GHA' },
        { name: 'ILO', kind: 'UN_ENTITY', countryIso3: null },
      ],
      implementationCountries: [{ iso3: 'GHA' }, { iso3: 'TUR' }],
      target: '2,000 people trained',
    });
  });

  it('rejects a file with one bad row, naming the row and the reason, and writes nothing', async () => {
    const before = await fingerprint();
    const bad =
      'Bad objective row,A pledge that serves an objective the Compact does not have.,MEMBER_STATE,MAR,,,IMRF-2022,POLICY,INDIVIDUAL,,24,,Something,,,,,';
    const res = await t.upload(IMPORT, {}, { name: 'pledges.csv', content: csv(GOOD_ROWS[0], GOOD_ROWS[1], bad) }, secretariat);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toBe('1 of 3 rows are not valid; nothing was imported');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'rows[4].objectives', messages: ['each value in objectives must not be greater than 23'] },
    ]);
    expect(await fingerprint()).toEqual(before);
  });

  it('reports every bad row with its reasons, including references checked against the database', async () => {
    const before = await pledgeCount();
    const rows = [
      GOOD_ROWS[0],
      'No nature,Description long enough to pass.,MEMBER_STATE,MAR,,,IMRF-2022,,INDIVIDUAL,,16,,Target,,,,,',
      'Unknown country and cycle,Description long enough to pass.,MEMBER_STATE,ZZZ,,,IMRF-1999,POLICY,INDIVIDUAL,,16,,Target,,,,,',
      'Common without participants,Description long enough to pass.,MEMBER_STATE,MAR,,,,POLICY,COMMON,,16,,Target,2025-02-30,WITHDRAWN,,,',
    ];
    const res = await t.upload(IMPORT, {}, { name: 'pledges.csv', content: csv(...rows) }, secretariat);
    expect(res.errors?.[0].message).toBe('3 of 4 rows are not valid; nothing was imported');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'rows[3].nature', messages: ['nature must be one of the following values: FINANCIAL, HUMAN_RESOURCES, PROCESS, POLICY'] },
      { field: 'rows[4].pledgingCountry', messages: ['unknown country ZZZ'] },
      { field: 'rows[4].implementationCountries', messages: ['unknown countries: ZZZ'] },
      { field: 'rows[4].cycle', messages: ['unknown review cycle IMRF-1999'] },
      { field: 'rows[5].targetDate', messages: ['targetDate must be a date written YYYY-MM-DD'] },
    ]);
    expect(await pledgeCount()).toBe(before);
  });

  it('rejects files that are not the expected CSV, naming the file', async () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      [`${HEADER},colour\r\nx`, /unknown columns: colour|Invalid Record Length/],
      ['title,description\r\nA,B', /missing columns: nature, objectives, target/],
      [`${HEADER}\r\n"unterminated,quote`, /not a readable CSV file/],
      [HEADER, /no pledge rows/],
    ];
    for (const [content, message] of cases) {
      const res = await t.upload(IMPORT, {}, { name: 'pledges.csv', content }, secretariat);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const fields = res.errors?.[0].extensions?.fields ?? [];
      expect(fields[0]?.field).toBe('file');
      expect(fields.flatMap((f) => f.messages).join(' ')).toMatch(message);
    }
    const latin1 = await t.upload(IMPORT, {}, { name: 'pledges.csv', content: Buffer.from(`${HEADER}\r\nC\xf4te`, 'latin1') }, secretariat);
    expect(latin1.errors?.[0].extensions?.fields).toEqual([{ field: 'file', messages: ['save the CSV file as UTF-8'] }]);
  });

  it('is for the secretariat only, and needs the CSRF preflight header', async () => {
    const asFocalPoint = await t.upload(IMPORT, {}, { name: 'pledges.csv', content: csv(GOOD_ROWS[0]) }, focalPoint);
    expect(asFocalPoint.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.upload(IMPORT, {}, { name: 'pledges.csv', content: csv(GOOD_ROWS[0]) });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const noPreflight = await t.http
      .post('/graphql')
      .set(secretariat)
      .field('operations', JSON.stringify({ query: IMPORT, variables: { file: null } }))
      .field('map', JSON.stringify({ 0: ['variables.file'] }))
      .attach('0', Buffer.from(csv(GOOD_ROWS[0])), { filename: 'pledges.csv', contentType: 'text/csv' });
    expect(noPreflight.status).toBe(400);
  });
});
