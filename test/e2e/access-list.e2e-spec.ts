import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { collectOperations, type DeclaredOperation, renderAccessList } from '../../src/common/auth/access-list.js';
import { projectRoot } from '../../src/common/project-root.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const ACCESS_FILE = join(projectRoot(), 'docs', 'ACCESS.md');

describe('every operation declares who may call it', () => {
  let t: TestApp;
  let operations: DeclaredOperation[];
  beforeAll(async () => {
    t = await startTestApp();
    operations = collectOperations(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds every Query, Mutation and Subscription of the schema among the resolvers it walked', async () => {
    type Fields = { fields: { name: string }[] };
    const res = await t.gql<{ __schema: { queryType: Fields; mutationType: Fields; subscriptionType: Fields } }>(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }',
    );
    const schemaOps = [
      ...(res.data?.__schema.queryType.fields ?? []).map((f) => `Query ${f.name}`),
      ...(res.data?.__schema.mutationType.fields ?? []).map((f) => `Mutation ${f.name}`),
      ...(res.data?.__schema.subscriptionType.fields ?? []).map((f) => `Subscription ${f.name}`),
    ].sort();
    expect(schemaOps).toContain('Subscription reviewQueueChanged');
    const walked = operations
      .filter((op) => op.kind !== 'HTTP')
      .map((op) => `${op.kind} ${op.name}`)
      .sort();
    expect(walked).toEqual(schemaOps);
    expect(operations.some((op) => op.kind === 'HTTP' && op.name === 'GET /health')).toBe(true);
  });

  it('has no operation without an access declaration', () => {
    expect(operations.filter((op) => !op.rule).map((op) => `${op.kind} ${op.name}`)).toEqual([]);
  });

  it('matches the committed docs/ACCESS.md', async () => {
    const rendered = renderAccessList(operations);
    if (process.env.UPDATE_ACCESS_LIST === '1') await writeFile(ACCESS_FILE, rendered);
    const committed = await readFile(ACCESS_FILE, 'utf8').catch(() => '(missing)');
    expect(committed).toBe(rendered);
  });
});
