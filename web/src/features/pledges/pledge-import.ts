import type { ApiFieldError } from '../../lib/field-errors';

/** The import file's columns, in the order of the template (src/modules/pledges/pledge-csv.ts PLEDGE_CSV_COLUMNS). */
export const IMPORT_COLUMNS = [
  'externalId',
  'title',
  'description',
  'language',
  'pledgingEntityKind',
  'pledgingCountry',
  'pledgingEntityName',
  'isGlobal',
  'implementationCountries',
  'cycle',
  'nature',
  'type',
  'matchesPledge',
  'participants',
  'objectives',
  'mainObjective',
  'guidingPrinciples',
  'target',
  'targetDate',
  'status',
  'statusDate',
  'statusNarrative',
  'evidenceLinks',
] as const;

/** The columns every file needs (REQUIRED_PLEDGE_CSV_COLUMNS). */
export const REQUIRED_IMPORT_COLUMNS = ['externalId', 'title', 'description', 'pledgingCountry', 'nature', 'objectives', 'target'] as const;

/** The template's example rows: a state pledge and a stakeholders' partnership (docs/examples/pledges-import-example.csv). */
export const TEMPLATE_ROWS: string[][] = [
  [
    'EX-MAR-001',
    'Example: one-stop centres for newly arrived migrants',
    'An illustrative state pledge: open one-stop information centres where newly arrived migrants find language courses, registration and legal advice in one place.',
    'EN',
    'MEMBER_STATE',
    'MAR',
    '',
    'false',
    'MAR',
    'IMRF-2022',
    'POLICY',
    'INDIVIDUAL',
    '',
    '',
    '16;3',
    '16',
    '1;9',
    'Five centres open in five regions',
    '2025-12-31',
    'IN_PROGRESS',
    '2023-06-01',
    'Two centres opened.',
    'https://example.org/report-2023',
  ],
  [
    'EX-SEN-001',
    'Exemple : formation des agents municipaux',
    "Un engagement fictif d'une autorité locale : former les agents municipaux à l'accueil des personnes migrantes et à la lutte contre la discrimination.",
    'FR',
    'LOCAL_GOVERNMENT',
    'SEN',
    'Ville exemple',
    'false',
    'SEN',
    'IMRF-2022',
    'HUMAN_RESOURCES',
    'PARTNERSHIP',
    '',
    'Ville exemple|LOCAL_GOVERNMENT|SEN;Association exemple|CIVIL_SOCIETY|SEN',
    '16;17',
    '17',
    '4;10',
    '300 agents formés',
    '2026-06-30',
    '',
    '',
    '',
    '',
  ],
];

/** One problem of the file, as the table shows it: its row (as a spreadsheet numbers it, the header is 1), column and reasons. */
export interface ImportProblem {
  /** null: the file itself (a missing or unknown column, its size or encoding). */
  row: number | null;
  column: string;
  messages: string[];
}

/** The API's field errors of an import (`rows[3].nature`, `rows[4].participants.0.country`, `file`) as rows of a table, by row. */
export function importProblems(fields: readonly ApiFieldError[]): ImportProblem[] {
  const problems = fields.map((f): ImportProblem => {
    const m = /^rows\[(\d+)\]\.?(.*)$/.exec(f.field);
    if (m) return { row: Number(m[1]), column: m[2] || '–', messages: f.messages };
    return { row: null, column: f.field === 'file' ? '–' : f.field.replace(/^file\.?/, '') || '–', messages: f.messages };
  });
  return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
