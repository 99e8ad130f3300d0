import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/common/auth/role.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const IMPORT =
  'mutation($file: Upload!, $dryRun: Boolean) { importPledges(file: $file, dryRun: $dryRun) { rows imported created updated unchanged dryRun pledgeIds } }';

const HEADER =
  'externalId,title,description,pledgingEntityKind,pledgingCountry,pledgingEntityName,implementationCountries,cycle,nature,type,participants,objectives,guidingPrinciples,target,targetDate,status,statusDate,statusNarrative,evidenceLinks';
const GOOD_ROWS = [
  'MAR-1,National GCM implementation plan,"Morocco will adopt a national plan, with civil society, to implement the Compact.",MEMBER_STATE,MAR,,,IMRF-2022,PROCESS,INDIVIDUAL,,23;16,1;10,Plan adopted,2024-12-31,IN_PROGRESS,2023-10-01,Drafting committee set up.,https://example.org/plan',
  'CIV-1,"Côte d\'Ivoire: état civil pour tous","Enregistrement des naissances des enfants de migrants, avec l\'UNICEF.",MEMBER_STATE,CIV,,CIV,IMRF-2022,POLICY,INDIVIDUAL,,4,8,Births registered within 90 days,2026-06-30,,,,',
  'SWB-1,Türkiye–Ghana skills partnership,Vocational training in both countries for prospective labour migrants.,CIVIL_SOCIETY,TUR,Skills Without Borders,TUR;GHA,,HUMAN_RESOURCES,PARTNERSHIP,Ghana|MEMBER_STATE|GHA;ILO|UN_ENTITY|,18;5,,"2,000 people trained",,PLANNING,,,',
];
const csv = (...rows: string[]): string => [HEADER, ...rows].join('\r\n');
/** The rows with other external ids, so a test imports pledges of its own. */
const renamed = (suffix: string, rows: string[]): string[] => rows.map((r) => r.replace(/^([A-Z]+-\d+),/, `$1-${suffix},`));
const today = (): string => new Date().toISOString().slice(0, 10);
const outcome = (created: number, updated: number, unchanged: number, dryRun = false) => ({
  rows: created + updated + unchanged,
  imported: created + updated,
  created,
  updated,
  unchanged,
  dryRun,
});

