import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/common/auth/role.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { createEntry, daysFromToday, type Entry, extendWindow, step, tryCreateEntry, tryStep } from '../factories/progress.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Headers = Record<string, string>;

/** The second regional review of the ECA region (Morocco is a regional member of ECA). */
const ECA2 = 'RR2-ECA-2024';

describe('progress reports: focal points report, the secretariat validates', () => {
  let t: TestApp;
  let morocco: Headers;
  let morocco2: Headers;
  let mexico: Headers;
  let secretariat: Headers;
  let analyst: Headers;

  /** Everything the workflow writes: a refused step must leave all of it as it was. */
  const fingerprint = (): Promise<unknown> =>
    t.dataSource.query(
      `SELECT (SELECT md5(coalesce(string_agg(e::text, ',' ORDER BY e.id), '')) FROM progress_entry e) AS entries,
              (SELECT count(*)::int FROM progress_report) AS reports,
              (SELECT count(*)::int FROM progress_entry_event) AS events,
              (SELECT count(*)::int FROM progress_entry_pledge) + (SELECT count(*)::int FROM progress_entry_practice) AS links,
              (SELECT count(*)::int FROM reporting_window_extension) AS extensions,
              (SELECT count(*)::int FROM audit_event) AS audit`,
    );
  const code = (res: { errors?: { extensions?: { code?: string } }[] }): string | undefined => res.errors?.[0]?.extensions?.code;

  const readReport = (headers: Headers, country = 'MAR', cycle = ECA2) =>
    t.gql<{
      progressReport: {
        state: string;
        entryCounts: Record<string, number>;
        entries: {
          objective: { number: number };
          state: string;
          reportedLevel: string | null;
          validatedLevel: string | null;
          validationJustification: string | null;
        }[];
      };
    }>(
      `query($c: String!, $y: String!) { progressReport(country: $c, cycle: $y) { state entryCounts { draft submitted returned validated }
         entries { objective { number } state reportedLevel validatedLevel validationJustification } } }`,
      { c: country, y: cycle },
      headers,
    );

  const readEntry = (headers: Headers, id: string) =>
    t.gql<{
      progressEntry: Record<string, unknown> & {
        history:
          | {
              action: string;
              fromState: string | null;
              toState: string;
              comment: string | null;
              changedFields: string[];
              actedByRole: string;
            }[]
          | null;
      };
    }>(
      `query($id: ID!) { progressEntry(id: $id) { id state version reportedLevel validatedLevel narrative validationJustification lastValidatedAt
          changesSinceValidation { field validated current }
          history { action fromState toState comment changedFields actedByRole } } }`,
      { id },
      headers,
    );

  beforeAll(async () => {
    t = await startTestApp();
    morocco = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MAR')).email);
    morocco2 = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MAR')).email);
    mexico = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MEX')).email);
    secretariat = await signIn(t, (await createTestAccount(t, Role.SECRETARIAT)).email);
    analyst = await signIn(t, (await createTestAccount(t, Role.ANALYST)).email);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('runs the second ECA regional review for Morocco from draft to validation, each caller seeing what its role allows', async () => {
    // The review took place in October 2024: its window is closed until the secretariat extends it for Morocco.
    const before = await fingerprint();
    const late = await tryCreateEntry(t, morocco, { cycle: ECA2, objective: 16, reportedLevel: 'SUBSTANTIAL' });
    expect(code(late)).toBe('REPORTING_WINDOW_CLOSED');
    expect(late.errors?.[0].message).toMatch(/closed on 2024-10-07/);
    expect(await fingerprint()).toEqual(before);
    await extendWindow(t, secretariat, ECA2, 'MAR');

    // The focal point drafts Objectives 16 and 23; nobody outside Morocco and the secretariat sees drafts.
    const o16 = await createEntry(t, morocco, ECA2, 16, { reportedLevel: 'SUBSTANTIAL' });
    const o23 = await createEntry(t, morocco, ECA2, 23, { reportedLevel: 'LIMITED' });
    expect(o16).toMatchObject({ state: 'DRAFT', version: 1, reportedLevel: 'SUBSTANTIAL', validatedLevel: null });
    for (const headers of [{}, analyst, mexico]) expect(code(await readReport(headers))).toBe('NOT_FOUND');
    expect((await readReport(morocco)).data?.progressReport).toMatchObject({
      state: 'DRAFT',
      entryCounts: { draft: 2, submitted: 0, returned: 0, validated: 0 },
    });

    // Submitted: waiting for the secretariat, oldest first; the analyst now sees them, the public still not.
    const s16 = await step(t, morocco, 'submitProgressEntry', o16);
    const s23 = await step(t, morocco, 'submitProgressEntry', o23, { comment: 'Figures from the 2024 census.' });
    expect([s16.state, s23.state]).toEqual(['SUBMITTED', 'SUBMITTED']);
    const pending = await t.gql<{
      pendingReviews: {
        totalCount: number;
        nodes: { id: string; waitingDays: number; objective: { number: number }; country: { iso3: string } }[];
      };
    }>(
      'query { pendingReviews(filter: { cycle: "RR2-ECA-2024" }) { totalCount nodes { id waitingDays objective { number } country { iso3 } } } }',
      {},
      secretariat,
    );
    expect(pending.data?.pendingReviews).toEqual({
      totalCount: 2,
      nodes: [
        { id: o16.id, waitingDays: 0, objective: { number: 16 }, country: { iso3: 'MAR' } },
        { id: o23.id, waitingDays: 0, objective: { number: 23 }, country: { iso3: 'MAR' } },
      ],
    });
    const on23 = await t.gql<{ pendingReviews: { totalCount: number; nodes: { id: string }[] } }>(
      'query { pendingReviews(filter: { cycle: "RR2-ECA-2024", objective: 23 }) { totalCount nodes { id } } }',
      {},
      secretariat,
    );
    expect(on23.data?.pendingReviews).toEqual({ totalCount: 1, nodes: [{ id: o23.id }] });
    expect(code(await t.gql('query { pendingReviews(filter: { objective: 24 }) { totalCount } }', {}, secretariat))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql('query { pendingReviews { totalCount } }', {}, analyst))).toBe('FORBIDDEN');
    expect((await readReport(analyst)).data?.progressReport).toMatchObject({ state: 'SUBMITTED', entryCounts: { submitted: 2 } });
    expect(code(await readReport({}))).toBe('NOT_FOUND');

    // The secretariat validates 16 as reported and returns 23 with a comment.
    const v16 = await step(t, secretariat, 'validateProgressEntry', s16);
    expect(v16).toMatchObject({ state: 'VALIDATED', validatedLevel: 'SUBSTANTIAL' });
    const r23 = await step(t, secretariat, 'returnProgressEntry', s23, { comment: 'Please add the bilateral agreements signed in 2023.' });
    expect(r23.state).toBe('RETURNED');

    // The focal point sees what was returned, and the comment.
    const mine = await t.gql<{
      myReports: {
        cycle: { code: string };
        isOverdue: boolean;
        reportingWindow: { isOpen: boolean; extendedTo: string; extensionReason: string | null; daysLeft: number };
        report: { state: string };
        returnedEntries: { id: string }[];
      }[];
    }>(
      'query { myReports { cycle { code } isOverdue reportingWindow { isOpen extendedTo extensionReason daysLeft } report { state } returnedEntries { id } } }',
      {},
      morocco,
    );
    expect(mine.data?.myReports.find((r) => r.cycle.code === ECA2)).toEqual({
      cycle: { code: ECA2 },
      isOverdue: false,
      reportingWindow: { isOpen: true, extendedTo: daysFromToday(30), extensionReason: 'Late national consultation', daysLeft: 31 },
      report: { state: 'RETURNED' },
      returnedEntries: [{ id: o23.id }],
    });
    // The reason for the extension is for those who keep the country's records: the public, an
    // analyst and another country's focal point see the date only.
    const windowOfReport = (headers: Headers) =>
      t.gql<{ progressReport: { reportingWindow: { extendedTo: string; extensionReason: string | null } } }>(
        'query { progressReport(country: "MAR", cycle: "RR2-ECA-2024") { reportingWindow { extendedTo extensionReason } } }',
        {},
        headers,
      );
    for (const [who, reason] of [
      [secretariat, 'Late national consultation'],
      [morocco2, 'Late national consultation'],
      [analyst, null],
      [mexico, null],
      [{}, null],
    ] as const)
      expect((await windowOfReport(who)).data?.progressReport.reportingWindow).toEqual({
        extendedTo: daysFromToday(30),
        extensionReason: reason,
      });

    // Fixed and resubmitted with a reply.
    const u23 = await step(t, morocco, 'updateProgressEntry', r23, {
      input: { narrative: 'Bilateral labour agreements with Spain and France were signed in 2023 and applied in 2024.' },
    });
    const again = await step(t, morocco, 'submitProgressEntry', u23, { comment: 'Agreements added.' });

    // A different level needs a justification; without one, nothing changes.
    const beforeValidation = await fingerprint();
    const unjustified = await tryStep(t, secretariat, 'validateProgressEntry', again, { input: { validatedLevel: 'NOT_STARTED' } });
    expect(code(unjustified)).toBe('BAD_USER_INPUT');
    expect(unjustified.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.justification', messages: [expect.stringMatching(/required/)] },
    ]);
    expect(await fingerprint()).toEqual(beforeValidation);
    const v23 = await step(t, secretariat, 'validateProgressEntry', again, {
      input: {
        validatedLevel: 'NOT_STARTED',
        justification: 'The agreements are signed but not yet in force.',
        comment: 'Validated at a lower level.',
      },
    });
    expect(v23).toMatchObject({ state: 'VALIDATED', reportedLevel: 'LIMITED', validatedLevel: 'NOT_STARTED' });

    // The public sees validated levels only: no reported level, no justification.
    expect((await readReport({})).data?.progressReport).toEqual({
      state: 'VALIDATED',
      entryCounts: { draft: 0, submitted: 0, returned: 0, validated: 2 },
      entries: [
        {
          objective: { number: 16 },
          state: 'VALIDATED',
          reportedLevel: null,
          validatedLevel: 'SUBSTANTIAL',
          validationJustification: null,
        },
        {
          objective: { number: 23 },
          state: 'VALIDATED',
          reportedLevel: null,
          validatedLevel: 'NOT_STARTED',
          validationJustification: null,
        },
      ],
    });
    // The analyst sees both layers.
    expect((await readReport(analyst)).data?.progressReport.entries[1]).toEqual({
      objective: { number: 23 },
      state: 'VALIDATED',
      reportedLevel: 'LIMITED',
      validatedLevel: 'NOT_STARTED',
      validationJustification: 'The agreements are signed but not yet in force.',
    });

    // The history and thread, for Morocco and the secretariat only.
    const history = (await readEntry(morocco, o23.id)).data?.progressEntry.history;
    expect(history?.map((h) => [h.action, h.fromState, h.toState, h.comment, h.actedByRole])).toEqual([
      ['CREATED', null, 'DRAFT', null, 'FOCAL_POINT'],
      ['SUBMITTED', 'DRAFT', 'SUBMITTED', 'Figures from the 2024 census.', 'FOCAL_POINT'],
      ['RETURNED', 'SUBMITTED', 'RETURNED', 'Please add the bilateral agreements signed in 2023.', 'SECRETARIAT'],
      ['UPDATED', 'RETURNED', 'RETURNED', null, 'FOCAL_POINT'],
      ['SUBMITTED', 'RETURNED', 'SUBMITTED', 'Agreements added.', 'FOCAL_POINT'],
      ['VALIDATED', 'SUBMITTED', 'VALIDATED', 'Validated at a lower level.', 'SECRETARIAT'],
    ]);
    expect(history?.[3].changedFields).toEqual(['narrative']);
    expect((await readEntry({}, o23.id)).data?.progressEntry.history).toBeNull();
    expect((await readEntry(mexico, o23.id)).data?.progressEntry).toMatchObject({
      history: null,
      reportedLevel: null,
      changesSinceValidation: null,
    });

    // Every transition is in the audit trail.
    const trail = await t.gql<{ auditEvents: { nodes: { action: string }[] } }>(
      'query($id: String!) { auditEvents(filter: { entityType: "ProgressEntry", entityId: $id }) { nodes { action } } }',
      { id: o23.id },
      secretariat,
    );
    expect(trail.data?.auditEvents.nodes.map((e) => e.action)).toEqual(['VALIDATE', 'SUBMIT', 'UPDATE', 'RETURN', 'SUBMIT', 'CREATE']);

    // Reports list: by region, objective and state.
    const list = await t.gql<{
      progressReports: { totalCount: number; nodes: { country: { iso3: string }; cycle: { code: string }; state: string }[] };
    }>(
      'query { progressReports(filter: { region: "ECA", objective: 23, state: VALIDATED }) { totalCount nodes { country { iso3 } cycle { code } state } } }',
    );
    expect(list.data?.progressReports).toEqual({
      totalCount: 1,
      nodes: [{ country: { iso3: 'MAR' }, cycle: { code: ECA2 }, state: 'VALIDATED' }],
    });
  });

  it('reopens one validated entry with a reason, shows what changed since validation, and leaves the others validated', async () => {
    await extendWindow(t, secretariat, 'RR2-ESCWA-2024', 'MAR');
    const a = await step(t, morocco, 'submitProgressEntry', await createEntry(t, morocco, 'RR2-ESCWA-2024', 5));
    const b = await step(t, morocco, 'submitProgressEntry', await createEntry(t, morocco, 'RR2-ESCWA-2024', 6));
    const va = await step(t, secretariat, 'validateProgressEntry', a);
    await step(t, secretariat, 'validateProgressEntry', b);

    const reopened = await step(t, secretariat, 'reopenProgressEntry', va, {
      reason: 'New data from the labour survey contradict the narrative.',
    });
    expect(reopened).toMatchObject({ state: 'RETURNED', validatedLevel: null });
    // The public no longer sees the reopened entry; the other stays.
    const pub = await readReport({}, 'MAR', 'RR2-ESCWA-2024');
    expect(pub.data?.progressReport.entries.map((e) => [e.objective.number, e.validatedLevel])).toEqual([[6, 'SUBSTANTIAL']]);

    const edited = await step(t, morocco, 'updateProgressEntry', reopened, {
      input: { reportedLevel: 'LIMITED', narrative: 'The labour survey shows coverage in a third of the regions only.' },
    });
    const read = (await readEntry(morocco, edited.id)).data?.progressEntry;
    expect(read?.lastValidatedAt).toEqual(expect.any(String));
    expect(read?.changesSinceValidation).toEqual([
      { field: 'reportedLevel', validated: 'SUBSTANTIAL', current: 'LIMITED' },
      {
        field: 'narrative',
        validated: 'National measures on Objective 5 reached most regions in the review period.',
        current: 'The labour survey shows coverage in a third of the regions only.',
      },
    ]);
    expect(read?.history?.at(-2)).toMatchObject({
      action: 'REOPENED',
      fromState: 'VALIDATED',
      toState: 'RETURNED',
      comment: 'New data from the labour survey contradict the narrative.',
    });
    const revalidated = await step(t, secretariat, 'validateProgressEntry', await step(t, morocco, 'submitProgressEntry', edited));
    expect(revalidated).toMatchObject({ state: 'VALIDATED', validatedLevel: 'LIMITED' });
    expect((await readEntry(morocco, edited.id)).data?.progressEntry.changesSinceValidation).toEqual([]);
  });

  it('refuses every illegal step with a clear code and changes nothing', async () => {
    await extendWindow(t, secretariat, 'IMRF-2026', 'MAR');
    const draft = await createEntry(t, morocco, 'IMRF-2026', 1);
    const submitted = await step(t, morocco, 'submitProgressEntry', await createEntry(t, morocco, 'IMRF-2026', 2));
    const validated = await step(
      t,
      secretariat,
      'validateProgressEntry',
      await step(t, morocco, 'submitProgressEntry', await createEntry(t, morocco, 'IMRF-2026', 3)),
    );
    const empty = await createEntry(t, morocco, 'IMRF-2026', 4, { narrative: null });

    const cases: [string, () => Promise<{ errors?: { extensions?: { code?: string } }[] }>, string][] = [
      ['submitting a validated entry', () => tryStep(t, morocco, 'submitProgressEntry', validated), 'ILLEGAL_TRANSITION'],
      ['validating a draft', () => tryStep(t, secretariat, 'validateProgressEntry', draft), 'ILLEGAL_TRANSITION'],
      [
        'editing a validated (locked) entry',
        () =>
          tryStep(t, morocco, 'updateProgressEntry', validated, {
            input: { narrative: 'Changed after validation, which is not allowed.' },
          }),
        'ILLEGAL_TRANSITION',
      ],
      [
        'editing a submitted entry',
        () => tryStep(t, morocco, 'updateProgressEntry', submitted, { input: { reportedLevel: 'COMPLETE' } }),
        'ILLEGAL_TRANSITION',
      ],
      [
        'returning a draft',
        () => tryStep(t, secretariat, 'returnProgressEntry', draft, { comment: 'Not yet submitted.' }),
        'ILLEGAL_TRANSITION',
      ],
      [
        'reopening a submitted entry',
        () => tryStep(t, secretariat, 'reopenProgressEntry', submitted, { reason: 'Not validated yet.' }),
        'ILLEGAL_TRANSITION',
      ],
      ['submitting twice', () => tryStep(t, morocco, 'submitProgressEntry', submitted), 'ILLEGAL_TRANSITION'],
      ['submitting without a narrative', () => tryStep(t, morocco, 'submitProgressEntry', empty), 'BAD_USER_INPUT'],
      [
        // Another country's draft is NOT_FOUND for Mexico: FORBIDDEN would confirm that the id exists.
        'acting for another country',
        () => tryStep(t, mexico, 'updateProgressEntry', draft, { input: { narrative: 'Mexico writing in the report of Morocco.' } }),
        'NOT_FOUND',
      ],
      ['validating as a focal point', () => tryStep(t, morocco, 'validateProgressEntry', submitted), 'FORBIDDEN'],
      [
        'the secretariat writing the country layer',
        () => tryStep(t, secretariat, 'updateProgressEntry', draft, { input: { reportedLevel: 'COMPLETE' } }),
        'FORBIDDEN',
      ],
      [
        'an analyst returning an entry',
        () => tryStep(t, analyst, 'returnProgressEntry', submitted, { comment: 'Analysts write nothing.' }),
        'FORBIDDEN',
      ],
      [
        "reporting in another region's review",
        () => tryCreateEntry(t, mexico, { cycle: ECA2, objective: 1, reportedLevel: 'LIMITED' }),
        'BAD_USER_INPUT',
      ],
      [
        'acting outside the window',
        () => tryCreateEntry(t, mexico, { cycle: 'RR2-ECLAC-2025', objective: 1, reportedLevel: 'LIMITED' }),
        'REPORTING_WINDOW_CLOSED',
      ],
      [
        'a second entry on the same objective',
        () => tryCreateEntry(t, morocco, { cycle: 'IMRF-2026', objective: 1, reportedLevel: 'LIMITED' }),
        'CONFLICT',
      ],
      [
        'a stale version',
        () =>
          tryStep(
            t,
            morocco,
            'updateProgressEntry',
            { id: draft.id, version: draft.version + 1 },
            { input: { narrative: 'Written against a version that does not exist.' } },
          ),
        'CONFLICT',
      ],
      [
        'an unknown cycle',
        () => tryCreateEntry(t, morocco, { cycle: 'IMRF-1999', objective: 1, reportedLevel: 'LIMITED' }),
        'BAD_USER_INPUT',
      ],
      [
        'a level off the scale',
        () => tryCreateEntry(t, morocco, { cycle: 'IMRF-2026', objective: 9, reportedLevel: 'HALFWAY' }),
        'BAD_USER_INPUT',
      ],
      [
        'an objective that does not exist',
        () => tryCreateEntry(t, morocco, { cycle: 'IMRF-2026', objective: 24, reportedLevel: 'LIMITED' }),
        'BAD_USER_INPUT',
      ],
      ['no token', () => tryStep(t, {}, 'submitProgressEntry', draft), 'UNAUTHENTICATED'],
    ];
    for (const [what, attempt, expected] of cases) {
      const before = await fingerprint();
      const res = await attempt();
      expect({ what, code: code(res) }).toEqual({ what, code: expected });
      expect({ what, state: await fingerprint() }).toEqual({ what, state: before });
    }

    // Field-level detail where the input is at fault.
    const off = await tryCreateEntry(t, morocco, { cycle: 'IMRF-2026', objective: 24, reportedLevel: 'LIMITED' });
    expect(off.errors?.[0].extensions?.fields).toEqual([{ field: 'input.objective', messages: [expect.any(String)] }]);
    const noNarrative = await tryStep(t, morocco, 'submitProgressEntry', empty);
    expect(noNarrative.errors?.[0].extensions?.fields).toEqual([{ field: 'narrative', messages: [expect.stringMatching(/at least 20/)] }]);
  });

  it('lets one of two focal points editing the same entry at once win, the other gets CONFLICT, and no update is lost', async () => {
    await extendWindow(t, secretariat, 'RR2-ECA-2024', 'MAR', 10);
    const entry = await createEntry(t, morocco, ECA2, 7, { measuresTaken: null, challenges: null });
    const [first, second] = await Promise.all([
      tryStep(t, morocco, 'updateProgressEntry', entry, { input: { measuresTaken: 'Shelters for victims opened in four cities.' } }),
      tryStep(t, morocco2, 'updateProgressEntry', entry, { input: { challenges: 'Funding for the shelters runs out in 2026.' } }),
    ]);
    const outcomes = [first, second].map((r) => (r.errors ? code(r) : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const loser = first.errors
      ? { headers: morocco, input: { measuresTaken: 'Shelters for victims opened in four cities.' } }
      : { headers: morocco2, input: { challenges: 'Funding for the shelters runs out in 2026.' } };
    const current = (await readEntry(morocco, entry.id)).data?.progressEntry as unknown as Entry;
    expect(current.version).toBe(entry.version + 1);
    // The loser reloads and retries: both changes are kept.
    await step(t, loser.headers, 'updateProgressEntry', current, { input: loser.input });
    const final = await t.gql<{ progressEntry: { measuresTaken: string; challenges: string; version: number } }>(
      'query($id: ID!) { progressEntry(id: $id) { measuresTaken challenges version } }',
      { id: entry.id },
      morocco,
    );
    expect(final.data?.progressEntry).toEqual({
      measuresTaken: 'Shelters for victims opened in four cities.',
      challenges: 'Funding for the shelters runs out in 2026.',
      version: entry.version + 2,
    });
  });

  it('lets the secretariat open a window for a whole cycle and submit a report in one step', async () => {
    const opened = await t.gql<{ setReportingWindow: { opensOn: string; closesOn: string; isOpen: boolean; setBySecretariat: boolean } }>(
      'mutation($o: String!, $c: String!) { setReportingWindow(cycle: "IMRF-2030", opensOn: $o, closesOn: $c, reason: "Preparations for the third Forum") { opensOn closesOn isOpen setBySecretariat } }',
      { o: daysFromToday(-1), c: daysFromToday(60) },
      secretariat,
    );
    expect(opened.data?.setReportingWindow).toEqual({
      opensOn: daysFromToday(-1),
      closesOn: daysFromToday(60),
      isOpen: true,
      setBySecretariat: true,
    });
    const unknown = await t.gql(
      'mutation { setReportingWindow(cycle: "IMRF-1999", opensOn: "1999-01-01", closesOn: "1999-02-01") { isOpen } }',
      {},
      secretariat,
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'cycle', messages: ['unknown review cycle IMRF-1999'] }],
    });
    const backwards = await t.gql(
      'mutation { setReportingWindow(cycle: "IMRF-2030", opensOn: "2030-02-01", closesOn: "2030-01-01") { isOpen } }',
      {},
      secretariat,
    );
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'closesOn', messages: ['must not be before opensOn'] }],
    });
    const cycle = await t.gql<{ reviewCycle: { reportingWindow: { isOpen: boolean } } }>(
      'query { reviewCycle(code: "IMRF-2030") { reportingWindow { isOpen } } }',
    );
    expect(cycle.data?.reviewCycle.reportingWindow).toEqual({ isOpen: true });

    await createEntry(t, mexico, 'IMRF-2030', 23);
    await createEntry(t, mexico, 'IMRF-2030', 17, { narrative: 'Too short.' });
    const before = await fingerprint();
    const notReady = await t.gql('mutation { submitProgressReport(cycle: "IMRF-2030") { id } }', {}, mexico);
    expect(code(notReady)).toBe('BAD_USER_INPUT');
    expect(notReady.errors?.[0].extensions?.fields).toEqual([{ field: 'objective17.narrative', messages: [expect.any(String)] }]);
    expect(await fingerprint()).toEqual(before);
    const list = await t.gql<{ progressReport: { entries: { id: string; version: number }[] } }>(
      'query { progressReport(country: "MEX", cycle: "IMRF-2030") { entries { id version } } }',
      {},
      mexico,
    );
    const short = list.data?.progressReport.entries[0] as { id: string; version: number };
    await step(t, mexico, 'updateProgressEntry', short, {
      input: { narrative: 'A national campaign against discrimination reached every state.' },
    });
    const all = await t.gql<{ submitProgressReport: { state: string }[] }>(
      'mutation { submitProgressReport(cycle: "IMRF-2030", comment: "Complete report") { state } }',
      {},
      mexico,
    );
    expect(all.data?.submitProgressReport.map((e) => e.state)).toEqual(['SUBMITTED', 'SUBMITTED']);
  });
});
