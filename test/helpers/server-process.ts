import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServerProcess {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** What the process printed so far. */
  log(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Another server process (the built server, dist/src/main.js) on the PostgreSQL database at
 * `databaseUrl`, signing with the same JWT secret as the test's own app: a second replica
 * behind the same load balancer. Resolves once it is ready.
 */
export async function startServerProcess(
  databaseUrl: string,
  jwtSecret: string,
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['dist/src/main.js'], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: jwtSecret,
      DB_MIGRATE_ON_START: 'false',
      LOGIN_RATE_PER_MINUTE: '10000',
      PASSWORD_HASH_MEMORY_KIB: '64',
      PASSWORD_HASH_ITERATIONS: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  const end = Date.now() + timeoutMs;
  while (!output.includes('GCM Tracker ready')) {
    if (child.exitCode !== null || Date.now() > end) {
      await stop();
      throw new Error(`The second server process did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { baseUrl: `http://127.0.0.1:${port}`, log: () => output, stop };
}
