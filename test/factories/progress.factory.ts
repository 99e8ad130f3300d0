import type { GraphqlResult, TestApp } from '../helpers/test-app.js';

type Headers = Record<string, string>;

export interface Entry {
  id: string;
  version: number;
  state: string;
  reportedLevel: string | null;
  validatedLevel: string | null;
}

const ENTRY = 'id version state reportedLevel validatedLevel';

/** A day counted from today (UTC), YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The secretariat gives a country 30 more days on a cycle whose window has closed. */
export async function extendWindow(t: TestApp, secretariat: Headers, cycle: string, country: string, days = 30): Promise<void> {
  const res = await t.gql(
    'mutation($cycle: String!, $country: String!, $to: String!) { extendReportingWindow(cycle: $cycle, country: $country, closesOn: $to, reason: "Late national consultation") { isOpen } }',
    { cycle, country, to: daysFromToday(days) },
    secretariat,
  );
  if (res.errors) throw new Error(`extendReportingWindow failed: ${JSON.stringify(res.errors)}`);
}

export function entryInput(cycle: string, objective: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    cycle,
    objective,
    reportedLevel: 'SUBSTANTIAL',
    narrative: `National measures on Objective ${objective} reached most regions in the review period.`,
    measuresTaken: 'A national strategy and two implementing decrees.',
    evidenceLinks: [`https://example.org/objective-${objective}`],
    ...overrides,
  };
}

export function tryCreateEntry(
  t: TestApp,
  headers: Headers,
  input: Record<string, unknown>,
): Promise<GraphqlResult<{ createProgressEntry: Entry }>> {
  return t.gql('mutation($input: CreateProgressEntryInput!) { createProgressEntry(input: $input) { ' + ENTRY + ' } }', { input }, headers);
}

export async function createEntry(
  t: TestApp,
  headers: Headers,
  cycle: string,
  objective: number,
  overrides: Record<string, unknown> = {},
): Promise<Entry> {
  const res = await tryCreateEntry(t, headers, entryInput(cycle, objective, overrides));
  if (!res.data?.createProgressEntry) throw new Error(`createProgressEntry failed: ${JSON.stringify(res.errors)}`);
  return res.data.createProgressEntry;
}

type Step = 'updateProgressEntry' | 'submitProgressEntry' | 'validateProgressEntry' | 'returnProgressEntry' | 'reopenProgressEntry';

const SIGNATURES: Record<Step, { vars: string; args: string }> = {
  updateProgressEntry: { vars: ', $input: UpdateProgressEntryInput!', args: ', input: $input' },
  submitProgressEntry: { vars: ', $comment: String', args: ', comment: $comment' },
  validateProgressEntry: { vars: ', $input: ValidateProgressEntryInput', args: ', input: $input' },
  returnProgressEntry: { vars: ', $comment: String!', args: ', comment: $comment' },
  reopenProgressEntry: { vars: ', $reason: String!', args: ', reason: $reason' },
};

/** One workflow mutation on an entry, at the version given; the raw result, errors included. */
export function tryStep(
  t: TestApp,
  headers: Headers,
  step: Step,
  entry: { id: string; version: number },
  vars: Record<string, unknown> = {},
): Promise<GraphqlResult<Record<string, Entry>>> {
  const s = SIGNATURES[step];
  return t.gql(
    `mutation($id: ID!, $v: Int!${s.vars}) { ${step}(id: $id, version: $v${s.args}) { ${ENTRY} } }`,
    { id: entry.id, v: entry.version, ...vars },
    headers,
  );
}

export async function step(
  t: TestApp,
  headers: Headers,
  name: Step,
  entry: { id: string; version: number },
  vars: Record<string, unknown> = {},
): Promise<Entry> {
  const res = await tryStep(t, headers, name, entry, vars);
  if (!res.data?.[name]) throw new Error(`${name} failed: ${JSON.stringify(res.errors)}`);
  return res.data[name];
}
