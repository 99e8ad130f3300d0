import { parse } from 'csv-parse/sync';
import { BadUserInputError, type FieldError } from '../../common/errors/domain-error.js';

/**
 * The pledge import file: one row per pledge, a header row naming the columns. Column names
 * are those of CreatePledgeInput, so an error names the same field in both. Lists are
 * separated by semicolons ("16;23"); a participant is "name|KIND|ISO3".
 */
export const PLEDGE_CSV_COLUMNS = {
  externalId: "the pledge's reference in your file or system, unique per pledging entity: importing it again updates that pledge",
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
/**
 * The columns every file has. pledgingCountry names the pledging state (the default kind of
 * pledging entity); for a stakeholder its cell may be empty (pledgingEntityKind and
 * pledgingEntityName columns then name the stakeholder).
 */
export const REQUIRED_PLEDGE_CSV_COLUMNS: readonly PledgeCsvColumn[] = [
  'externalId',
  'title',
  'description',
  'pledgingCountry',
  'nature',
  'objectives',
  'target',
];
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

/**
 * Parses the file with csv-parse. A file that cannot be read as a table (not CSV, no header,
 * a column named twice, no rows, too many) gives `file` errors and no rows. Unknown and
 * missing columns are `file` errors too, but the rows are still read (unknown columns left
 * out), so every problem of every row can be reported in the same answer.
 */
export function parsePledgeCsv(text: string): { rows: PledgeCsvRow[]; errors: FieldError[]; missingColumns: PledgeCsvColumn[] } {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: true });
  } catch (err) {
    return { rows: [], errors: [{ field: 'file', messages: [`not a readable CSV file: ${(err as Error).message}`] }], missingColumns: [] };
  }
  const [header, ...data] = records;
  if (!header)
    return {
      rows: [],
      errors: [{ field: 'file', messages: ['the file is empty; the first row must name the columns'] }],
      missingColumns: [],
    };
  const errors: FieldError[] = [];
  const stop = (message: string): void => {
    errors.push({ field: 'file', messages: [message] });
  };
  const known = new Set(Object.keys(PLEDGE_CSV_COLUMNS));
  const unknown = header.filter((h) => !known.has(h));
  if (unknown.length)
    errors.push({ field: 'file', messages: [`unknown columns: ${unknown.join(', ')} (expected: ${[...known].join(', ')})`] });
  const missingColumns = REQUIRED_PLEDGE_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missingColumns.length) errors.push({ field: 'file', messages: [`missing columns: ${missingColumns.join(', ')}`] });
  const readable = errors.length;
  const duplicated = header.filter((h, i) => header.indexOf(h) !== i);
  if (duplicated.length) stop(`columns named twice: ${duplicated.join(', ')}`);
  if (data.length === 0) stop('the file has no pledge rows');
  if (data.length > MAX_IMPORT_ROWS) stop(`at most ${MAX_IMPORT_ROWS} rows per file; this one has ${data.length}`);
  if (errors.length > readable) return { rows: [], errors, missingColumns };
  const rows = data.map((record, i) => {
    const cells = Object.fromEntries(header.filter((h) => known.has(h)).map((h) => [h, record[header.indexOf(h)] ?? ''])) as Record<
      PledgeCsvColumn,
      string
    >;
    return { row: i + 2, input: toInput(cells) };
  });
  return { rows, errors, missingColumns };
}

function toInput(cells: Record<PledgeCsvColumn, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) input[key] = value;
  };
  const text = (c: PledgeCsvColumn): string | undefined => (cells[c] ? cells[c] : undefined);
  for (const c of [
    'externalId',
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
