import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { newRequestContext, runInRequestContext } from '../common/request-context.js';
import { AppConfig } from '../config/app-config.js';
import { MAX_IMPORT_FILE_BYTES } from '../modules/pledges/pledge-csv.js';
import { type CliRequest, isCliRequest } from './cli-request.js';
import { type CliOutput, runCliRequest } from './run-cli-request.js';

/**
 * The command channel: while the server runs on the embedded database (which one process
 * at a time may open), the command line sends its commands to the server over a Unix socket
 * and the server runs them with its own services.
 *
 * Only the user who runs the server can reach it: the socket sits in `<data dir>/run/`,
 * a directory of mode 0700, and is itself of mode 0600 (the data directory is the user's
 * already). Whoever can use it could open the database files directly, so the channel gives
 * no one anything new; commands act as the system actor "cli", as they do without a server.
 *
 * Protocol: one JSON line from the client, `{ "request": CliRequest }`; then JSON lines from
 * the server, `{ "out": line }` or `{ "err": line }` as the command writes them, and last
 * `{ "exit": code }`.
 */
export const commandSocketPath = (dataDir: string): string => join(resolve(dataDir), 'run', 'command.sock');

/** A Unix socket path longer than this cannot be bound (sun_path is 108 bytes on Linux). */
const MAX_SOCKET_PATH = 107;
/** A request carries at most one import file (5 MB, base64) and some JSON around it. */
const MAX_REQUEST_BYTES = Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 64 * 1024;

type ServerLine = { out: string } | { err: string } | { exit: number };

@Injectable()
export class CommandChannel implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CommandChannel');
  private server?: Server;
  private readonly clients = new Set<Socket>();

  constructor(
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  get path(): string {
    return commandSocketPath(this.config.EMBEDDED_DATA_DIR);
  }

  async onApplicationBootstrap(): Promise<void> {
    const path = this.path;
    if (Buffer.byteLength(path) > MAX_SOCKET_PATH) {
      this.logger.warn(`No command channel: its path ${path} is too long for a socket; the command line will wait for this server to stop`);
      return;
    }
    const dir = join(path, '..');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
    // This process holds the data directory's lock: a socket left there is a dead server's.
    await rm(path, { force: true });
    const server = createServer((socket) => this.serve(socket));
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(path, () => {
        server.off('error', fail);
        done();
      });
    });
    await chmod(path, 0o600);
    this.server = server;
    this.logger.log(`Command line commands are served on ${path}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const socket of this.clients) socket.destroy();
    await new Promise<void>((done) => server.close(() => done()));
    await rm(this.path, { force: true });
  }

  private serve(socket: Socket): void {
    this.clients.add(socket);
    socket.on('close', () => this.clients.delete(socket));
    socket.on('error', () => socket.destroy());
    // The request line comes at once; a client that sends nothing is let go.
    socket.setTimeout(30_000, () => socket.destroy());
    let received = '';
    let bytes = 0;
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length;
      const end = chunk.indexOf(0x0a);
      received += (end < 0 ? chunk : chunk.subarray(0, end)).toString('utf8');
      if (bytes > MAX_REQUEST_BYTES) {
        socket.off('data', onData);
        this.reply(socket, { err: 'The command is larger than the server accepts (an import file is at most 5 MB).' }, { exit: 2 });
        return;
      }
      if (end < 0) return;
      socket.off('data', onData);
      socket.setTimeout(0);
      void this.execute(socket, received);
    };
    socket.on('data', onData);
  }

  private async execute(socket: Socket, line: string): Promise<void> {
    let request: unknown;
    try {
      request = (JSON.parse(line) as { request?: unknown }).request;
    } catch {
      request = undefined;
    }
    if (!isCliRequest(request)) {
      this.reply(
        socket,
        { err: 'The server did not understand the command: run the command line of the same version as the server.' },
        { exit: 2 },
      );
      return;
    }
    const context = newRequestContext(`cli-${randomUUID()}`);
    const started = performance.now();
    const send = (l: ServerLine): void => {
      if (!socket.destroyed) socket.write(`${JSON.stringify(l)}\n`);
    };
    const output: CliOutput = { out: (out) => send({ out }), err: (err) => send({ err }) };
    let code: number;
    try {
      code = await runInRequestContext(context, () =>
        runCliRequest({ get: (type) => this.moduleRef.get(type, { strict: false }) }, request, output),
      );
    } catch (err) {
      this.logger.error(`Command ${request.command} failed (request ${context.requestId})`, (err as Error).stack);
      output.err(`INTERNAL_SERVER_ERROR: the command failed in the server (request id ${context.requestId}); its log says why.`);
      code = 1;
    }
    this.logger.log(
      `Command ${request.command} (request ${context.requestId}): exit ${code} in ${Math.round(performance.now() - started)} ms`,
    );
    this.reply(socket, { exit: code });
  }

  private reply(socket: Socket, ...lines: ServerLine[]): void {
    if (socket.destroyed) return;
    socket.end(lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  }
}

/** The running server was reached and ran the command: its exit code. */
export type ChannelOutcome = { ran: true; exitCode: number } | { ran: false; reason: 'no-server' | 'not-permitted'; detail: string };

/**
 * Sends one command to the running server, writing its output as it comes. `no-server` when
 * nothing listens (no socket, or a dead server's); `not-permitted` when the socket belongs
 * to another user.
 */
export function sendToServer(path: string, request: CliRequest, output: CliOutput): Promise<ChannelOutcome> {
  return new Promise((done) => {
    const socket = connect(path);
    let connected = false;
    let exitCode: number | undefined;
    let pending = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => {
      connected = true;
      socket.write(`${JSON.stringify({ request })}\n`);
    });
    socket.on('data', (chunk: string) => {
      pending += chunk;
      let end: number;
      while ((end = pending.indexOf('\n')) >= 0) {
        const line = JSON.parse(pending.slice(0, end)) as ServerLine;
        pending = pending.slice(end + 1);
        if ('out' in line) output.out(line.out);
        else if ('err' in line) output.err(line.err);
        else exitCode = line.exit;
      }
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      if (connected) return;
      if (err.code === 'EACCES' || err.code === 'EPERM') done({ ran: false, reason: 'not-permitted', detail: err.message });
      else done({ ran: false, reason: 'no-server', detail: err.message });
    });
    socket.on('close', () => {
      if (!connected) return;
      if (exitCode === undefined) {
        output.err('The server stopped before the command finished; its log says whether anything was done.');
        done({ ran: true, exitCode: 1 });
      } else done({ ran: true, exitCode });
    });
  });
}
