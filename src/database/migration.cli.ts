import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/app-config.js';
import { loadDotEnv } from '../config/dot-env.js';
import { projectRoot } from '../common/project-root.js';
import { buildDataSourceOptions } from './database-options.js';
import { migrateDatabase } from './migrate.js';
import { openDatabase } from './open-database.js';

const USAGE = `Usage: migration.cli <command>
  run                 apply pending migrations and synchronise reference data
  revert              undo the last applied migration
  show                list migrations and whether they are applied
  generate <Name>     write a migration for the difference between the entities and the schema
  check               fail when the entities need a migration that is not there
                      (runs against a throwaway embedded database unless DATABASE_URL is set)`;

async function schemaDiff(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query) };
}

function escapeForTemplate(sql: string): string {
  return sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

async function writeMigration(name: string, diff: { up: string[]; down: string[] }): Promise<string> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('The migration name must be PascalCase, e.g. AddPledges');
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const fileBase = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
  const body = (queries: string[]): string => queries.map((q) => `    await queryRunner.query(\`${escapeForTemplate(q)}\`);`).join('\n');
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${body(diff.up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${body(diff.down.reverse())}
  }
}
`;
  const dir = join(projectRoot(), 'migrations');
  await writeFile(join(dir, `${fileBase}.ts`), source);
  const indexPath = join(dir, 'index.ts');
  let index = await readFile(indexPath, 'utf8');
  const importLine = `import { ${className} } from './${fileBase}.js';\n`;
  index =
    importLine +
    index.replace(/export const migrations: Function\[\] = \[([^\]]*)\];/, (_m, list: string) => {
      const items = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      items.push(className);
      return `export const migrations: Function[] = [${items.join(', ')}];`;
    });
  await writeFile(indexPath, index);
  return `migrations/${fileBase}.ts`;
}

async function main(): Promise<number> {
  const [command, arg] = process.argv.slice(2);
  if (!command || !['run', 'revert', 'show', 'generate', 'check'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  loadDotEnv();
  const config = loadAppConfig();
  const throwaway = (command === 'check' || command === 'generate') && !config.DATABASE_URL;
  const opened = await openDatabase(throwaway ? { ...config, EMBEDDED_DATA_DIR: 'memory://' } : config);
  const dataSource = new DataSource(buildDataSourceOptions(opened.target));
  await dataSource.initialize();
  try {
    switch (command) {
      case 'run': {
        const { applied } = await migrateDatabase(dataSource, { lock: opened.target.kind === 'server' });
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
        console.log('Reference data synchronised.');
        return 0;
      }
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        return 0;
      case 'show': {
        const pending = await dataSource.showMigrations();
        console.log(pending ? 'There are pending migrations.' : 'All migrations are applied.');
        return 0;
      }
      case 'generate':
      case 'check': {
        if (throwaway) await dataSource.runMigrations({ transaction: 'each' });
        const diff = await schemaDiff(dataSource);
        if (command === 'check') {
          if (diff.up.length === 0) {
            console.log('Entities and migrations agree.');
            return 0;
          }
          console.error(`The entities need a migration that is not there:\n${diff.up.join(';\n')};`);
          return 1;
        }
        if (!arg) {
          console.error(USAGE);
          return 2;
        }
        if (diff.up.length === 0) {
          console.log('No changes: nothing to generate.');
          return 0;
        }
        console.log(`Wrote ${await writeMigration(arg, diff)}`);
        return 0;
      }
    }
    return 2;
  } finally {
    await dataSource.destroy();
    await opened.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
