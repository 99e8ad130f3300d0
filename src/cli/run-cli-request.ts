import type { Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { AccountsService } from '../modules/accounts/accounts.service.js';
import { CreateAccountInput } from '../modules/accounts/dto/create-account.input.js';
import type { AuditActor } from '../modules/audit/audit.service.js';
import { DEMO_PASSWORD } from '../modules/demo/demo-accounts.js';
import { DemoSeederService } from '../modules/demo/demo-seeder.service.js';
import { PledgeImportService } from '../modules/pledges/pledge-import.service.js';
import type { CliRequest } from './cli-request.js';

/** Who acts for the command line, in the audit trail and in every record's "recorded by". */
export const CLI_ACTOR: AuditActor = { kind: 'system', label: 'cli' };

/** Where the command finds the application's services: its own application context, or the running server's. */
export interface ServiceLocator {
  get<T>(type: Type<T>): T;
}

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Runs one command with the application's own services (so every rule and the audit trail
 * apply, the command line acting as the system actor "cli"), in this process or in the
 * running server. Expected failures become a code and one line per field; returns the exit code.
 */
export async function runCliRequest(services: ServiceLocator, request: CliRequest, output: CliOutput): Promise<number> {
  try {
    return await run(services, request, output);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    output.err(`${err.code}: ${err.message}`);
    for (const f of err.fields) output.err(`  ${f.field}: ${f.messages.join('; ')}`);
    return 1;
  }
}

async function run(services: ServiceLocator, request: CliRequest, output: CliOutput): Promise<number> {
  switch (request.command) {
    case 'create-user': {
      const input = plainToInstance(CreateAccountInput, request.account);
      const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length) {
        for (const e of errors)
          output.err(`--${e.property === 'displayName' ? 'name' : e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
        return 1;
      }
      const created = await services.get(AccountsService).create(CLI_ACTOR, input);
      output.out(
        `Created ${created.role} account ${created.email} (${created.id})${created.countryIso3 ? ` for ${created.countryIso3}` : ''}.`,
      );
      return 0;
    }
    case 'import-pledges': {
      const result = await services
        .get(PledgeImportService)
        .importCsvBytes(CLI_ACTOR, Buffer.from(request.base64, 'base64'), request.dryRun);
      const what = `${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged`;
      output.out(
        result.dryRun
          ? `All ${result.rows} rows are valid (${what}); nothing written (dry run).`
          : `Imported ${result.rows} rows: ${what}.`,
      );
      return 0;
    }
    case 'seed-demo': {
      if (!services.get(AppConfig).usesEmbeddedDatabase && !request.allowServer) {
        output.err(
          'Refusing to load demo data (accounts with a published password) on a PostgreSQL server. Add --allow-server if you really mean it.',
        );
        return 1;
      }
      await services.get(DemoSeederService).seed(CLI_ACTOR, (line) => output.out(line));
      output.out(`Demo password for every demo account: ${DEMO_PASSWORD}`);
      return 0;
    }
  }
}
