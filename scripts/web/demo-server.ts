import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app.factory.js';
import { loadAppConfig } from '../../src/config/app-config.js';
import { DemoSeederService } from '../../src/modules/demo/demo-seeder.service.js';

export interface DemoServer {
  url: string;
  /** The application, when this process started it (not with `url`). */
  app?: INestApplication;
  close(): Promise<void>;
}

/**
 * The whole server on an in-memory embedded database loaded with the demo data, listening on
 * 127.0.0.1 (port 0: any free port), for the screenshot and web benchmark scripts. With
 * `url`, uses that running server instead (it should hold the demo data: npm run seed:demo).
 */
export async function demoServer(url?: string, options: { seed?: boolean } = {}): Promise<DemoServer> {
  if (url) return { url: url.replace(/\/$/, ''), close: async () => undefined };
  const config = loadAppConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: '',
    EMBEDDED_DATA_DIR: 'memory://',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // Demo accounts only: a cheap password hash keeps the seeding quick.
    PASSWORD_HASH_MEMORY_KIB: '64',
    PASSWORD_HASH_ITERATIONS: '1',
    LOGIN_RATE_PER_MINUTE: '1000',
  });
  const app: INestApplication = await createApp(config);
  await app.init();
  // seed: false gives a new installation (no account, no demo data).
  if (options.seed !== false) await app.get(DemoSeederService).seed({ kind: 'system', label: 'demo' }, () => undefined);
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, app, close: () => app.close() };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
