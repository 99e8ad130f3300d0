import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createApp } from '../../src/app.factory.js';
import { Role } from '../../src/common/auth/role.js';
import { loadAppConfig } from '../../src/config/app-config.js';
import { databaseStartFailure } from '../../src/database/database-errors.js';
import { DatabaseLifecycle } from '../../src/database/database.module.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { serverUrl, withAdminClient } from '../test-database.mjs';

/** What an operator reads: the log line of each request, an outage, a database that cannot be opened at boot. */
describe('failures an operator can read', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    jest.restoreAllMocks();
    await t?.close().catch(() => undefined);
    t = undefined;
  });

  it('logs each request with the code the client got, expected refusals at info level and without a stack', async () => {
    t = await startTestApp();
    const info = jest.spyOn(Logger.prototype, 'log');
    const errors = jest.spyOn(Logger.prototype, 'error');
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    const focalPoint = await signIn(t, (await createTestAccount(t, Role.FOCAL_POINT, 'MAR')).email);
    const notFound = await t.gql('query Missing($id: ID!) { pledge(id: $id) { id } }', { id: randomUUID() }, focalPoint);
    expect(notFound.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const forbidden = await t.gql('query Accounts { accounts { totalCount } }', {}, focalPoint);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const badInput = await t.gql('query Bad { reviewCycle(code: "nope") { code } }');
    expect(badInput.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const lines = info.mock.calls.map(([line]) => line as { msg?: string; operationName?: string; errorCodes?: string[] });
    const codesOf = (name: string) => lines.find((l) => l.msg === 'graphql' && l.operationName === name)?.errorCodes;
    expect(codesOf('Missing')).toEqual(['NOT_FOUND']);
    expect(codesOf('Accounts')).toEqual(['FORBIDDEN']);
    expect(codesOf('Bad')).toEqual(['BAD_USER_INPUT']);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });

  it('answers a database outage with the retryable SERVICE_UNAVAILABLE (HTTP 503), on GraphQL, downloads and /health', async () => {
    t = await startTestApp();
    const analyst = await signIn(t, (await createTestAccount(t, Role.ANALYST)).email);
    const url = serverUrl();
    if (url) {
      // The PostgreSQL server stops taking connections to this database and drops the open ones.
      const database = t.config.DATABASE_URL ? new URL(t.config.DATABASE_URL).pathname.slice(1) : '';
      await withAdminClient(url, async (client) => {
        await client.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS false`);
        await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database]);
      });
    } else {
      // The embedded database goes away under the running server.
      const opened = t.app.get<unknown, { opened: { close(): Promise<void> } }>(DatabaseLifecycle).opened;
      await opened.close();
    }
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    const errors = jest.spyOn(Logger.prototype, 'error');
    const res = await t.gql('query Objectives { objectives { number } }');
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(res.errors?.[0].extensions?.retryable).toBe(true);
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    const download = await t.http.get('/exports/regional-progress.csv?cycle=IMRF-2022').set(analyst);
    expect(download.status).toBe(503);
    expect((download.body as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');
    expect((await t.http.get('/health')).status).toBe(503);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings.mock.calls.some(([line]) => (line as { errorCodes?: string[] }).errorCodes?.includes('SERVICE_UNAVAILABLE'))).toBe(
      true,
    );
    if (url) {
      const database = new URL(t.config.DATABASE_URL as string).pathname.slice(1);
      await withAdminClient(url, (client) => client.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS true`));
    }
  });

  it('refuses to boot on an unreachable PostgreSQL server at once, with one line saying so', async () => {
    const config = loadAppConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/gcm_tracker',
      JWT_SECRET: 'x'.repeat(40),
    });
    const started = Date.now();
    const failure = await createApp(config).then(
      () => undefined,
      (err: unknown) => err,
    );
    const elapsed = Date.now() - started;
    expect(failure).toBeDefined();
    expect(elapsed).toBeLessThan(5_000);
    const line = databaseStartFailure(failure, config.DATABASE_URL);
    expect(line).toMatch(
      /^Cannot reach the PostgreSQL server of DATABASE_URL \(postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/gcm_tracker\): .*ECONNREFUSED/,
    );
    expect(line).not.toContain('secret');
    expect(line?.split('\n')).toHaveLength(1);
  });

  it('says in one line that the database named in DATABASE_URL does not exist (PostgreSQL only)', async () => {
    const url = serverUrl();
    if (!url) return; // needs a PostgreSQL server: run by the e2e suite on PostgreSQL
    const u = new URL(url);
    u.pathname = `/gcm_tracker_missing_${randomUUID().slice(0, 8)}`;
    const config = loadAppConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: u.toString(), JWT_SECRET: 'x'.repeat(40) });
    const failure = await createApp(config).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(databaseStartFailure(failure, config.DATABASE_URL)).toMatch(/^The database named in DATABASE_URL does not exist/);
  });
});
