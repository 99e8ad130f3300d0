import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AppModule } from './app.module.js';
import { DomainError } from './common/errors/domain-error.js';
import { loadAppConfig } from './config/app-config.js';
import { AccountsService } from './modules/accounts/accounts.service.js';
import { CreateAccountInput } from './modules/accounts/dto/account.inputs.js';
import { DEMO_PASSWORD } from './modules/demo/demo-accounts.js';
import { DemoSeederService } from './modules/demo/demo-seeder.service.js';
import { PledgeImportService } from './modules/pledges/pledge-import.service.js';

const USAGE = `GCM Tracker command line

  npm run cli -- create-user --email <email> --name "<display name>" --role <SECRETARIAT|ANALYST|FOCAL_POINT> [--country <ISO3>]
      Creates an account. The password is read from the GCM_PASSWORD environment variable,
      or else from the first line of standard input.

  npm run cli -- import-pledges <file.csv> [--dry-run]
      Imports pledges from a UTF-8 CSV file (columns: docs/pledges.md, "Importing pledges"), all or
      nothing: one bad row rejects the file, and each bad row is listed with its reasons.
      --dry-run only validates.

  npm run cli -- seed-demo [--allow-server]
      Loads the demo dataset: the documented demo accounts (docs/operations.md, "Demo data") and
      invented pledges and good practices marked [Demo]. Only on the embedded database
      unless --allow-server is given. Running it again skips what is there.

The database is the one the server uses: DATABASE_URL, or the embedded database in EMBEDDED_DATA_DIR.`;

const CLI_ACTOR = { kind: 'system' as const, label: 'cli' };

async function readPassword(): Promise<string> {
  if (process.env.GCM_PASSWORD) return process.env.GCM_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('Password (12 to 128 characters): ');
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'create-user' && command !== 'seed-demo' && command !== 'import-pledges') {
    console.error(USAGE);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: command === 'import-pledges',
    options: {
      'dry-run': { type: 'boolean', default: false },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      country: { type: 'string' },
      'allow-server': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const config = loadAppConfig({ LOG_LEVEL: 'warn', ...process.env, GRAPHQL_IDE: 'false' });
  if (command === 'seed-demo' && !config.usesEmbeddedDatabase && !values['allow-server']) {
    console.error(
      'Refusing to load demo data (accounts with a published password) on a PostgreSQL server. Add --allow-server if you really mean it.',
    );
    return 1;
  }
  let input: CreateAccountInput | undefined;
  if (command === 'create-user') {
    input = plainToInstance(CreateAccountInput, {
      email: values.email,
      displayName: values.name,
      role: values.role,
      country: values.country,
      password: await readPassword(),
    });
    const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) {
      for (const e of errors)
        console.error(`--${e.property === 'displayName' ? 'name' : e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
      return 1;
    }
  }

  if (command === 'import-pledges' && positionals.length !== 1) {
    console.error('Give one CSV file: npm run cli -- import-pledges <file.csv> [--dry-run]');
    return 2;
  }

  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    if (command === 'import-pledges') {
      const result = await app.get(PledgeImportService).importCsvFile(CLI_ACTOR, positionals[0], values['dry-run']);
      console.log(result.dryRun ? `All ${result.rows} rows are valid; nothing written (dry run).` : `Imported ${result.imported} pledges.`);
      return 0;
    }
    const accounts = app.get(AccountsService);
    if (input) {
      const created = await accounts.create(CLI_ACTOR, input);
      console.log(
        `Created ${created.role} account ${created.email} (${created.id})${created.countryIso3 ? ` for ${created.countryIso3}` : ''}.`,
      );
      return 0;
    }
    await app.get(DemoSeederService).seed(CLI_ACTOR, (line) => console.log(line));
    console.log(`Demo password for every demo account: ${DEMO_PASSWORD}`);
    return 0;
  } catch (err) {
    if (err instanceof DomainError) {
      console.error(`${err.code}: ${err.message}`);
      for (const f of err.fields) console.error(`  ${f.field}: ${f.messages.join('; ')}`);
      return 1;
    }
    throw err;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