describe('importing pledges from a CSV file: all or nothing', () => {
  let t: TestApp;
  let secretariat: Record<string, string>;
  let focalPoint: Record<string, string>;
  const pledgeCount = async (): Promise<number> =>
    (await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM pledge'))[0].n;
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
    expect(dry.data).toEqual({ importPledges: { ...outcome(3, 0, 0, true), pledgeIds: [] } });
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
      'BAD-1,Bad objective row,A pledge that serves an objective the Compact does not have.,MEMBER_STATE,MAR,,,IMRF-2022,POLICY,INDIVIDUAL,,24,,Something,,,,,';
    const res = await t.upload(IMPORT, {}, { name: 'pledges.csv', content: csv(GOOD_ROWS[0], GOOD_ROWS[1], bad) }, secretariat);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toBe('1 of 3 rows are not valid; nothing was imported');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'rows[4].objectives', messages: ['each value in objectives must not be greater than 23'] },
    ]);
    // The good rows were not imported by this refused file (nor is anything left of it).
    expect(await fingerprint()).toEqual(before);
  });

  it('reports every problem of every row in one pass: formats, rules between fields, references', async () => {
    const before = await pledgeCount();
    const rows = [
      GOOD_ROWS[0],
      'P-2,No nature,Description long enough to pass.,MEMBER_STATE,MAR,,,IMRF-2022,,INDIVIDUAL,,16,,Target,,,,,',
      'P-3,Unknown country and cycle,Description long enough to pass.,MEMBER_STATE,ZZZ,,,IMRF-1999,POLICY,INDIVIDUAL,,16,,Target,,,,,',
      'P-4,Common without participants,Description long enough to pass.,MEMBER_STATE,MAR,,,,POLICY,COMMON,,16,,Target,2025-02-30,WITHDRAWN,,,',
      'P-5,Bad date and unknown cycle,Description long enough to pass.,MEMBER_STATE,XXX,,,IMRF-2099,POLICY,INDIVIDUAL,,16,,Target,2026-13-01,,,,',
      ',No external id,Description long enough to pass.,MEMBER_STATE,MAR,,,,POLICY,INDIVIDUAL,,16;99,,Target,,,2099-01-01,,',
    ];
    const res = await t.upload(IMPORT, {}, { name: 'pledges.csv', content: csv(...rows) }, secretariat);
    expect(res.errors?.[0].message).toBe('5 of 6 rows are not valid; nothing was imported');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'rows[3].nature', messages: ['nature must be one of the following values: FINANCIAL, HUMAN_RESOURCES, PROCESS, POLICY'] },
      { field: 'rows[4].pledgingCountry', messages: ['unknown country ZZZ'] },
      { field: 'rows[4].implementationCountries', messages: ['unknown countries: ZZZ'] },
      { field: 'rows[4].cycle', messages: ['unknown review cycle IMRF-1999'] },
      { field: 'rows[5].targetDate', messages: ['targetDate must be a date written YYYY-MM-DD, in the years 1900 to 9999'] },
      { field: 'rows[5].participants', messages: ['a COMMON pledge lists at least one participant'] },
      { field: 'rows[6].targetDate', messages: ['targetDate must be a date written YYYY-MM-DD, in the years 1900 to 9999'] },
      { field: 'rows[6].pledgingCountry', messages: ['unknown country XXX'] },
      { field: 'rows[6].implementationCountries', messages: ['unknown countries: XXX'] },
      { field: 'rows[6].cycle', messages: ['unknown review cycle IMRF-2099'] },
      { field: 'rows[7].objectives', messages: ['each value in objectives must not be greater than 23'] },
      { field: 'rows[7].externalId', messages: ["required: the pledge's reference in your file or system"] },
      { field: 'rows[7].statusDate', messages: ['cannot be in the future'] },
    ]);
    expect(await pledgeCount()).toBe(before);
  });

  it('checks the rows of a file whose columns are wrong too, in the same answer', async () => {
    const header = 'externalId,title,description,pledgingCountry,objectives,target,colour';
    const res = await t.upload(
      IMPORT,
      {},
      { name: 'pledges.csv', content: `${header}\r\nQ-1,A pledge,Description long enough to pass.,ZZZ,16,Target,blue` },
      secretariat,
    );
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { field: 'file', messages: [expect.stringMatching(/^unknown columns: colour \(expected: externalId, title,/)] },
      { field: 'file', messages: ['missing columns: nature'] },
      { field: 'rows[2].pledgingCountry', messages: ['unknown country ZZZ'] },
      { field: 'rows[2].implementationCountries', messages: ['unknown countries: ZZZ'] },
    ]);
  });

  it('imports a file with the required columns only', async () => {
    const res = await t.upload(
      IMPORT,
      {},
      {
        name: 'pledges.csv',
        content:
          'externalId,title,description,pledgingCountry,nature,objectives,target\r\nMIN-1,Minimal pledge,Only the required columns.,SEN,POLICY,16,One target',
      },
      secretariat,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.importPledges).toMatchObject(outcome(1, 0, 0));
  });

  it('updates, on a new import, the pledges it imported before: by externalId, per pledging entity, row by row', async () => {
    const rows = renamed('again', GOOD_ROWS);
    const first = await t.upload<{ importPledges: { pledgeIds: string[] } }>(
      IMPORT,
      {},
      { name: 'p.csv', content: csv(...rows) },
      secretariat,
    );
    expect(first.data?.importPledges).toMatchObject(outcome(3, 0, 0));
    const ids = first.data?.importPledges.pledgeIds ?? [];

    // The same file again: nothing is created twice, nothing is written.
    const before = await fingerprint();
    const same = await t.upload(IMPORT, {}, { name: 'p.csv', content: csv(...rows) }, secretariat);
    expect(same.data?.importPledges).toEqual({ ...outcome(0, 0, 3), pledgeIds: ids });
    expect(await fingerprint()).toEqual(before);

    // Changed rows update their pledge: the fields (audited), and the status as a new step of the history.
    const changed = [
      rows[0].replace(
        'Plan adopted,2024-12-31,IN_PROGRESS,2023-10-01,Drafting committee set up.',
        'Plan adopted by the Council,2024-12-31,FULFILLED,2024-11-20,Plan adopted.',
      ),
      rows[1],
      rows[2].replace('"2,000 people trained"', '"2,500 people trained"'),
    ];
    const dry = await t.upload(IMPORT, { dryRun: true }, { name: 'p.csv', content: csv(...changed) }, secretariat);
    expect(dry.data?.importPledges).toEqual({ ...outcome(0, 2, 1, true), pledgeIds: [] });
    expect(await fingerprint()).toEqual(before);
    const updated = await t.upload(IMPORT, {}, { name: 'p.csv', content: csv(...changed) }, secretariat);
    expect(updated.data?.importPledges).toEqual({ ...outcome(0, 2, 1), pledgeIds: ids });
    const plan = await t.gql<{ pledge: Record<string, unknown> }>(
      'query($id: ID!) { pledge(id: $id) { externalId target status statusDate version updates { status date narrative } } }',
      { id: ids[0] },
      secretariat,
    );
    expect(plan.data?.pledge).toEqual({
      externalId: 'MAR-1-again',
      target: 'Plan adopted by the Council',
      status: 'FULFILLED',
      statusDate: '2024-11-20',
      version: 3,
      updates: [
        { status: 'IN_PROGRESS', date: '2023-10-01', narrative: 'Drafting committee set up.' },
        { status: 'FULFILLED', date: '2024-11-20', narrative: 'Plan adopted.' },
      ],
    });
    const events = await t.dataSource.query<{ entity_id: string; action: string; changes: unknown }[]>(
      'SELECT entity_id, action, changes FROM audit_event WHERE entity_id = ANY($1) AND action <> $2 ORDER BY id',
      [ids, 'CREATE'],
    );
    expect(events.map((e) => [ids.indexOf(e.entity_id), e.action])).toEqual([
      [0, 'UPDATE'],
      [0, 'STATUS_CHANGE'],
      [2, 'UPDATE'],
    ]);
    expect(events[0].changes).toEqual({
      target: { before: 'Plan adopted', after: 'Plan adopted by the Council' },
    });

    // What a pledge cannot take is refused, row by row, and nothing is written.
    const after = await fingerprint();
    const refused = await t.upload(
      IMPORT,
      {},
      {
        name: 'p.csv',
        content: csv(
          changed[0].replace('FULFILLED,2024-11-20', 'IN_PROGRESS,2024-12-01'),
          rows[1].replace('2026-06-30,,,,', '2026-06-30,IN_PROGRESS,2020-01-01,Started.,'),
          rows[1].replace('Births registered within 90 days', 'Another target'),
          rows[2].replace(/^SWB-1-again/, 'MAR-1-again'),
        ),
      },
      secretariat,
    );
    expect(refused.errors?.[0].message).toBe('3 of 4 rows are not valid; nothing was imported');
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      { field: 'rows[2].status', messages: ['not allowed after FULFILLED'] },
      { field: 'rows[3].statusDate', messages: [`cannot be before the latest update (${today()})`] },
      { field: 'rows[4].externalId', messages: ['also in row 3, for the same pledging entity'] },
    ]);
    expect(await fingerprint()).toEqual(after);
  });

  it('keeps external ids unique per pledging entity in createPledge and updatePledge too', async () => {
    const create = (externalId: string, country: string) =>
      t.gql<{ createPledge: { id: string; version: number; externalId: string } }>(
        'mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id version externalId } }',
        {
          input: {
            externalId,
            title: 'A pledge with a reference',
            description: 'A pledge made with an external reference.',
            pledgingCountry: country,
            nature: 'POLICY',
            objectives: [16],
            target: 'Target',
          },
        },
        secretariat,
      );
    const a = await create('REF-7', 'MAR');
    expect(a.data?.createPledge.externalId).toBe('REF-7');
    expect((await create('REF-7', 'SEN')).errors).toBeUndefined();
    const twice = await create('REF-7', 'MAR');
    expect(twice.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'input.externalId', messages: [`already the external id of pledge ${a.data?.createPledge.id}`] }],
    });
    const b = await create('REF-8', 'MAR');
    const renaming = await t.gql(
      'mutation($id: ID!, $v: Int!) { updatePledge(id: $id, version: $v, input: { externalId: "REF-7" }) { id } }',
      { id: b.data?.createPledge.id, v: b.data?.createPledge.version },
      secretariat,
    );
    expect(renaming.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('rejects files that are not the expected CSV, naming the file', async () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      [`${HEADER},colour\r\nx`, /unknown columns: colour|Invalid Record Length/],
      [
        'title,description,title\r\nA,B,C',
        /missing columns: externalId, pledgingCountry, nature, objectives, target.*columns named twice: title/,
      ],
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
