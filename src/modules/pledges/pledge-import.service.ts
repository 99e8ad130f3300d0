import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { DataSource } from 'typeorm';
import { BadUserInputError, type FieldError } from '../../common/errors/domain-error.js';
import { flattenValidationErrors } from '../../graphql/validation.js';
import type { AuditActor } from '../audit/audit.service.js';
import { CreatePledgeInput } from './dto/create-pledge.input.js';
import { checkPledgeContent, contentFromCreate, type PledgeContent } from './pledge-content.js';
import { decodeUtf8, INPUT_FIELD_TO_COLUMN, parsePledgeCsv } from './pledge-csv.js';
import type { PledgeStatus } from './pledge.enums.js';
import {
  checkNextStep,
  type ImportedPledge,
  type InitialUpdate,
  initialUpdateOf,
  PledgeEditorService,
  rethrowDuplicateExternalId,
} from './pledge-editor.service.js';

export interface PledgeImportResult {
  rows: number;
  /** created + updated */
  imported: number;
  created: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
  pledgeIds: string[];
}

/** At most this many problems are reported; the count says how many rows failed in all. */
const MAX_REPORTED_ERRORS = 500;

/**
 * Cross-field rules that read another field: when that field is itself wrong (or its column
 * missing), the rule is not applied, so each problem is reported once, at its own field.
 */
const READS: Record<string, readonly string[]> = {
  objectives: ['mainObjective'],
  pledgingEntityKind: ['pledgingCountry', 'pledgingEntityName', 'implementationCountries', 'participants'],
  pledgingCountry: ['implementationCountries'],
  isGlobal: ['implementationCountries'],
  type: ['matchesPledge', 'participants'],
};

/** One row, read and checked on its own (the references and the stored pledges come next). */
interface CheckedRow {
  row: number;
  prefix: string;
  content: PledgeContent;
  /** The row's status columns as the pledge's first step; null when they are wrong. */
  initial: InitialUpdate | null;
  statusGiven: boolean;
  dateGiven: boolean;
  /** Top-level fields that are wrong or whose column is missing. */
  bad: Set<string>;
}

class DryRunRollback extends Error {
  constructor(readonly result: PledgeImportResult) {
    super('dry run');
  }
}

/**
 * Imports pledges from a CSV file, all or nothing. Every row is checked in one pass (its
 * format, the rules between its fields, its references, and its match with a stored pledge)
 * and every problem of every row is reported at once; one bad row rejects the file and
 * nothing is written. A row whose externalId matches a pledge of the same pledging entity
 * updates that pledge (its fields, and its status as a new step of the history when the
 * status differs); two rows of one file cannot share one.
 */
@Injectable()
export class PledgeImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly editor: PledgeEditorService,
  ) {}

  /** The command line's way in: the same import, from the bytes of a file (the command line reads it). */
  importCsvBytes(actor: AuditActor, bytes: Uint8Array, dryRun: boolean): Promise<PledgeImportResult> {
    return this.importCsv(actor, decodeUtf8(bytes), dryRun);
  }

  async importCsv(actor: AuditActor, text: string, dryRun: boolean): Promise<PledgeImportResult> {
    const parsed = parsePledgeCsv(text);
    if (parsed.rows.length === 0) throw new BadUserInputError('The file cannot be imported; nothing was imported', parsed.errors);
    const errors: FieldError[] = [...parsed.errors];
    const rows: CheckedRow[] = [];
    for (const { row, input } of parsed.rows) {
      const checked = await checkRow(row, input, parsed.missingColumns);
      rows.push(checked.row);
      errors.push(...checked.errors);
    }
    return this.db
      .transaction(async (m) => {
        errors.push(...(await this.editor.findReferenceErrors(m, rows)));
        const stored = await this.editor.findByExternalIds(
          m,
          rows.map((r) => r.content),
        );
        const items: ImportedPledge[] = [];
        const firstRowOf = new Map<string, number>();
        rows.forEach((r, i) => {
          const key = entityKey(r);
          if (key !== null) {
            const first = firstRowOf.get(key);
            if (first === undefined) firstRowOf.set(key, r.row);
            else errors.push({ field: `${r.prefix}.externalId`, messages: [`also in row ${first}, for the same pledging entity`] });
          }
          const existing = stored[i] ?? null;
          if (existing === null) {
            if (r.initial) items.push({ content: r.content, existing: null, initial: r.initial });
            return;
          }
          if (r.content.matchesPledgeId === existing.id)
            errors.push({ field: `${r.prefix}.matchesPledge`, messages: [`cannot be the pledge itself (${existing.id})`] });
          const step = r.initial && stepOf(r, existing);
          if (step) {
            const refusal = checkNextStep(existing, step, { status: `${r.prefix}.status`, date: `${r.prefix}.statusDate` });
            errors.push(...(refusal.transition ? [refusal.transition.field] : []), ...(refusal.date ? [refusal.date] : []));
          }
          items.push({ content: r.content, existing, step });
        });
        if (errors.length) throw refusalOf(errors, rows.length);
        const saved = await this.editor.saveImported(m, actor, items);
        const count = (outcome: string): number => saved.filter((s) => s.outcome === outcome).length;
        const result: PledgeImportResult = {
          rows: rows.length,
          imported: count('created') + count('updated'),
          created: count('created'),
          updated: count('updated'),
          unchanged: count('unchanged'),
          dryRun,
          pledgeIds: dryRun ? [] : saved.map((s) => s.id),
        };
        // A dry run writes everything, database rules included, then rolls it all back.
        if (dryRun) throw new DryRunRollback(result);
        return result;
      })
      .catch((err: unknown) => {
        if (err instanceof DryRunRollback) return err.result;
        return rethrowDuplicateExternalId(err, 'file');
      });
  }
}

