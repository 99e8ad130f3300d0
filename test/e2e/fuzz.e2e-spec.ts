import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { Role } from '../../src/common/auth/role.js';
import { DemoSeederService } from '../../src/modules/demo/demo-seeder.service.js';
import { createTestAccount, signIn } from '../factories/accounts.factory.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A schema-driven fuzz: every Query and Mutation, called as the secretariat, a focal point
 * and anonymously, with arguments drawn from the schema's own types: plausible values (ids
 * of real records, codes that exist) mixed with hostile ones (NUL characters, lone
 * surrogates, malformed ids, impossible dates, forged cursors, explicit nulls, huge numbers).
 * Whatever the answer (data, BAD_USER_INPUT, FORBIDDEN, NOT_FOUND...), it is never
 * INTERNAL_SERVER_ERROR and never an HTTP 5xx. Seeded and bounded: FUZZ_SEED and
 * FUZZ_VARIANTS (per operation and caller) reproduce or widen a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20181210);
const VARIANTS = Number(process.env.FUZZ_VARIANTS ?? 6);

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

interface Pools {
  ids: string[];
  strings: string[];
}

const HOSTILE_STRINGS = [
  '',
  '   ',
  'a\u0000b',
  '\u0000',
  'comment \uD800 here',
  '\uDC00',
  'x'.repeat(3000),
  '=HYPERLINK("https://evil.example/steal","click")',
  "'; DROP TABLE pledge; --",
  'Côte d’Ivoire 😀',
  '2023-02-30',
  '0000-01-01',
  '-1',
  'not-a-uuid',
  '%',
  '_',
  '\\',
];
const CURSORS = [
  b64(['x', 'not-a-uuid']),
  b64(['2023-02-30', randomUUID()]),
  b64([1e308, 'zzz']),
  b64({ a: 1 }),
  'garbage',
  b64(['\u0000']),
];
const DATE_TIMES: unknown[] = [
  '2023-02-30T10:00:00Z',
  '0000-01-01T00:00:00Z',
  '2024-13-01T00:00:00Z',
  '2024-06-01T00:00:00Z',
  'yesterday',
  -1e15,
  1e15,
  0,
  '',
];
const INTS = [0, -1, 1, 2, 5, 23, 50, 200, 201, 2147483647, -2147483648];
const FLOATS = [0, -1, 0.5, 1e308, -1e15, 3];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

function valueFor(type: GraphQLInputType, name: string, rand: () => number, pools: Pools, depth: number): unknown {
  if (!isNonNullType(type) && rand() < 0.15) return null;
  const inner = getNullableType<GraphQLInputType>(type);
  if (isListType(inner)) {
    const n = Math.floor(rand() * 4);
    return Array.from({ length: n }, () => valueFor(inner.ofType, name, rand, pools, depth + 1));
  }
  if (isEnumType(inner)) return pick(rand, inner.getValues()).name;
  if (isInputObjectType(inner)) {
    if (depth > 3) return {};
    const out: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) || rand() < 0.5) out[field.name] = valueFor(field.type, field.name, rand, pools, depth + 1);
    }
    return out;
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return rand() < 0.6 ? pick(rand, pools.ids) : pick(rand, ['not-a-uuid', '', '1', randomUUID(), 'a\u0000b', `${randomUUID()}x`]);
      case 'Int':
        return pick(rand, INTS);
      case 'Float':
        return pick(rand, FLOATS);
      case 'Boolean':
        return rand() < 0.5;
      case 'DateTime':
        return pick(rand, DATE_TIMES);
      case 'JSON':
        return pick(rand, [{}, 'x', [1], { a: '\u0000' }]);
      case 'String':
        if (name === 'after') return pick(rand, CURSORS);
        return rand() < 0.5 ? pick(rand, pools.strings) : pick(rand, HOSTILE_STRINGS);
      default:
        return null;
    }
  }
  return null;
}

