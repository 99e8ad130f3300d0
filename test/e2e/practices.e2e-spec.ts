import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/common/auth/role.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { createPledge, recordPledgeUpdate } from '../factories/pledges.factory.js';
import { createPractice, moroccoPracticeInput, practiceStep } from '../factories/practices.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Headers = Record<string, string>;

describe('good practices: drafted by focal points, published by the secretariat, searched by anyone', () => {
  let t: TestApp;
  let morocco: Headers;
  let mexico: Headers;
  let secretariat: Headers;
  let analyst: Headers;

  const fingerprint = (): Promise<unknown> =>
    t.dataSource.query(
      `SELECT (SELECT md5(coalesce(string_agg(g::text, ',' ORDER BY g.id), '')) FROM good_practice g) AS practices,
              (SELECT count(*)::int FROM good_practice_review) AS reviews,
              (SELECT count(*)::int FROM good_practice_objective) AS objectives,
              (SELECT count(*)::int FROM audit_event) AS events`,
    );
  const search = async (words: string, headers: Headers = {}): Promise<string[]> => {
    const res = await t.gql<{ goodPractices: { nodes: { id: string }[] } }>(
      'query($s: String!) { goodPractices(filter: { search: $s }) { nodes { id } } }',
      { s: words },
      headers,
    );
    expect(res.errors).toBeUndefined();
    return (res.data?.goodPractices.nodes ?? []).map((n) => n.id);
  };
  const read = (id: string, headers: Headers = {}) =>
    t.gql<{ goodPractice: Record<string, unknown> }>(
      'query($id: ID!) { goodPractice(id: $id) { id status version language ongoing ownerCountry { iso3 } countries { iso3 } mainObjective { number } reviewHistory { action comment actedByRole } } }',
      { id },
      headers,
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

  it('runs draft -> submitted -> returned -> resubmitted -> published, and the public then finds it by a French word', async () => {
    const draft = await createPractice(t, morocco);
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1 });
    expect((await read(draft.id, morocco)).data?.goodPractice).toMatchObject({
      ownerCountry: { iso3: 'MAR' },
      countries: [{ iso3: 'MAR' }],
      mainObjective: { number: 16 },
      ongoing: true,
    });

    // Not public yet: invisible to the public, analysts and other countries, in lists and by id.
    for (const headers of [{}, analyst, mexico]) {
      expect((await read(draft.id, headers)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await search('saisonniers', headers)).toEqual([]);
    }
    expect(await search('saisonniers', morocco)).toEqual([draft.id]);

    // Submitting needs results and lessons learned.
    const before = await fingerprint();
    const early = await t.gql('mutation($id: ID!) { submitGoodPractice(id: $id, version: 1) { id } }', { id: draft.id }, morocco);
    expect(early.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'results', messages: ['describe the results before submitting'] },
        { field: 'lessonsLearned', messages: ['describe the lessons learned before submitting'] },
      ],
    });
    expect(await fingerprint()).toEqual(before);

    const completed = await t.gql<{ updateGoodPractice: { version: number } }>(
      'mutation($id: ID!, $input: UpdateGoodPracticeInput!) { updateGoodPractice(id: $id, version: 1, input: $input) { version } }',
      {
        id: draft.id,
        input: { results: '4 200 travailleurs accompagnés en 2023.', lessonsLearned: 'Associer les employeurs dès la conception.' },
      },
      morocco,
    );
    expect(completed.data?.updateGoodPractice.version).toBe(2);
    const submitted = await practiceStep(t, morocco, 'submitGoodPractice', { id: draft.id, version: 2 });
    expect(submitted.status).toBe('SUBMITTED');

    // With the secretariat now: the focal point can no longer edit it.
    const locked = await t.gql(
      'mutation($id: ID!) { updateGoodPractice(id: $id, version: 3, input: { title: "Changed while in review" }) { id } }',
      { id: draft.id },
      morocco,
    );
    expect(locked.errors?.[0].extensions?.code).toBe('ILLEGAL_TRANSITION');

    const returned = await practiceStep(t, secretariat, 'returnGoodPractice', submitted, "Merci d'ajouter les chiffres de 2024.");
    expect(returned.status).toBe('RETURNED');
    const fixed = await t.gql<{ updateGoodPractice: { version: number } }>(
      'mutation($id: ID!, $v: Int!) { updateGoodPractice(id: $id, version: $v, input: { results: "4 200 travailleurs accompagnés en 2023, 6 100 en 2024." }) { version } }',
      { id: draft.id, v: returned.version },
      morocco,
    );
    const resubmitted = await practiceStep(t, morocco, 'submitGoodPractice', {
      id: draft.id,
      version: fixed.data?.updateGoodPractice.version ?? 0,
    });
    const published = await practiceStep(t, secretariat, 'publishGoodPractice', resubmitted);
    expect(published.status).toBe('PUBLISHED');

    // Public now: the anonymous caller finds it by a French word (stemmed: "saisonnier" matches "saisonniers").
    expect(await search('saisonnier')).toEqual([draft.id]);
    expect(await search('logement santé')).toEqual([draft.id]);
    const asPublic = (await read(draft.id)).data?.goodPractice;
    expect(asPublic).toMatchObject({ status: 'PUBLISHED', language: 'FR', reviewHistory: null });
    expect((await read(draft.id, morocco)).data?.goodPractice.reviewHistory).toEqual([
      { action: 'SUBMITTED', comment: null, actedByRole: 'FOCAL_POINT' },
      { action: 'RETURNED', comment: "Merci d'ajouter les chiffres de 2024.", actedByRole: 'SECRETARIAT' },
      { action: 'SUBMITTED', comment: null, actedByRole: 'FOCAL_POINT' },
      { action: 'PUBLISHED', comment: null, actedByRole: 'SECRETARIAT' },
    ]);
  });

  it("lists a country's own practices in every state with ownerCountry, each caller within what it may see", async () => {
    const draft = await createPractice(t, morocco, { title: 'Brouillon du Maroc pour la liste' });
    const returned = await practiceStep(
      t,
      secretariat,
      'returnGoodPractice',
      await practiceStep(t, morocco, 'submitGoodPractice', await createPractice(t, morocco, { results: 'R.', lessonsLearned: 'L.' })),
      'Préciser les partenaires.',
    );
    const mexican = await createPractice(t, mexico, { title: 'Borrador de México' });
    const mine = async (headers: Headers, extra = ''): Promise<{ id: string; status: string; ownerCountryIso3: string }[]> => {
      const res = await t.gql<{ goodPractices: { nodes: { id: string; status: string; ownerCountryIso3: string }[] } }>(
        `{ goodPractices(first: 100, filter: { ownerCountry: "mar"${extra} }) { nodes { id status ownerCountryIso3 } } }`,
        {},
        headers,
      );
      expect(res.errors).toBeUndefined();
      return res.data?.goodPractices.nodes ?? [];
    };
    const own = await mine(morocco);
    expect(own.map((n) => n.id)).toEqual(expect.arrayContaining([draft.id, returned.id]));
    expect(own.map((n) => n.id)).not.toContain(mexican.id);
    expect(new Set(own.map((n) => n.ownerCountryIso3))).toEqual(new Set(['MAR']));
    expect((await mine(morocco, ', status: RETURNED')).map((n) => n.id)).toContain(returned.id);
    expect(new Set((await mine(morocco, ', status: RETURNED')).map((n) => n.status))).toEqual(new Set(['RETURNED']));
    // Another country's focal point and the public see Morocco's published practices only.
    for (const headers of [mexico, {}]) expect(new Set((await mine(headers)).map((n) => n.status))).not.toContain('DRAFT');
    expect((await mine(mexico)).map((n) => n.id)).not.toContain(draft.id);
    const bad = await t.gql('{ goodPractices(filter: { ownerCountry: "MA" }) { totalCount } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'filter.ownerCountry' }] });
  });

  it('refuses workflow steps out of order with ILLEGAL_TRANSITION, and steps by the wrong caller, changing nothing', async () => {
    const draft = await createPractice(t, morocco, { results: 'Résultats.', lessonsLearned: 'Leçons.' });
    const before = await fingerprint();
    const publishDraft = await t.gql(
      'mutation($id: ID!) { publishGoodPractice(id: $id, version: 1) { id } }',
      { id: draft.id },
      secretariat,
    );
    expect(publishDraft.errors?.[0].extensions?.code).toBe('ILLEGAL_TRANSITION');
    const returnDraft = await t.gql(
      'mutation($id: ID!) { returnGoodPractice(id: $id, version: 1, comment: "Why?") { id } }',
      { id: draft.id },
      secretariat,
    );
    expect(returnDraft.errors?.[0].extensions?.code).toBe('ILLEGAL_TRANSITION');
    const selfPublish = await t.gql('mutation($id: ID!) { publishGoodPractice(id: $id, version: 1) { id } }', { id: draft.id }, morocco);
    expect(selfPublish.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherCountry = await t.gql('mutation($id: ID!) { submitGoodPractice(id: $id, version: 1) { id } }', { id: draft.id }, mexico);
    // Another country's draft is NOT_FOUND for Mexico: FORBIDDEN would confirm that the id exists.
    expect(otherCountry.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const noComment = await t.gql(
      'mutation($id: ID!) { returnGoodPractice(id: $id, version: 1, comment: "") { id } }',
      { id: draft.id },
      secretariat,
    );
    expect(noComment.errors?.[0].extensions?.fields).toEqual([
      { field: 'comment', messages: ['comment must be longer than or equal to 3 characters'] },
    ]);
    expect(await fingerprint()).toEqual(before);

    const submitted = await practiceStep(t, morocco, 'submitGoodPractice', draft);
    const again = await t.gql(
      'mutation($id: ID!, $v: Int!) { submitGoodPractice(id: $id, version: $v) { id } }',
      { id: draft.id, v: submitted.version },
      morocco,
    );
    expect(again.errors?.[0].extensions?.code).toBe('ILLEGAL_TRANSITION');
    const stale = await t.gql('mutation($id: ID!) { publishGoodPractice(id: $id, version: 1) { id } }', { id: draft.id }, secretariat);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('validates practices field by field', async () => {
    const before = await fingerprint();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ scope: 'REGIONAL' }, ['input.regions']],
      [{ scope: 'REGIONAL', regions: ['ATLANTIS'] }, ['input.regions']],
      [{ scope: 'GLOBAL', countries: ['MAR'] }, ['input.countries']],
      [{ startYear: 2022, endYear: 2020 }, ['input.endYear']],
      [{ sdgs: [18] }, ['input.sdgs']],
      [{ objectives: [16], mainObjective: 3 }, ['input.mainObjective']],
      [{ links: ['ftp://example.org/x'] }, ['input.links']],
      [{ countries: ['ZZZ'] }, ['input.countries']],
    ];
    for (const [overrides, fields] of cases) {
      const res = await t.gql(
        'mutation($input: CreateGoodPracticeInput!) { createGoodPractice(input: $input) { id } }',
        { input: moroccoPracticeInput(overrides) },
        morocco,
      );
      expect([overrides, res.errors?.[0].extensions?.code, (res.errors?.[0].extensions?.fields ?? []).map((f) => f.field)]).toEqual([
        overrides,
        'BAD_USER_INPUT',
        fields,
      ]);
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('turns a fulfilled pledge into a draft practice in one step, linked both ways', async () => {
    const pledge = await createPledge(t, morocco, { objectives: [16, 23], guidingPrinciples: [1] });
    const before = await fingerprint();
    const tooEarly = await t.gql('mutation($id: ID!) { draftGoodPracticeFromPledge(pledgeId: $id) { id } }', { id: pledge.id }, morocco);
    expect(tooEarly.errors?.[0].extensions?.code).toBe('ILLEGAL_TRANSITION');
    expect(await fingerprint()).toEqual(before);
    const started = await recordPledgeUpdate(t, morocco, pledge, {
      status: 'IN_PROGRESS',
      date: '2023-01-15',
      narrative: 'Training centres opened.',
    });
    await recordPledgeUpdate(t, morocco, started, {
      status: 'FULFILLED',
      date: '2025-03-01',
      narrative: 'All twelve regions run the programme; 9,000 migrants trained.',
      evidenceLinks: ['https://example.org/report-2025'],
    });
    const mexicoTry = await t.gql('mutation($id: ID!) { draftGoodPracticeFromPledge(pledgeId: $id) { id } }', { id: pledge.id }, mexico);
    expect(mexicoTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const drafted = await t.gql<{ draftGoodPracticeFromPledge: Record<string, unknown> & { id: string } }>(
      `mutation($id: ID!) { draftGoodPracticeFromPledge(pledgeId: $id) {
         id status title startYear endYear ongoing results links practiceType ownerCountry { iso3 } countries { iso3 }
         objectives { isMain objective { number } } guidingPrinciples { number } fromPledge { id } } }`,
      { id: pledge.id },
      morocco,
    );
    expect(drafted.errors).toBeUndefined();
    expect(drafted.data?.draftGoodPracticeFromPledge).toMatchObject({
      status: 'DRAFT',
      title: 'National strategy on immigration and asylum: social inclusion of migrants',
      startYear: 2022,
      endYear: 2025,
      ongoing: false,
      results: 'All twelve regions run the programme; 9,000 migrants trained.',
      links: ['https://example.org/report-2025'],
      practiceType: 'POLICY',
      ownerCountry: { iso3: 'MAR' },
      countries: [{ iso3: 'MAR' }],
      objectives: [
        { isMain: true, objective: { number: 16 } },
        { isMain: false, objective: { number: 23 } },
      ],
      guidingPrinciples: [{ number: 1 }],
      fromPledge: { id: pledge.id },
    });
    const practiceId = drafted.data?.draftGoodPracticeFromPledge.id;
    const link = (headers: Headers) =>
      t.gql<{ pledge: { goodPractice: { id: string } | null } }>(
        'query($id: ID!) { pledge(id: $id) { goodPractice { id } } }',
        { id: pledge.id },
        headers,
      );
    expect((await link(morocco)).data?.pledge.goodPractice).toEqual({ id: practiceId });
    expect((await link({})).data?.pledge.goodPractice).toBeNull(); // a draft is not public

    const twice = await t.gql('mutation($id: ID!) { draftGoodPracticeFromPledge(pledgeId: $id) { id } }', { id: pledge.id }, secretariat);
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('filters published practices by country, region, objective, SDG, type and language', async () => {
    const t2 = await startTestApp();
    try {
      const fp = async (iso3: string) => signIn(t2, (await createTestAccount(t2, Role.FOCAL_POINT, iso3)).email);
      const sec = await signIn(t2, (await createTestAccount(t2, Role.SECRETARIAT)).email);
      const publish = async (headers: Headers, overrides: Record<string, unknown>): Promise<string> => {
        const draft = await createPractice(t2, headers, { results: 'Results.', lessonsLearned: 'Lessons.', ...overrides });
        await practiceStep(t2, sec, 'publishGoodPractice', await practiceStep(t2, headers, 'submitGoodPractice', draft));
        return draft.id;
      };
      const mar = await publish(await fp('MAR'), {});
      const mex = await publish(await fp('MEX'), {
        title: 'Consular protection network',
        summary: 'Consulates assist nationals abroad with legal and social support.',
        language: 'EN',
        objectives: [14],
        sdgs: [10, 16],
        practiceType: 'POLICY',
      });
      const regional = await publish(sec, {
        title: 'Regional labour mobility dialogue',
        summary: 'Countries of the region agree on skills recognition for migrant workers.',
        language: 'EN',
        scope: 'REGIONAL',
        regions: ['ECLAC'],
        objectives: [18],
        sdgs: [8],
        practiceType: 'PARTNERSHIP',
      });
      const list = async (filter: string): Promise<string[]> => {
        const res = await t2.gql<{ goodPractices: { nodes: { id: string }[] } }>(
          `{ goodPractices(orderBy: TITLE, filter: { ${filter} }) { nodes { id } } }`,
        );
        expect(res.errors).toBeUndefined();
        return (res.data?.goodPractices.nodes ?? []).map((n) => n.id);
      };
      expect(await list('country: "MAR"')).toEqual([mar]);
      expect(await list('region: "ECLAC"')).toEqual([mex, regional]);
      expect(await list('region: "ECA"')).toEqual([mar]);
      expect(await list('objective: 14')).toEqual([mex]);
      expect(await list('sdg: 8')).toEqual([mar, regional]);
      expect(await list('practiceType: PARTNERSHIP')).toEqual([regional]);
      expect(await list('language: FR')).toEqual([mar]);
      expect(await list('scope: REGIONAL')).toEqual([regional]);
      expect(await list('championOnly: true')).toEqual([mex, mar]);
      expect(await list('search: "skills recognition"')).toEqual([regional]);
    } finally {
      await t2.close();
    }
  });
});
