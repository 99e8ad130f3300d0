import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppModule } from '../app.module.js';
import { type AppConfig, ConfigValidationError, loadAppConfig } from '../config/app-config.js';
import { DotEnvError, loadDotEnv } from '../config/dot-env.js';
import { DataDirectoryLockedError, EmbeddedPostgres } from '../database/embedded-postgres.js';
import { type CliIo, type CliRequest, requestFromArgs } from './cli-request.js';
import { commandSocketPath, sendToServer } from './command-channel.js';
import { runCliRequest } from './run-cli-request.js';

/** How long the command line waits for a server that holds the data directory to open its command channel. */
export const SERVER_START_WAIT_MS = 20_000;

/**
 * The command line: reads the arguments, `.env` and the configuration, then runs the command
 * in the running server when it holds the embedded database (over its command channel),
 * else in this process on the database itself, as the server would open it. Every failure
 * is one clear line (with LOG_LEVEL=debug, the stack too); returns the exit code.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  options: { serverStartWaitMs?: number; dotEnvPath?: string } = {},
): Promise<number> {
  let config: AppConfig;
  try {
    loadDotEnv(io.env, options.dotEnvPath);
    config = loadAppConfig({ LOG_LEVEL: 'warn', ...io.env, GRAPHQL_IDE: 'false' });
  } catch (err) {
    if (err instanceof ConfigValidationError || err instanceof DotEnvError) {
      io.err(err.message);
      return 1;
    }
    throw err;
  }
  const request = await requestFromArgs(argv, io);
  if ('exitCode' in request) {
    io.err(request.message);
    return request.exitCode;
  }
  try {
    if (!config.usesEmbeddedDatabase || config.EMBEDDED_DATA_DIR === EmbeddedPostgres.IN_MEMORY) return await runHere(config, request, io);
    const socket = commandSocketPath(config.EMBEDDED_DATA_DIR);
    const viaServer = await sendToServer(socket, request, io);
    if (viaServer.ran) return viaServer.exitCode;
    if (viaServer.reason === 'not-permitted') {
      io.err(`The server's command channel ${socket} belongs to another user: run the command as the user who runs the server.`);
      return 1;
    }
    // Another process holds the directory: most likely a server still starting (wait for its
    // channel), else a command that is finishing, or the lock of a process that was killed.
    const deadline = Date.now() + (options.serverStartWaitMs ?? SERVER_START_WAIT_MS);
    for (let attempt = 0; ; attempt += 1) {
      if (attempt % 8 === 0) {
        const here = await runHereUnlessLocked(config, request, io);
        if (here !== LOCKED) return here;
      } else {
        const retry = await sendToServer(socket, request, io);
        if (retry.ran) return retry.exitCode;
      }
      if (Date.now() >= deadline) break;
      await sleep(250);
    }
    io.err(
      `The embedded database in ${config.EMBEDDED_DATA_DIR} is held by another process that does not take commands ` +
        '(a command still running, or a server of an older version): wait for it to finish, or stop it, and try again.',
    );
    return 1;
  } catch (err) {
    io.err(`The command failed: ${err instanceof Error ? err.message : String(err)}`);
    if (['debug', 'trace'].includes(config.LOG_LEVEL) && err instanceof Error && err.stack) io.err(err.stack);
    return 1;
  }
}

const LOCKED = Symbol('locked');

async function runHereUnlessLocked(config: AppConfig, request: CliRequest, io: CliIo): Promise<number | typeof LOCKED> {
  try {
    return await runHere(config, request, io);
  } catch (err) {
    if (err instanceof DataDirectoryLockedError) return LOCKED;
    throw err;
  }
}

/** Runs the command in this process, on the database itself. */
async function runHere(config: AppConfig, request: CliRequest, io: CliIo): Promise<number> {
  let app: INestApplicationContext | undefined;
  try {
    app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
      logger: new OneLineLogger(io, config.LOG_LEVEL),
      abortOnError: false,
    });
    return await runCliRequest(app, request, io);
  } finally {
    await app?.close();
  }
}

/**
 * Nest's warnings and errors as one line each (no stack), as LOG_LEVEL allows: warnings from
 * `warn` down, errors unless `silent`. The failure itself is reported by runCli.
 */
class OneLineLogger implements LoggerService {
  private readonly warns: boolean;
  private readonly errors: boolean;

  constructor(
    private readonly io: CliIo,
    level: string,
  ) {
    this.warns = !['silent', 'fatal', 'error'].includes(level);
    this.errors = level !== 'silent';
  }

  log(): void {}
  warn(message: unknown): void {
    if (this.warns) this.io.err(`Warning: ${firstLine(message)}`);
  }
  error(message: unknown, ...rest: unknown[]): void {
    // Nest reports a failed start (ExceptionHandler) before throwing it; runCli says it once.
    if (!this.errors || rest.includes('ExceptionHandler')) return;
    this.io.err(firstLine(message));
  }
}

const firstLine = (message: unknown): string => (message instanceof Error ? message.message : String(message)).split('\n')[0] ?? '';
