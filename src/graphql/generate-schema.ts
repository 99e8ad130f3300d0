import { createApp } from '../app.factory.js';
import { loadAppConfig } from '../config/app-config.js';

/**
 * Writes schema.gql (sorted) from the code-first resolvers: boots the app in development
 * mode on a throwaway embedded database, which makes the GraphQL module write the file.
 * CI runs it and fails when the committed schema.gql differs.
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
  await app.close();
  console.log('Wrote schema.gql');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
