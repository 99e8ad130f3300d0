import { performance } from 'node:perf_hooks';
import { createApp } from './app.factory.js';
import { ConfigValidationError, loadAppConfig } from './config/app-config.js';
import { DOT_ENV_FILE, DotEnvError, loadDotEnv } from './config/dot-env.js';
import { databaseStartFailure } from './database/database-errors.js';
import { DataDirectoryLockedError } from './database/embedded-postgres.js';
import { FirstAccountService } from './modules/accounts/first-account.service.js';
import { MissingSessionSecretError } from './modules/accounts/session-secret.js';
import { MailOutboxWorker } from './modules/notifications/mail-outbox.worker.js';
import { RemindersWorker } from './modules/reminders/reminders.worker.js';

/** What stops a start, said in one line; anything unexpected keeps its stack. */
function startFailure(err: unknown, port: number | undefined, databaseUrl: string | undefined): string {
  if (
    err instanceof ConfigValidationError ||
    err instanceof DotEnvError ||
    err instanceof DataDirectoryLockedError ||
    err instanceof MissingSessionSecretError
  )
    return err.message;
  const database = databaseStartFailure(err, databaseUrl);
  if (database) return database;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return `Port ${port} is in use by another program: stop it, or set PORT to another port.`;
  if (code === 'EACCES' && (err as { syscall?: string }).syscall === 'listen')
    return `Not allowed to listen on port ${port}: set PORT to 1024 or more.`;
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

async function main(): Promise<void> {
  let port: number | undefined;
  let databaseUrl: string | undefined;
  try {
    const fromFile = loadDotEnv();
    const config = loadAppConfig();
    port = config.PORT;
    databaseUrl = config.DATABASE_URL;
    if (fromFile.length) console.log(`Settings from ${DOT_ENV_FILE} (the environment's own take precedence): ${fromFile.join(', ')}`);
    const app = await createApp(config);
    try {
      await app.listen(config.PORT, config.HOST);
    } catch (err) {
      await app.close();
      throw err;
    }
    const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
    const ide = config.ideEnabled ? `, IDE ${url}/ide` : '';
    console.log(
      `GCM Tracker ready in ${Math.round(performance.now())} ms: web app ${url}/, GraphQL ${url}/graphql${ide}, health ${url}/health`,
    );
    // While no account exists: a one-time link to create the first one, in the log.
    await app.get(FirstAccountService).announce(url);
    // The mail outbox's worker runs in the server process only (not in the command line).
    await app.get(MailOutboxWorker).start();
    // So do the calendar's reminders (each sent once however many processes run).
    app.get(RemindersWorker).start();
  } catch (err) {
    console.error(startFailure(err, port, databaseUrl));
    process.exit(1);
  }
}

void main();
