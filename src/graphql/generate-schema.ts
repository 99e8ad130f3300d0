import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createApp } from '../app.factory.js';
import { projectRoot } from '../common/project-root.js';
import { loadAppConfig } from '../config/app-config.js';

const HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------

`;

/**
 * Writes schema.gql (sorted) from the code-first resolvers: boots the app on a throwaway
 * embedded database and prints the schema it serves. This is the only writer of the file
 * (no boot writes it); CI runs it and fails when the committed schema.gql differs.
 */
async function main(): Promise<void> {
  const config = loadAppConfig({
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: '',
    EMBEDDED_DATA_DIR: 'memory://',
    LOG_LEVEL: 'warn',
  });
  const app = await createApp(config);
  await app.init();
  try {
    const { schema } = app.get(GraphQLSchemaHost);
    await writeFile(join(projectRoot(), 'schema.gql'), HEADER + printSchema(lexicographicSortSchema(schema)));
  } finally {
    await app.close();
  }
  console.log('Wrote schema.gql');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