/** One row's format, its rules between fields, and the external id the import needs. */
async function checkRow(
  row: number,
  input: Record<string, unknown>,
  missingColumns: readonly string[],
): Promise<{ row: CheckedRow; errors: FieldError[] }> {
  const prefix = `rows[${row}]`;
  const instance = plainToInstance(CreatePledgeInput, input);
  const formatErrors = flattenValidationErrors(await validate(instance, { whitelist: true, forbidNonWhitelisted: true }), prefix);
  const bad = new Set([...missingColumns, ...formatErrors.map((e) => topField(e.field, prefix))]);
  // A missing column is reported once, for the file.
  const errors = formatErrors.filter((e) => !missingColumns.includes(topField(e.field, prefix)));
  if (!bad.has('externalId') && !instance.externalId?.trim()) {
    errors.push({ field: `${prefix}.externalId`, messages: ["required: the pledge's reference in your file or system"] });
    bad.add('externalId');
  }
  const content = contentFromCreate(withoutFields(instance, bad));
  const initial = bad.has('initialUpdate') ? null : initialUpdateOf(instance.initialUpdate, `${prefix}.initialUpdate`);
  const crossField = [...checkPledgeContent(content, prefix), ...(initial && 'field' in initial ? [initial] : [])].filter(
    (e) => !readsBadField(topField(e.field, prefix), bad),
  );
  errors.push(...crossField);
  return {
    row: {
      row,
      prefix,
      content,
      initial: initial && !('field' in initial) ? initial : null,
      statusGiven: instance.initialUpdate !== undefined,
      dateGiven: instance.initialUpdate?.date !== undefined,
      bad,
    },
    errors: errors.map((e) => ({ field: renameField(e.field, prefix), messages: e.messages })),
  };
}

/** The instance without its bad fields, required texts and lists empty, so the other fields can still be checked. */
function withoutFields(instance: CreatePledgeInput, bad: Set<string>): CreatePledgeInput {
  const kept = Object.fromEntries(Object.entries(instance).filter(([k]) => !bad.has(k)));
  return plainToInstance(CreatePledgeInput, { title: '', description: '', target: '', objectives: [], ...kept });
}

const readsBadField = (field: string, bad: Set<string>): boolean =>
  bad.has(field) || [...bad].some((b) => READS[b]?.includes(field) ?? false);

/** Who pledges and the external id, as the unique index compares them; null when the row cannot be matched. */
function entityKey(r: CheckedRow): string | null {
  const { content: c } = r;
  if (c.externalId === null || ['externalId', 'pledgingEntityKind', 'pledgingCountry', 'pledgingEntityName'].some((f) => r.bad.has(f)))
    return null;
  return [c.pledgingEntityKind, c.pledgingCountryIso3 ?? '', (c.pledgingEntityName ?? '').toLowerCase(), c.externalId].join('\u0000');
}

/** The new step a row asks of a stored pledge: none without status columns, or when they say what it says already. */
function stepOf(r: CheckedRow, existing: { status: PledgeStatus; statusDate: string }): InitialUpdate | null {
  if (!r.statusGiven || !r.initial) return null;
  const same = r.initial.status === existing.status && (!r.dateGiven || r.initial.date === existing.statusDate);
  return same ? null : r.initial;
}

function refusalOf(errors: FieldError[], rowCount: number): BadUserInputError {
  const badRows = new Set(errors.map((e) => /^rows\[(\d+)\]/.exec(e.field)?.[1]).filter((r) => r !== undefined));
  const shown = errors.sort((a, b) => rowOf(a) - rowOf(b)).slice(0, MAX_REPORTED_ERRORS);
  const more = shown.length < errors.length ? ` (first ${shown.length} problems shown)` : '';
  return new BadUserInputError(
    badRows.size
      ? `${badRows.size} of ${rowCount} rows are not valid; nothing was imported${more}`
      : `The file cannot be imported; nothing was imported${more}`,
    shown,
  );
}

const rowOf = (e: FieldError): number => Number(/^rows\[(\d+)\]/.exec(e.field)?.[1] ?? 0);

/** `rows[3].initialUpdate.date` -> `initialUpdate`: the input field a problem is about. */
const topField = (field: string, prefix: string): string => field.slice(prefix.length + 1).split('.')[0] ?? '';

/** `rows[3].initialUpdate.date` -> `rows[3].statusDate`: errors name the file's columns. */
function renameField(field: string, prefix: string): string {
  const inner = field.slice(prefix.length + 1);
  const column = INPUT_FIELD_TO_COLUMN[inner];
  return column ? `${prefix}.${column}` : field;
}
