import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { access } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { type AppConfig, loadAppConfig } from '../../src/config/app-config.js';
import { runPrefix, serverUrl, withAdminClient } from '../test-database.mjs';
import { embeddedTemplate, serverTemplate } from './database-template.js';

export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors:
    | {
        message: string;
        path?: string[];
        extensions?: { code?: string; fields?: { field: string; messages: string[] }[] } & Record<string, unknown>;
      }[]
    | undefined;
  headers: Record<string, string>;
}

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  dataSource: DataSource;
  http: ReturnType<typeof request>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResult<T>>;
  /** A GraphQL multipart request (graphql-upload) carrying one file as variable `file`. */
  upload<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    file: { name: string; content: string | Buffer },
    headers?: Record<string, string>,
  ): Promise<GraphqlResult<T>>;
  close(): Promise<void>;
}

/**
 * Boots the real application on a database of its own, copied from the run's migrated
 * template: a fresh in-memory embedded database, or, with DATABASE_URL set, a fresh
 * database on that server (dropped on close). Overriding EMBEDDED_DATA_DIR (with
 * DATABASE_URL '') gives an embedded database on disk: a new directory is loaded from the
 * template too, unless `fromScratch` asks for the first start a user gets (every migration).
 */
export async function startTestApp(overrides: Record<string, string> = {}, options: { fromScratch?: boolean } = {}): Promise<TestApp> {
  const dataDir = overrides.EMBEDDED_DATA_DIR;
  const onDisk = dataDir !== undefined && dataDir !== 'memory://';
  const url = overrides.DATABASE_URL === '' ? undefined : serverUrl();
  let databaseUrl: string | undefined;
  let databaseName: string | undefined;
  if (url) {
    const template = await serverTemplate(url);
    databaseName = `${runPrefix(url)}_${randomBytes(4).toString('hex')}`;
    await withAdminClient(url, (client) => client.query(`CREATE DATABASE "${databaseName}" TEMPLATE "${template}"`));
    const u = new URL(url);
    u.pathname = `/${databaseName}`;
    databaseUrl = u.toString();
  }
  const config = loadAppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Suites sign in many times from one address; the limit itself has its own test.
    LOGIN_RATE_PER_MINUTE: '10000',
    // A cheap password hash: each sign-in would otherwise cost a production-grade argon2 run
    // (production refuses it: a test of production settings gets the real cost).
    ...(overrides.NODE_ENV === 'production' ? {} : { PASSWORD_HASH_MEMORY_KIB: '64', PASSWORD_HASH_ITERATIONS: '1' }),
    ...(databaseUrl
      ? { DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: '5', JWT_SECRET: randomBytes(32).toString('base64') }
      : { EMBEDDED_DATA_DIR: 'memory://' }),
    ...overrides,
  });
  // A new embedded database, in memory or in a new directory, starts from the template
  // unless the test is about the first start itself (fromScratch: every migration runs).
  const fresh =
    !onDisk ||
    !(await access(join(dataDir, 'pgdata')).then(
      () => true,
      () => false,
    ));
  const initialData = !databaseUrl && fresh && !options.fromScratch ? await embeddedTemplate() : undefined;
  const app = await createApp(config, { embedded: { initialData } });
  await app.init();
  const server = app.getHttpServer() as Server;
  const http = request(server);
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    http,
    async gql(query, variables, headers = {}) {
      const res = await request(server).post('/graphql').set(headers).send({ query, variables });
      const body = res.body as { data?: unknown; errors?: GraphqlResult['errors'] };
      return { status: res.status, data: body.data as never, errors: body.errors, headers: res.headers };
    },
    async upload(query, variables, file, headers = {}) {
      const res = await request(server)
        .post('/graphql')
        .set({ 'apollo-require-preflight': 'true', ...headers })
        .field('operations', JSON.stringify({ query, variables: { ...variables, file: null } }))
        .field('map', JSON.stringify({ 0: ['variables.file'] }))
        .attach('0', Buffer.from(file.content), { filename: file.name, contentType: 'text/csv' });
      const body = res.body as { data?: unknown; errors?: GraphqlResult['errors'] };
      return { status: res.status, data: body.data as never, errors: body.errors, headers: res.headers };
    },
    async close() {
      await app.close();
      if (url && databaseName) {
        await withAdminClient(url, (client) => client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));
      }
    },
  };
}
