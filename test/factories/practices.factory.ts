import type { TestApp } from '../helpers/test-app.js';

/** A French-language practice from Morocco on Objective 16, as a focal point drafts it. */
export function moroccoPracticeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "Guichets d'accueil pour les travailleurs saisonniers",
    summary:
      'Des guichets uniques accompagnent les travailleuses et travailleurs saisonniers dans leurs démarches de logement et de santé.',
    language: 'FR',
    practiceType: 'PROGRAMME',
    objectives: [16, 6],
    guidingPrinciples: [1, 7],
    sdgs: [8, 10],
    startYear: 2021,
    implementingPartners: ["Ministère de l'Inclusion économique", 'OIM Maroc'],
    links: ['https://example.org/guichets'],
    ...overrides,
  };
}

export interface CreatedPractice {
  id: string;
  version: number;
  status: string;
}

export async function createPractice(
  t: TestApp,
  headers: Record<string, string>,
  overrides: Record<string, unknown> = {},
): Promise<CreatedPractice> {
  const res = await t.gql<{ createGoodPractice: CreatedPractice }>(
    'mutation($input: CreateGoodPracticeInput!) { createGoodPractice(input: $input) { id version status } }',
    { input: moroccoPracticeInput(overrides) },
    headers,
  );
  if (!res.data?.createGoodPractice) throw new Error(`createGoodPractice failed: ${JSON.stringify(res.errors)}`);
  return res.data.createGoodPractice;
}

/** Runs one workflow mutation (submit, return, publish) and returns the practice, or throws with the errors. */
export async function practiceStep(
  t: TestApp,
  headers: Record<string, string>,
  mutation: 'submitGoodPractice' | 'returnGoodPractice' | 'publishGoodPractice',
  practice: { id: string; version: number },
  comment?: string,
): Promise<CreatedPractice> {
  const withComment = mutation === 'submitGoodPractice' ? '' : ', comment: $comment';
  const res = await t.gql<Record<string, CreatedPractice>>(
    `mutation($id: ID!, $v: Int!${mutation === 'submitGoodPractice' ? '' : mutation === 'returnGoodPractice' ? ', $comment: String!' : ', $comment: String'}) { ${mutation}(id: $id, version: $v${withComment}) { id version status } }`,
    { id: practice.id, v: practice.version, ...(mutation === 'submitGoodPractice' ? {} : { comment }) },
    headers,
  );
  if (!res.data?.[mutation]) throw new Error(`${mutation} failed: ${JSON.stringify(res.errors)}`);
  return res.data[mutation];
}
