import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('operations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('GET /health checks the database', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
  });

  it('echoes a well-formed X-Request-Id and makes one up otherwise', async () => {
    const given = await t.http.post('/graphql').set('x-request-id', 'review-42').send({ query: '{ objectives { number } }' });
    expect(given.headers['x-request-id']).toBe('review-42');
    const made = await t.http.post('/graphql').set('x-request-id', 'bad id with spaces').send({ query: '{ objectives { number } }' });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the GraphQL IDE page and its assets from the server itself', async () => {
    const page = await t.http.get('/ide').expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    const scripts = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThanOrEqual(5);
    for (const src of scripts) {
      expect(src.startsWith('/')).toBe(true);
      await t.http.get(src).expect(200);
    }
    await t.http.get('/ide/assets/package.json').expect(404);
  });

  it('reports GraphQL syntax and schema errors with their standard codes', async () => {
    const syntax = await t.gql('{ objectives { number ');
    expect(syntax.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknownField = await t.gql('{ objectives { colour } }');
    expect(unknownField.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badEnum = await t.gql('{ objectives(lang: DE) { number } }');
    expect(badEnum.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('hides unexpected failures behind INTERNAL_SERVER_ERROR with the request id, never a stack trace', async () => {
    await t.dataSource.query('ALTER TABLE guiding_principle RENAME TO guiding_principle_moved');
    try {
      const res = await t.http.post('/graphql').set('x-request-id', 'failure-1').send({ query: '{ guidingPrinciples { name } }' });
      const error = (res.body as { errors: { message: string; extensions: Record<string, unknown> }[] }).errors[0];
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'failure-1' });
      expect(error.message).toBe('Internal server error (request failure-1)');
      expect(JSON.stringify(res.body)).not.toMatch(/guiding_principle|stack|at /);
    } finally {
      await t.dataSource.query('ALTER TABLE guiding_principle_moved RENAME TO guiding_principle');
    }
  });
});
