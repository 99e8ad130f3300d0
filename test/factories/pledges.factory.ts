import type { TestApp } from '../helpers/test-app.js';

export const PLEDGE_FIELDS = `id title status statusDate version language isOverdue byChampionCountry type nature target targetDate cycleCode
  pledgingEntity { kind name countryIso3 }
  objectives { isMain objective { number } }
  updates { status previousStatus date narrative evidenceLinks recordedBy }`;

/** A Morocco pledge on Objective 16 made at IMRF-2022, as a focal point would record it. */
export function moroccoPledgeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'National strategy on immigration and asylum: social inclusion of migrants',
    description:
      'Morocco commits to extend access to health, education and vocational training to regular migrants under its national strategy.',
    pledgingCountry: 'MAR',
    cycle: 'IMRF-2022',
    nature: 'POLICY',
    objectives: [16, 15],
    guidingPrinciples: [1, 6],
    target: 'Migrants enrolled in vocational training programmes in all regions',
    targetDate: '2027-12-31',
    initialUpdate: { status: 'PLANNING', date: '2022-05-20', narrative: 'Announced at the International Migration Review Forum.' },
    ...overrides,
  };
}

export interface CreatedPledge {
  id: string;
  version: number;
  status: string;
}

/** Records a pledge over GraphQL as the given caller; fails the test if it is refused. */
export async function createPledge(
  t: TestApp,
  headers: Record<string, string>,
  overrides: Record<string, unknown> = {},
): Promise<CreatedPledge> {
  const res = await t.gql<{ createPledge: CreatedPledge }>(
    'mutation($input: CreatePledgeInput!) { createPledge(input: $input) { id version status } }',
    { input: moroccoPledgeInput(overrides) },
    headers,
  );
  if (!res.data?.createPledge) throw new Error(`createPledge failed: ${JSON.stringify(res.errors)}`);
  return res.data.createPledge;
}

/** Adds an update to a pledge; returns the new version. */
export async function recordPledgeUpdate(
  t: TestApp,
  headers: Record<string, string>,
  pledge: { id: string; version: number },
  input: Record<string, unknown>,
): Promise<CreatedPledge> {
  const res = await t.gql<{ recordPledgeUpdate: CreatedPledge }>(
    'mutation($id: ID!, $v: Int!, $input: PledgeUpdateInput!) { recordPledgeUpdate(pledgeId: $id, version: $v, input: $input) { id version status } }',
    { id: pledge.id, v: pledge.version, input },
    headers,
  );
  if (!res.data?.recordPledgeUpdate) throw new Error(`recordPledgeUpdate failed: ${JSON.stringify(res.errors)}`);
  return res.data.recordPledgeUpdate;
}
