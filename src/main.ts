import { performance } from 'node:perf_hooks';
import { createApp } from './app.factory.js';
import { ConfigValidationError, loadAppConfig } from './config/app-config.js';
import { MissingSessionSecretError } from './modules/accounts/session-secret.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadAppConfig();
  } catch (err) {
    if (err instanceof ConfigValidationError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const app = await createApp(config);
  await app.listen(config.PORT, config.HOST);
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  console.log(`GCM Tracker ready in ${Math.round(performance.now())} ms: GraphQL ${url}/graphql, IDE ${url}/ide, health ${url}/health`);
}

main().catch((err: unknown) => {
  // A refusal to start that explains itself is one line; anything else keeps its stack.
  if (err instanceof MissingSessionSecretError) console.error(err.message);
  else console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
