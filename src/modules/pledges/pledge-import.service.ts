import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { DataSource } from 'typeorm';
import { BadUserInputError, type FieldError } from '../../common/errors/domain-error.js';
import { flattenValidationErrors } from '../../graphql/validation.js';
import type { AuditActor } from '../audit/audit.service.js';
import { CreatePledgeInput } from './dto/pledge.inputs.js';
import { checkPledgeContent, contentFromCreate, type PledgeContent } from './pledge-content.js';
import { decodeUtf8, INPUT_FIELD_TO_COLUMN, parsePledgeCsv } from './pledge-csv.js';
import { type InitialUpdate, initialUpdateOf, PledgeEditorService } from './pledge-editor.service.js';

export interface PledgeImportResult {
  rows: number;
  imported: number;
  dryRun: boolean;
  pledgeIds: string[];
}

/** At most this many row errors are reported; the count says how many rows failed in all. */
const MAX_REPORTED_ERRORS = 500;

/**
 * Imports pledges from a CSV file, all or nothing: every row is validated (input rules,
 * cross-field rules, references) before anything is written; one bad row rejects the file
 * with each bad row's number and reasons, and nothing is written.
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
    if (parsed.errors.length) throw new BadUserInputError('The file cannot be imported; nothing was imported', parsed.errors);
    const errors: FieldError[] = [];
    const valid: { content: PledgeContent; initial: InitialUpdate; prefix: string }[] = [];
    for (const { row, input } of parsed.rows) {
      const prefix = `rows[${row}]`;
      const instance = plainToInstance(CreatePledgeInput, input);
      const inputErrors = flattenValidationErrors(await validate(instance, { whitelist: true, forbidNonWhitelisted: true }), prefix).map(
        (e) => ({
          field: renameField(e.field, prefix),
          messages: e.messages,
        }),
      );
      if (inputErrors.length) {
        errors.push(...inputErrors);
        continue;
      }
      const content = contentFromCreate(instance);
      const initial = initialUpdateOf(instance.initialUpdate, `${prefix}.initialUpdate`);
      const rowErrors = [...checkPledgeContent(content, prefix), ...('field' in initial ? [initial] : [])];
      if (rowErrors.length) errors.push(...rowErrors.map((e) => ({ field: renameField(e.field, prefix), messages: e.messages })));
      else valid.push({ content, initial: initial as InitialUpdate, prefix });
    }
    return this.db.transaction(async (m) => {
      errors.push(...(await this.editor.findReferenceErrors(m, valid)));
      if (errors.length) {
        const badRows = new Set(errors.map((e) => /^rows\[(\d+)\]/.exec(e.field)?.[1]));
        const shown = errors.sort((a, b) => rowOf(a) - rowOf(b)).slice(0, MAX_REPORTED_ERRORS);
        throw new BadUserInputError(
          `${badRows.size} of ${parsed.rows.length} rows are not valid; nothing was imported${shown.length < errors.length ? ` (first ${shown.length} problems shown)` : ''}`,
          shown,
        );
      }
      const pledgeIds = dryRun ? [] : await this.editor.insertMany(m, actor, valid);
      return { rows: parsed.rows.length, imported: pledgeIds.length, dryRun, pledgeIds };
    });
  }
}

const rowOf = (e: FieldError): number => Number(/^rows\[(\d+)\]/.exec(e.field)?.[1] ?? 0);

/** `rows[3].initialUpdate.date` -> `rows[3].statusDate`: errors name the file's columns. */
function renameField(field: string, prefix: string): string {
  const inner = field.slice(prefix.length + 1);
  const column = INPUT_FIELD_TO_COLUMN[inner];
  return column ? `${prefix}.${column}` : field;
}