/** The scalar fields of an object type (those without required arguments), and one level of its objects' scalars. */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined));
  const parts: string[] = [];
  for (const f of fields) {
    const fieldType = getNamedType(f.type);
    if (isScalarType(fieldType) || isEnumType(fieldType)) parts.push(f.name);
    else if (depth < 1 && isObjectType(fieldType)) {
      const inner = selectionOf(f.type, depth + 1);
      if (inner) parts.push(`${f.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

function operationText(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => getNamedType(a.type).name !== 'Upload');
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = selectionOf(field.type);
  return `${kind} Fuzz${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection ? ` { ${selection} }` : ''} }`;
}

function variablesFor(args: readonly GraphQLArgument[], rand: () => number, pools: Pools): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of args) {
    if (getNamedType(a.type).name === 'Upload') continue;
    // Optional arguments are sometimes left out (their default applies), sometimes sent.
    if (!isNonNullType(a.type) && rand() < 0.3) continue;
    out[a.name] = valueFor(a.type, a.name, rand, pools, 0);
  }
  return out;
}

describe('fuzz: no input, from any caller, gets INTERNAL_SERVER_ERROR or a 5xx', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  const pools: Pools = { ids: [], strings: [] };
  const callers: { name: string; headers: Record<string, string> }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(DemoSeederService).seed({ kind: 'system', label: 'test' }, () => undefined);
    schema = t.app.get(GraphQLSchemaHost).schema;
    const secretariat = await createTestAccount(t, Role.SECRETARIAT);
    const focalPoint = await createTestAccount(t, Role.FOCAL_POINT, 'MAR');
    callers.push(
      { name: 'secretariat', headers: await signIn(t, secretariat.email) },
      { name: 'focal point', headers: await signIn(t, focalPoint.email) },
      { name: 'anonymous', headers: {} },
    );
    for (const table of ['pledge', 'good_practice', 'progress_entry', 'progress_report', 'account', 'audit_event']) {
      const rows: { id: string }[] = await t.dataSource.query(`SELECT id::text AS id FROM ${table} ORDER BY id LIMIT 3`);
      pools.ids.push(...rows.map((r) => r.id));
    }
    pools.ids.push(focalPoint.id, secretariat.id);
    pools.strings.push(
      'MAR',
      'mex',
      'ECA',
      'EUROPE',
      'IMRF-2022',
      'RR1-ECA-2021',
      'RR2-ECA-2024',
      'IMRF-2026',
      'Pledge',
      'Account',
      secretariat.email,
      'A clear title',
      'https://example.org/report',
      '2026-01-15',
      '2026-12-31',
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it(`walks every Query and Mutation with ${VARIANTS} variants per caller (seed ${SEED})`, async () => {
    const rand = seededRandom(SEED);
    const operations: { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] = [
      ...Object.values((schema.getQueryType() as GraphQLObjectType).getFields()).map((field) => ({ kind: 'query' as const, field })),
      ...Object.values((schema.getMutationType() as GraphQLObjectType).getFields()).map((field) => ({ kind: 'mutation' as const, field })),
    ];
    const tally: Record<string, number> = {};
    const failures: string[] = [];
    let requests = 0;
    for (const { kind, field } of operations) {
      const query = operationText(kind, field);
      for (const caller of callers) {
        for (let v = 0; v < VARIANTS; v++) {
          const variables = variablesFor(field.args, rand, pools);
          const res = await t.gql(query, variables, caller.headers);
          requests++;
          const codes = res.errors?.length ? res.errors.map((e) => String(e.extensions?.code ?? 'NO_CODE')) : ['OK'];
          for (const code of new Set(codes)) tally[code] = (tally[code] ?? 0) + 1;
          if (res.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('NO_CODE')) {
            failures.push(
              `${field.name} as ${caller.name} (HTTP ${res.status}, ${codes.join(',')}): ${JSON.stringify(variables).slice(0, 300)}`,
            );
          }
        }
      }
    }
    console.log(
      `fuzz: ${requests} requests over ${operations.length} operations (seed ${SEED}, ${VARIANTS} variants per caller); answers: ${JSON.stringify(tally)}`,
    );
    expect(failures).toEqual([]);
    expect(requests).toBe(operations.length * callers.length * VARIANTS);
  }, 600_000);
});
