import { parse } from 'csv-parse/sync';
import { BadUserInputError, type FieldError } from '../../common/errors/domain-error.js';

/**
 * The pledge import file: one row per pledge, a header row naming the columns. Column names
 * are those of CreatePledgeInput, so an error names the same field in both. Lists are
 * separated by semicolons ("16;23"); a participant is "name|KIND|ISO3".
 */
export const PLEDGE_CSV_COLUMNS = {
  title: 'text',
  description: 'text',
  language: 'EN, FR or ES (default EN)',
  pledgingEntityKind: 'MEMBER_STATE (default), CIVIL_SOCIETY, LOCAL_GOVERNMENT, PRIVATE_SECTOR, UN_ENTITY, ACADEMIA, OTHER',
  pledgingCountry: 'ISO3 of the pledging state, or where a stakeholder is based',
  pledgingEntityName: 'name of a pledging stakeholder',
  isGlobal: 'true or false (default false)',
  implementationCountries: 'ISO3 codes, e.g. MAR;SEN (default for a state: itself)',
  cycle: 'review cycle code, e.g. IMRF-2022',
  nature: 'FINANCIAL, HUMAN_RESOURCES, PROCESS or POLICY',
  type: 'INDIVIDUAL (default), COMMON, PARTNERSHIP or MATCHING',
  matchesPledge: 'id of the matched pledge (MATCHING only)',
  participants: 'name|KIND|ISO3 items, e.g. Ghana|MEMBER_STATE|GHA;IOM|UN_ENTITY|',
  objectives: 'objective numbers, e.g. 16;23',
  mainObjective: 'one of objectives (default: the first)',
  guidingPrinciples: 'principle numbers, e.g. 1;4',
  target: 'the measurable target',
  targetDate: 'YYYY-MM-DD',
  status: 'PLANNING (default), IN_PROGRESS, FULFILLED or WITHDRAWN',
  statusDate: 'YYYY-MM-DD of that status (default: today)',
  statusNarrative: 'what the status rests on (default: "Pledge recorded.")',
  evidenceLinks: 'http(s) addresses separated by semicolons',
} as const;

export type PledgeCsvColumn = keyof typeof PLEDGE_CSV_COLUMNS;
export const REQUIRED_PLEDGE_CSV_COLUMNS: readonly PledgeCsvColumn[] = ['title', 'description', 'nature', 'objectives', 'target'];
export const MAX_IMPORT_ROWS = 5000;
/** The largest import file, uploaded or given to the command line. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;

/** Where a CreatePledgeInput field sits in the file, for error messages. */
export const INPUT_FIELD_TO_COLUMN: Record<string, PledgeCsvColumn> = {
  'initialUpdate.status': 'status',
  'initialUpdate.date': 'statusDate',
  'initialUpdate.narrative': 'statusNarrative',
  'initialUpdate.evidenceLinks': 'evidenceLinks',
};

export interface PledgeCsvRow {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** Plain input in the shape of CreatePledgeInput, still to be validated. */
  input: Record<string, unknown>;
}

const list = (cell: string): string[] =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const numbers = (cell: string): (number | string)[] => list(cell).map((s) => (/^\d+$/.test(s) ? Number(s) : s));

const BOOLEAN: Record<string, boolean> = { true: true, yes: true, '1': true, false: false, no: false, '0': false };

/** Parses the file with csv-parse; a malformed file gives one `file` error and no rows. */
export function parsePledgeCsv(text: string): { rows: PledgeCsvRow[]; errors: FieldError[] } {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: true }) as string[][];
  } catch (err) {
    return { rows: [], errors: [{ field: 'file', messages: [`not a readable CSV file: ${(err as Error).message}`] }] };
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], errors: [{ field: 'file', messages: ['the file is empty; the first row must name the columns'] }] };
  const errors: FieldError[] = [];
  const known = new Set(Object.keys(PLEDGE_CSV_COLUMNS));
  const unknown = header.filter((h) => !known.has(h));
  if (unknown.length)
    errors.push({ field: 'file', messages: [`unknown columns: ${unknown.join(', ')} (expected: ${[...known].join(', ')})`] });
  const duplicated = header.filter((h, i) => header.indexOf(h) !== i);
  if (duplicated.length) errors.push({ field: 'file', messages: [`columns named twice: ${duplicated.join(', ')}`] });
  const missing = REQUIRED_PLEDGE_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) errors.push({ field: 'file', messages: [`missing columns: ${missing.join(', ')}`] });
  if (data.length === 0) errors.push({ field: 'file', messages: ['the file has no pledge rows'] });
  if (data.length > MAX_IMPORT_ROWS)
    errors.push({ field: 'file', messages: [`at most ${MAX_IMPORT_ROWS} rows per file; this one has ${data.length}`] });
  if (errors.length) return { rows: [], errors };
  const rows = data.map((record, i) => {
    const cells = Object.fromEntries(header.map((h, j) => [h, record[j] ?? ''])) as Record<PledgeCsvColumn, string>;
    return { row: i + 2, input: toInput(cells) };
  });
  return { rows, errors };
}

function toInput(cells: Record<PledgeCsvColumn, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) input[key] = value;
  };
  const text = (c: PledgeCsvColumn): string | undefined => (cells[c] ? cells[c] : undefined);
  for (const c of [
    'title',
    'description',
    'language',
    'pledgingEntityKind',
    'pledgingCountry',
    'pledgingEntityName',
    'cycle',
    'nature',
    'type',
    'matchesPledge',
    'target',
    'targetDate',
  ] as const) {
    set(c, text(c));
  }
  if (cells.isGlobal) set('isGlobal', BOOLEAN[cells.isGlobal.toLowerCase()] ?? cells.isGlobal);
  if (cells.implementationCountries) set('implementationCountries', list(cells.implementationCountries));
  if (cells.objectives !== undefined) set('objectives', numbers(cells.objectives));
  if (cells.mainObjective) set('mainObjective', /^\d+$/.test(cells.mainObjective) ? Number(cells.mainObjective) : cells.mainObjective);
  if (cells.guidingPrinciples) set('guidingPrinciples', numbers(cells.guidingPrinciples));
  if (cells.participants) {
    set(
      'participants',
      list(cells.participants).map((item) => {
        const [name, kind, country] = item.split('|').map((s) => s.trim());
        return { name, kind, ...(country ? { country } : {}) };
      }),
    );
  }
  if (cells.status || cells.statusDate || cells.statusNarrative || cells.evidenceLinks) {
    set('initialUpdate', {
      status: cells.status || 'PLANNING',
      ...(cells.statusDate ? { date: cells.statusDate } : {}),
      narrative: cells.statusNarrative || 'Pledge recorded.',
      ...(cells.evidenceLinks ? { evidenceLinks: list(cells.evidenceLinks) } : {}),
    });
  }
  return input;
}

/** The file's bytes as text; a file that is not UTF-8 is refused, naming `file`. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BadUserInputError('The file is not UTF-8 text', [{ field: 'file', messages: ['save the CSV file as UTF-8'] }]);
  }
}
