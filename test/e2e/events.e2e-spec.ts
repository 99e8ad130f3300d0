import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/common/auth/role.js';
import { referenceEventId } from '../../src/database/reference-data/event-reference-data.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { createEvent, dialogueInput } from '../factories/events.factory.js';
import { createPledge } from '../factories/pledges.factory.js';
import { createPractice } from '../factories/practices.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const SIDE_EVENT = referenceEventId('imrf-2022-side-event-africa-arab-objective-16');
const DIALOGUE = referenceEventId('champions-interregional-dialogue-morocco-2023');

type Headers = Record<string, string>;

describe('events on the GCM calendar', () => {
  let t: TestApp;
  let secretariat: Headers;
  let analyst: Headers;
  let morocco: Headers;
  let kenya: Headers;
  /** Rows of the event tables and of the audit trail: a refused write changes none of them. */
  const footprint = (): Promise<unknown> =>
    t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM event) AS events, (SELECT count(*)::int FROM event_organiser) AS organisers,
              (SELECT count(*)::int FROM event_objective) AS objectives, (SELECT count(*)::int FROM event_review_cycle) AS cycles,
              (SELECT count(*)::int FROM event_participation) AS participation, (SELECT count(*)::int FROM event_good_practice) AS practices,
              (SELECT count(*)::int FROM event_pledge) AS pledges, (SELECT count(*)::int FROM audit_event) AS audit`,
    );
  const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }): string | undefined => res.errors?.[0]?.extensions?.code;
  const fieldsOf = (res: { errors?: { extensions?: { fields?: { field: string }[] } }[] }): string[] =>
    (res.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await signIn(t, (await createTestAccount(t, Role.SECRETARIAT)).email);
    analyst = await signIn(t, (await createTestAccount(t, Role.ANALYST)).email);
    morocco = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MAR')).email);
    kenya = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'KEN')).email);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('the reference data', () => {
    it('answers the done-when query: Objective 16 at IMRF 2022 is the virtual side event of 19 May 2022', async () => {
      const res = await t.gql(`{
        events(filter: { objective: 16, cycle: "IMRF-2022" }) {
          totalCount
          nodes {
            id kind title startDate endDate virtual place confirmed sources
            organisers { name kind }
            participation { country { iso3 name } role fromReferenceData }
            objectives { number }
            reviewCycles { relation cycle { code } }
          }
        }
      }`);
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({
        events: {
          totalCount: 1,
          nodes: [
            {
              id: SIDE_EVENT,
              kind: 'IMRF_SIDE_EVENT',
              title: 'IMRF 2022 side event on Africa-Arab interregional cooperation (focus: Objective 16)',
              startDate: '2022-05-19',
              endDate: '2022-05-19',
              virtual: true,
              place: null,
              confirmed: false,
              sources: ['IOM press material (seed document 000)'],
              organisers: [
                { name: 'IOM', kind: 'UN_ENTITY' },
                { name: 'ECA', kind: 'UN_ENTITY' },
                { name: 'ESCWA', kind: 'UN_ENTITY' },
              ],
              participation: [
                { country: { iso3: 'KEN', name: 'Kenya' }, role: 'CO_ORGANISER', fromReferenceData: true },
                { country: { iso3: 'MWI', name: 'Malawi' }, role: 'CO_ORGANISER', fromReferenceData: true },
                { country: { iso3: 'MAR', name: 'Morocco' }, role: 'CO_ORGANISER', fromReferenceData: true },
              ],
              objectives: [{ number: 16 }],
              reviewCycles: [{ relation: 'PART_OF', cycle: { code: 'IMRF-2022' } }],
            },
          ],
        },
      });
    });

    it("lists both seed events on Morocco's country page, latest first, among the events it hosted or took part in", async () => {
      const res = await t.gql<{ country: { events: { id: string; startDate: string }[] } }>(
        '{ country(iso3: "MAR") { events { id startDate } } }',
      );
      const events = res.data?.country.events ?? [];
      expect(events.map((e) => e.id)).toEqual(expect.arrayContaining([SIDE_EVENT, DIALOGUE]));
      expect(events.map((e) => e.startDate)).toEqual([...events.map((e) => e.startDate)].sort().reverse());
      const malawi = await t.gql<{ country: { events: { id: string }[] } }>('{ country(iso3: "MWI") { events { id } } }');
      expect(malawi.data?.country.events.map((e) => e.id)).toEqual([SIDE_EVENT]);
    });

    it('gives the Morocco dialogue as 16 of the then 33 champions, names unknown, preparing the 2024 regional reviews', async () => {
      const res = await t.gql(
        'query($id: ID!) { event(id: $id) { kind place hostCountry { iso3 } countedParticipation { count outOf group } participation { role } reviewCycles { relation cycle { code } } } }',
        {
          id: DIALOGUE,
        },
      );
      expect(res.data).toEqual({
        event: {
          kind: 'CHAMPIONS_DIALOGUE',
          place: 'Morocco',
          hostCountry: { iso3: 'MAR' },
          countedParticipation: { count: 16, outOf: 33, group: 'CHAMPION_COUNTRIES' },
          participation: [],
          reviewCycles: [
            { relation: 'PREPARES_FOR', cycle: { code: 'RR2-UNECE-2024' } },
            { relation: 'PREPARES_FOR', cycle: { code: 'RR2-ESCWA-2024' } },
            { relation: 'PREPARES_FOR', cycle: { code: 'RR2-ECA-2024' } },
          ],
        },
      });
    });

    it('serves the English title, marked as English, when no French title is known', async () => {
      const res = await t.gql('query($id: ID!) { event(id: $id, lang: FR) { title titleLanguage objectives { title titleLanguage } } }', {
        id: SIDE_EVENT,
      });
      expect(res.data).toEqual({
        event: {
          title: 'IMRF 2022 side event on Africa-Arab interregional cooperation (focus: Objective 16)',
          titleLanguage: 'EN',
          objectives: [
            {
              title: 'Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de la cohésion sociale',
              titleLanguage: 'FR',
            },
          ],
        },
      });
    });

    it('filters by kind, period, region and words, and pages through the calendar in order', async () => {
      const titles = async (filter: Record<string, unknown>): Promise<string[]> => {
        const res = await t.gql<{ events: { nodes: { title: string }[] } }>(
          'query($f: EventsFilter) { events(filter: $f, first: 50) { nodes { title } } }',
          { f: filter },
        );
        expect(res.errors).toBeUndefined();
        return (res.data?.events.nodes ?? []).map((n) => n.title);
      };
      expect(await titles({ kind: 'MINISTERIAL_MEETING' })).toEqual([
        '1st Ministerial Meeting of GCM Champion Countries (Rabat Declaration)',
      ]);
      expect(await titles({ from: '2023-01-27', to: '2023-11-28' })).toEqual([
        'Interregional dialogue of GCM champion countries (Middle East, Africa, Europe)',
        'Informal Cross-Regional Dialogue of GCM Champions',
      ]);
      expect(await titles({ search: 'accra' })).toEqual(['Informal Cross-Regional Dialogue of GCM Champions']);
      expect(await titles({ search: 'escwa' })).toEqual([
        'IMRF 2022 side event on Africa-Arab interregional cooperation (focus: Objective 16)',
      ]);
      expect(await titles({ search: '100%' })).toEqual([]);
      expect(await titles({ region: 'UNECE' })).toEqual(['Interregional dialogue of GCM champion countries (Middle East, Africa, Europe)']);

      const first = await t.gql<{
        events: { totalCount: number; nodes: { startDate: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
      }>('{ events(first: 4) { totalCount nodes { startDate } pageInfo { endCursor hasNextPage } } }');
      const page1 = first.data?.events;
      expect(page1?.totalCount).toBe(10);
      expect(page1?.nodes.map((n) => n.startDate)).toEqual(['2018-12-10', '2021-03-18', '2021-12-10', '2022-03-25']);
      const next = await t.gql<{ events: { nodes: { startDate: string }[] } }>(
        'query($after: String) { events(first: 2, after: $after) { nodes { startDate } } }',
        {
          after: page1?.pageInfo.endCursor,
        },
      );
      expect(next.data?.events.nodes.map((n) => n.startDate)).toEqual(['2022-05-19', '2022-10-18']);
      const latest = await t.gql<{ events: { nodes: { startDate: string }[] } }>(
        '{ events(first: 1, orderBy: LATEST_FIRST) { nodes { startDate } } }',
      );
      expect(latest.data?.events.nodes).toEqual([{ startDate: '2025-10-09' }]);
    });

    it('reaches events from objectives and review cycles', async () => {
      const res = await t.gql('{ objective(number: 16) { events { id } } reviewCycle(code: "RR2-ECA-2024") { events { id } } }');
      expect(res.data).toEqual({ objective: { events: [{ id: SIDE_EVENT }] }, reviewCycle: { events: [{ id: DIALOGUE }] } });
    });

    it('refuses bad filters with BAD_USER_INPUT naming the field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ from: '2023-02-30' }, 'filter.from'],
        [{ to: '2023-1-5' }, 'filter.to'],
        [{ from: '2023-02-01', to: '2023-01-01' }, 'filter.to'],
        [{ cycle: 'IMRF-2023' }, 'filter.cycle'],
        [{ country: 'XXX' }, 'filter.country'],
        [{ region: 'NOWHERE' }, 'filter.region'],
        [{ objective: 24 }, 'filter.objective'],
        [{ search: 'a' }, 'filter.search'],
      ];
      for (const [filter, field] of cases) {
        const res = await t.gql('query($f: EventsFilter) { events(filter: $f) { totalCount } }', { f: filter });
        expect([filter, codeOf(res), fieldsOf(res)]).toEqual([filter, 'BAD_USER_INPUT', [field]]);
      }
      const missing = await t.gql('{ event(id: "7d1c8f0e-0000-4000-8000-000000000000") { id } }');
      expect(codeOf(missing)).toBe('NOT_FOUND');
      const notAnId = await t.gql('{ event(id: "side-event") { id } }');
      expect([codeOf(notAnId), fieldsOf(notAnId)]).toEqual(['BAD_USER_INPUT', ['id']]);
    });
  });

  describe('the secretariat keeps the calendar', () => {
    it('creates an event, audited, with what was sent', async () => {
      const created = await createEvent(t, secretariat);
      const res = await t.gql(
        'query($id: ID!) { event(id: $id, lang: FR) { title titleLanguage endDate attendance place hostCountry { iso3 } fromReferenceData confirmed organisers { name kind country { iso3 } } objectives { number } } }',
        {
          id: created.id,
        },
      );
      expect(res.data).toEqual({
        event: {
          title: 'Échange entre pays champions sur la mobilité de la main-d’œuvre',
          titleLanguage: 'FR',
          endDate: '2026-03-11',
          attendance: 'HYBRID',
          place: 'Nairobi',
          hostCountry: { iso3: 'KEN' },
          fromReferenceData: false,
          confirmed: true,
          organisers: [
            { name: 'IOM', kind: 'UN_ENTITY', country: null },
            { name: 'Government of Kenya', kind: 'GOVERNMENT', country: { iso3: 'KEN' } },
          ],
          objectives: [{ number: 5 }, { number: 6 }],
        },
      });
      const audit: { action: string; changes: Record<string, { after: unknown }> }[] = await t.dataSource.query(
        `SELECT action, changes FROM audit_event WHERE entity_type = 'Event' AND entity_id = $1`,
        [created.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['CREATE']);
      expect(audit[0].changes.objectives.after).toEqual([5, 6]);
    });

    it('updates an event with the version read, audits the difference, and refuses a stale version', async () => {
      const created = await createEvent(t, secretariat);
      const mutation =
        'mutation($id: ID!, $v: Int!, $input: UpdateEventInput!) { updateEvent(id: $id, version: $v, input: $input) { version startDate endDate place summary } }';
      const res = await t.gql<{ updateEvent: { version: number } }>(
        mutation,
        { id: created.id, v: created.version, input: { place: 'Mombasa', summary: null } },
        secretariat,
      );
      expect(res.data?.updateEvent).toEqual({
        version: created.version + 1,
        startDate: '2026-03-10',
        endDate: '2026-03-11',
        place: 'Mombasa',
        summary: null,
      });
      const stale = await t.gql(mutation, { id: created.id, v: created.version, input: { place: 'Kisumu' } }, secretariat);
      expect(codeOf(stale)).toBe('CONFLICT');
      const audit: { action: string; changes: Record<string, unknown> }[] = await t.dataSource.query(
        `SELECT action, changes FROM audit_event WHERE entity_type = 'Event' AND entity_id = $1 ORDER BY id`,
        [created.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
      expect(audit[1].changes).toEqual({
        place: { before: 'Nairobi', after: 'Mombasa' },
        summary: { before: 'Champions shared how bilateral labour agreements protect workers recruited abroad.', after: null },
      });
    });

    it('refuses an invalid update with the fields at fault, changing nothing', async () => {
      const created = await createEvent(t, secretariat);
      const before = await footprint();
      const mutation =
        'mutation($id: ID!, $v: Int!, $input: UpdateEventInput!) { updateEvent(id: $id, version: $v, input: $input) { id } }';
      const cases: [Record<string, unknown>, string[]][] = [
        [{ endDate: '2026-03-01' }, ['input.endDate']],
        [{ startDate: '2026-13-01' }, ['input.startDate']],
        [{ attendance: 'VIRTUAL' }, ['input.place', 'input.hostCountry']],
        [{ sources: [] }, ['input.sources']],
        [{ reviewCycles: [{ code: 'RR3-ECA-2028', relation: 'PREPARES_FOR' }] }, ['input.reviewCycles.0.code']],
        [{ objectives: [16, 16] }, ['input.objectives']],
      ];
      for (const [input, fields] of cases) {
        const res = await t.gql(mutation, { id: created.id, v: created.version, input }, secretariat);
        expect([input, codeOf(res), fieldsOf(res)]).toEqual([input, 'BAD_USER_INPUT', fields]);
      }
      expect(await footprint()).toEqual(before);
    });

    it('deletes an event entered by mistake with its participation, keeping what it said in the audit trail', async () => {
      const created = await createEvent(t, secretariat);
      const recorded = await t.gql(
        'mutation($e: ID!) { recordEventParticipation(input: { eventId: $e, country: "KEN", role: SPEAKER }) { id } }',
        { e: created.id },
        kenya,
      );
      expect(recorded.errors).toBeUndefined();
      const mutation = 'mutation($id: ID!, $v: Int!) { deleteEvent(id: $id, version: $v) }';
      expect(codeOf(await t.gql(mutation, { id: created.id, v: created.version + 1 }, secretariat))).toBe('CONFLICT');
      expect((await t.gql(mutation, { id: created.id, v: created.version }, secretariat)).data).toEqual({ deleteEvent: created.id });
      expect(codeOf(await t.gql('query($id: ID!) { event(id: $id) { id } }', { id: created.id }))).toBe('NOT_FOUND');
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM event_participation WHERE event_id = $1', [created.id])).toEqual([
        { n: 0 },
      ]);
      const [deleted] = await t.dataSource.query<
        {
          changes: Record<string, { before: unknown; after: unknown }>;
        }[]
      >(`SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'DELETE'`, [created.id]);
      expect(deleted.changes.place).toEqual({ before: 'Nairobi', after: null });
      expect(deleted.changes.participation).toEqual({ before: ['KEN:SPEAKER'], after: null });
      const reference = await t.gql(mutation, { id: SIDE_EVENT, v: 1 }, secretariat);
      expect([codeOf(reference), fieldsOf(reference)]).toEqual(['CONFLICT', ['id']]);
    });

    it('keeps the reference events as the reference data say', async () => {
      const res = await t.gql(
        'mutation($id: ID!) { updateEvent(id: $id, version: 1, input: { place: "Geneva" }) { id } }',
        { id: SIDE_EVENT },
        secretariat,
      );
      expect([codeOf(res), fieldsOf(res)]).toEqual(['CONFLICT', ['id']]);
    });

    it('refuses invalid events with the fields at fault, writing nothing', async () => {
      const before = await footprint();
      const cases: [Record<string, unknown>, string[]][] = [
        [{ endDate: '2026-03-09' }, ['input.endDate']],
        [{ startDate: '2026-02-29' }, ['input.startDate']],
        [{ attendance: 'VIRTUAL' }, ['input.place', 'input.hostCountry']],
        [{ organisers: [{ name: 'Kenya', kind: 'GOVERNMENT' }] }, ['input.organisers.0.country']],
        [{ organisers: [{ name: 'IOM', kind: 'UN_ENTITY', country: 'CHE' }] }, ['input.organisers.0.country']],
        [{ reviewCycles: [{ code: 'IMRF-2027', relation: 'PART_OF' }] }, ['input.reviewCycles.0.code']],
        [{ hostCountry: 'XXX' }, ['input.hostCountry']],
        [{ objectives: [0, 24] }, ['input.objectives']],
        [{ sources: [] }, ['input.sources']],
        [{ countedParticipation: { count: 16, outOf: 3, group: 'CHAMPION_COUNTRIES' } }, ['input.countedParticipation.outOf']],
        [{ outcomeLinks: ['javascript:alert(1)'] }, ['input.outcomeLinks']],
        [{ kind: 'PARTY' }, []],
      ];
      for (const [overrides, fields] of cases) {
        const res = await t.gql(
          'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
          { input: dialogueInput(overrides) },
          secretariat,
        );
        expect([overrides, codeOf(res)]).toEqual([overrides, 'BAD_USER_INPUT']);
        if (fields.length) expect([overrides, fieldsOf(res)]).toEqual([overrides, fields]);
      }
      expect(await footprint()).toEqual(before);
    });

    it('is open to the secretariat only', async () => {
      const mutation = 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }';
      expect(codeOf(await t.gql(mutation, { input: dialogueInput() }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(mutation, { input: dialogueInput() }, morocco))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(mutation, { input: dialogueInput() }, analyst))).toBe('FORBIDDEN');
    });
  });

  describe('countries record their participation and link what they shared', () => {
    const record =
      'mutation($input: EventParticipationInput!) { recordEventParticipation(input: $input) { participation { country { iso3 } role fromReferenceData } } }';
    const remove =
      'mutation($e: ID!, $c: String!) { removeEventParticipation(eventId: $e, country: $c) { participation { country { iso3 } } } }';

    it("lets a focal point record its own country's participation in the dialogue, change its role and remove it, each audited", async () => {
      const res = await t.gql(record, { input: { eventId: DIALOGUE, country: 'ken', role: 'SPEAKER' } }, kenya);
      expect(res.data).toEqual({
        recordEventParticipation: { participation: [{ country: { iso3: 'KEN' }, role: 'SPEAKER', fromReferenceData: false }] },
      });
      const again = await t.gql(record, { input: { eventId: DIALOGUE, country: 'KEN' } }, kenya);
      expect(again.data).toEqual({
        recordEventParticipation: { participation: [{ country: { iso3: 'KEN' }, role: 'PARTICIPANT', fromReferenceData: false }] },
      });
      const counted = await t.gql<{ event: { countedParticipation: { count: number } } }>(
        'query($id: ID!) { event(id: $id) { countedParticipation { count } } }',
        { id: DIALOGUE },
      );
      expect(counted.data?.event.countedParticipation.count).toBe(16);
      expect((await t.gql(remove, { e: DIALOGUE, c: 'KEN' }, kenya)).data).toEqual({ removeEventParticipation: { participation: [] } });
      const audit: { action: string; country_iso3: string; changes: unknown }[] = await t.dataSource.query(
        `SELECT action, country_iso3, changes FROM audit_event WHERE entity_type = 'Event' AND entity_id = $1 ORDER BY id`,
        [DIALOGUE],
      );
      expect(audit).toEqual([
        { action: 'RECORD_PARTICIPATION', country_iso3: 'KEN', changes: { 'participation.KEN': { before: null, after: 'SPEAKER' } } },
        {
          action: 'RECORD_PARTICIPATION',
          country_iso3: 'KEN',
          changes: { 'participation.KEN': { before: 'SPEAKER', after: 'PARTICIPANT' } },
        },
        { action: 'REMOVE_PARTICIPATION', country_iso3: 'KEN', changes: { 'participation.KEN': { before: 'PARTICIPANT', after: null } } },
      ]);
    });

    it("refuses a focal point another country's participation, and anyone a change to what the reference data list", async () => {
      const before = await footprint();
      expect(codeOf(await t.gql(record, { input: { eventId: DIALOGUE, country: 'MAR' } }, kenya))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(record, { input: { eventId: DIALOGUE, country: 'KEN' } }, analyst))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(record, { input: { eventId: DIALOGUE, country: 'KEN' } }))).toBe('UNAUTHENTICATED');
      const reference = await t.gql(record, { input: { eventId: SIDE_EVENT, country: 'KEN', role: 'SPEAKER' } }, kenya);
      expect([codeOf(reference), fieldsOf(reference)]).toEqual(['CONFLICT', ['input.country']]);
      expect(codeOf(await t.gql(remove, { e: SIDE_EVENT, c: 'MAR' }, secretariat))).toBe('CONFLICT');
      const unknown = await t.gql(record, { input: { eventId: DIALOGUE, country: 'XXX' } }, secretariat);
      expect([codeOf(unknown), fieldsOf(unknown)]).toEqual(['BAD_USER_INPUT', ['input.country']]);
      const noEvent = await t.gql(record, { input: { eventId: '7d1c8f0e-0000-4000-8000-000000000000', country: 'KEN' } }, kenya);
      expect(codeOf(noEvent)).toBe('NOT_FOUND');
      const badRole = await t.gql(record, { input: { eventId: DIALOGUE, country: 'KEN', role: 'HOST' } }, kenya);
      expect(codeOf(badRole)).toBe('BAD_USER_INPUT');
      expect(await footprint()).toEqual(before);
    });

    it("lets a focal point link its own country's practice and pledge, not another's", async () => {
      const practice = await createPractice(t, morocco);
      const pledge = await createPledge(t, morocco);
      const linkPractice = 'mutation($e: ID!, $p: ID!) { linkEventGoodPractice(eventId: $e, practiceId: $p) { goodPractices { id } } }';
      const linkPledge =
        'mutation($input: EventPledgeLinkInput!) { linkEventPledge(input: $input) { pledges { relation pledge { id } } } }';
      expect(codeOf(await t.gql(linkPractice, { e: DIALOGUE, p: practice.id }, kenya))).toBe('NOT_FOUND'); // a draft Kenya cannot see
      expect(codeOf(await t.gql(linkPledge, { input: { eventId: DIALOGUE, pledgeId: pledge.id } }, kenya))).toBe('FORBIDDEN');
      expect((await t.gql(linkPractice, { e: DIALOGUE, p: practice.id }, morocco)).data).toEqual({
        linkEventGoodPractice: { goodPractices: [{ id: practice.id }] },
      });
      expect((await t.gql(linkPledge, { input: { eventId: DIALOGUE, pledgeId: pledge.id, relation: 'REVIEWED' } }, morocco)).data).toEqual({
        linkEventPledge: { pledges: [{ relation: 'REVIEWED', pledge: { id: pledge.id } }] },
      });
      // The draft practice stays out of the public's view of the event; the pledge is public.
      const seen = await t.gql('query($id: ID!) { event(id: $id) { goodPractices { id } pledges { pledge { id events { id } } } } }', {
        id: DIALOGUE,
      });
      expect(seen.data).toEqual({ event: { goodPractices: [], pledges: [{ pledge: { id: pledge.id, events: [{ id: DIALOGUE }] } }] } });
      const unlink = 'mutation($e: ID!, $p: ID!) { unlinkEventGoodPractice(eventId: $e, practiceId: $p) { goodPractices { id } } }';
      expect((await t.gql(unlink, { e: DIALOGUE, p: practice.id }, secretariat)).data).toEqual({
        unlinkEventGoodPractice: { goodPractices: [] },
      });
      const actions: { action: string }[] = await t.dataSource.query(
        `SELECT action FROM audit_event WHERE entity_type = 'Event' AND entity_id = $1 AND action LIKE '%LINK%' ORDER BY id`,
        [DIALOGUE],
      );
      expect(actions.map((a) => a.action)).toEqual(['LINK_GOOD_PRACTICE', 'LINK_PLEDGE', 'UNLINK_GOOD_PRACTICE']);
    });
  });
});

describe('events resolve their nested fields through loaders (no N+1)', () => {
  let t: TestApp;
  const statementsFor = async (query: string, variables?: Record<string, unknown>): Promise<number> => {
    const res = await t.gql(query, variables);
    expect(res.errors).toBeUndefined();
    return Number(res.headers['x-sql-statements']);
  };
  beforeAll(async () => {
    // One connection, as the embedded database has: the batches then follow the order of the
    // fields. With a pool, sibling lists (organisers, participation) answered on two connections
    // in either order can ask for their countries in two ticks, one statement more by timing alone.
    t = await startTestApp({ DATABASE_POOL_SIZE: '1' });
    // The objectives are reference data, read once per process and then served from memory:
    // read them now, so that each count below is what every request costs.
    await t.gql('{ objectives { number } }');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('events { organisers participation objectives reviewCycles hostCountry } costs the same for 5 events (the side event among them) or all 10', async () => {
    const query = `query($first: Int!) { events(first: $first) { nodes { title hostCountry { iso3 } organisers { name country { iso3 } }
      participation { role country { iso3 regions { code } } } objectives { number } reviewCycles { cycle { code } } goodPractices { id } pledges { pledge { id } } } } }`;
    const five = await statementsFor(query, { first: 5 });
    const all = await statementsFor(query, { first: 10 });
    // The page, then one batch each: host countries, organisers, participation, objectives (links; the rows come from
    // memory), cycles (links, rows), practices, pledges, then the participating countries and their regions.
    expect(five).toBe(11);
    expect(all).toBe(five);
  });

  it('Country.events, Objective.events and ReviewCycle.events are one statement each, whatever the number of parents', async () => {
    const countries = 'query($first: Int!) { countries(first: $first) { nodes { iso3 events { id title } } } }';
    expect(await statementsFor(countries, { first: 5 })).toBe(await statementsFor(countries, { first: 194 }));
    expect(await statementsFor(countries, { first: 5 })).toBe(2);
    // The objectives from memory, their events in one statement.
    expect(await statementsFor('{ objectives { number events { id } } }')).toBe(1);
    expect(await statementsFor('{ reviewCycles { code events { id organisers { name } } } }')).toBe(3);
  });
});

describe('peer-learning figures and the country scorecard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    // The objectives are reference data, read once per process and then served from memory:
    // read them now, so that each count below is what every request costs.
    await t.gql('{ objectives { number } }');
  });
  afterAll(async () => {
    await t?.close();
  });

  const query = `query($cycle: String, $kinds: [EventKind!]) { peerLearningParticipation(cycle: $cycle, kinds: $kinds) {
    scheme kinds
    regions { region { code } cycle { code } champions events objectives { objective { number } champions events } }
    cycles { cycle { code } champions events championsCountedOnly objectives { objective { number } champions } }
  } }`;

  it('counts the champions of each region at peer-learning events per cycle, and each champion once in the cycle totals', async () => {
    const res = await t.gql(query);
    expect(res.errors).toBeUndefined();
    const mar = (cycle: string) => [
      { region: { code: 'ECA' }, cycle: { code: cycle }, champions: 1, events: 1, objectives: [] },
      { region: { code: 'ESCWA' }, cycle: { code: cycle }, champions: 1, events: 1, objectives: [] },
    ];
    const counted = (cycle: string) => ({ cycle: { code: cycle }, champions: 1, events: 1, championsCountedOnly: 16, objectives: [] });
    expect(res.data).toEqual({
      peerLearningParticipation: {
        scheme: 'REVIEW',
        kinds: ['CHAMPIONS_DIALOGUE', 'IMRF_SIDE_EVENT'],
        regions: [
          // Kenya, Malawi and Morocco in ECA; Morocco in ESCWA too.
          {
            region: { code: 'ECA' },
            cycle: { code: 'IMRF-2022' },
            champions: 3,
            events: 1,
            objectives: [{ objective: { number: 16 }, champions: 3, events: 1 }],
          },
          {
            region: { code: 'ESCWA' },
            cycle: { code: 'IMRF-2022' },
            champions: 1,
            events: 1,
            objectives: [{ objective: { number: 16 }, champions: 1, events: 1 }],
          },
          // The Morocco dialogue: its host, and 16 champions without names.
          ...mar('RR2-UNECE-2024'),
          ...mar('RR2-ESCWA-2024'),
          ...mar('RR2-ECA-2024'),
          // Accra: Ghana hosted; no cycle.
          { region: { code: 'ECA' }, cycle: null, champions: 1, events: 1, objectives: [] },
        ],
        cycles: [
          // Three champions, not four: Morocco counts once though it is in two regions.
          {
            cycle: { code: 'IMRF-2022' },
            champions: 3,
            events: 1,
            championsCountedOnly: 0,
            objectives: [{ objective: { number: 16 }, champions: 3 }],
          },
          counted('RR2-UNECE-2024'),
          counted('RR2-ESCWA-2024'),
          counted('RR2-ECA-2024'),
          { cycle: null, champions: 1, events: 1, championsCountedOnly: 0, objectives: [] },
        ],
      },
    });
  });

  it('narrows to one cycle and to the kinds asked for, in one aggregate statement', async () => {
    const res = await t.gql<{ peerLearningParticipation: { cycles: { cycle: { code: string }; champions: number }[] } }>(query, {
      cycle: 'IMRF-2022',
    });
    expect(res.data?.peerLearningParticipation.cycles).toEqual([
      {
        cycle: { code: 'IMRF-2022' },
        champions: 3,
        events: 1,
        championsCountedOnly: 0,
        objectives: [{ objective: { number: 16 }, champions: 3 }],
      },
    ]);
    // The cycle check, the aggregate, then one batch each for regions and cycles (the objectives come from memory).
    expect(res.headers['x-sql-statements']).toBe('4');
    const ministerial = await t.gql<{ peerLearningParticipation: { regions: { region: { code: string } }[] } }>(query, {
      kinds: ['MINISTERIAL_MEETING'],
    });
    // Rabat: Morocco hosted, in ECA and ESCWA.
    expect(ministerial.data?.peerLearningParticipation.regions.map((r) => r.region.code)).toEqual(['ECA', 'ESCWA']);
  });

  it('refuses an unknown cycle and an empty list of kinds, naming the argument', async () => {
    const unknown = await t.gql(query, { cycle: 'IMRF-2023' });
    expect([unknown.errors?.[0]?.extensions?.code, (unknown.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field)]).toEqual([
      'BAD_USER_INPUT',
      ['cycle'],
    ]);
    const none = await t.gql(query, { kinds: [] });
    expect([none.errors?.[0]?.extensions?.code, (none.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field)]).toEqual([
      'BAD_USER_INPUT',
      ['kinds'],
    ]);
  });

  it("lists on Morocco's scorecard the events it hosted or took part in, latest first", async () => {
    const res = await t.gql<{ countryScorecard: { events: { id: string; startDate: string }[] } }>(
      '{ countryScorecard(iso3: "MAR") { events { id startDate } } }',
    );
    const events = res.data?.countryScorecard.events ?? [];
    expect(events.map((e) => e.id)).toEqual(expect.arrayContaining([SIDE_EVENT, DIALOGUE]));
    expect(events.map((e) => e.startDate)).toEqual(['2023-01-26', '2022-05-19', '2022-03-25', '2018-12-10']);
  });
});
