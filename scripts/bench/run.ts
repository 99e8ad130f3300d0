/**
 * npm run bench [-- --quick] [--only postgres|embedded] [--scale N]
 *
 * Measures the server against its floor, on PostgreSQL and on the embedded database, and prints
 * one table per database; on PostgreSQL it then compares our server (production mode) with
 * PostGraphile 4 and a bare Apollo server on the same database, in alternating rounds, and
 * prints each ratio. The full run also writes docs/BENCHMARKS.md. PostgreSQL not reachable:
 * a quick run says so and goes on with the embedded database; a full run stops.
 * --quick: a tiny dataset and seconds-long runs, to keep the scripts working (CI runs it);
 * its figures mean nothing and are not written anywhere.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { REGIONAL_PROGRESS_SQL } from '../../src/modules/analytics/analytics-sql.js';
import { openBenchDatabase } from './bench-database.js';
import type { LoadResult } from './load.js';

const run = promisify(execFile);
const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..', '..');

const CYCLE = 'IMRF-2026';
const FINDINGS_MARKER = '<!-- findings: written by hand; npm run bench keeps this part -->';
const REGIONAL_QUERY = `{ regionalProgress(cycle: "${CYCLE}", scheme: REVIEW) { regions { region { code } countries champions reportingCountries countedEntries meanLevel
  entriesByState { validated } distribution { notStarted limited substantial complete } objectives { objectiveNumber countedEntries meanLevel distribution { notStarted limited substantial complete } }
  pledgesByStatus { planning inProgress fulfilled withdrawn } publishedGoodPractices } world { countries countedEntries meanLevel } } }`;
const REGIONAL_PARAMS = ['REVIEW', false, CYCLE, null, false];

/** Nested list queries whose statement count must not grow with the page size. */
const NESTED = {
  'pledges { pledgingCountry, objectives, updates }': (n: number) =>
    `{ pledges(first: ${n}) { nodes { title pledgingCountry { name regions { code } } objectives { isMain objective { number shortTitle } } updates { status date } } } }`,
  'countries { regions }': (n: number) =>
    `{ countries(first: ${n}) { nodes { iso3 name regions { code name } champion { joinedYear } } } }`,
  'progressReports { entries }': (n: number) =>
    `{ progressReports(first: ${n}) { nodes { country { iso3 } cycle { code } state entries { objective { number } validatedLevel } } } }`,
};

/** The read mix of the load test: reference lookups, paginated pledge lists, one aggregate. */
const READ_MIX = [
  '{ objectives { number title shortTitle } }',
  '{ country(iso3: "MAR") { name regions { code } champion { joinedYear } } }',
  '{ reviewCycles { code name startDate } }',
  '{ pledges(first: 20, filter: { country: "MAR" }) { totalCount nodes { title status objectives { objective { number } } } } }',
  '{ pledges(first: 20, filter: { objective: 16, status: IN_PROGRESS }) { nodes { title pledgingCountry { iso3 } } } }',
  `{ regionalProgress(cycle: "${CYCLE}") { regions { region { code } meanLevel countedEntries } world { meanLevel } } }`,
].map((query) => JSON.stringify({ query }));

/**
 * The queries compared with the peers, with equivalent selections: the same rows and columns,
 * asked the way each server names them. PostGraphile's names are those its simplify inflector
 * derives from the tables (checked against the bench database). The bare Apollo server answers
 * only these shapes.
 */
interface ComparedQuery {
  name: string;
  ours: string;
  postgraphile: string;
  apollo: string;
}
const COMPARED: ComparedQuery[] = [
  {
    name: 'pledges of Morocco with their objectives (20)',
    ours: '{ pledges(first: 20, filter: { country: "MAR" }) { nodes { id title status objectives { isMain objective { number } } } } }',
    postgraphile:
      '{ pledges(first: 20, condition: { pledgingCountryIso3: "MAR" }, orderBy: [CREATED_AT_DESC, ID_DESC]) { nodes { id title status pledgeObjectives(orderBy: [IS_MAIN_DESC, OBJECTIVE_NUMBER_ASC]) { nodes { isMain objectiveByObjectiveNumber { number } } } } } }',
    apollo: '{ pledges(country: "MAR", first: 20) { nodes { id title status objectives { isMain objective { number } } } } }',
  },
  {
    name: '50 pledges on Objective 16 with country and updates',
    ours: '{ pledges(first: 50, filter: { objective: 16 }) { nodes { id title status pledgingCountry { iso3 name } updates { status date } } } }',
    postgraphile:
      '{ objective(number: 16) { pledgeObjectivesByObjectiveNumber(first: 50) { nodes { pledge { id title status countryByPledgingCountryIso3 { iso3 nameEn } pledgeUpdates(orderBy: [OCCURRED_ON_ASC, RECORDED_AT_ASC, ID_ASC]) { nodes { status occurredOn } } } } } } }',
    apollo:
      '{ pledgesOnObjective(objective: 16, first: 50) { nodes { id title status pledgingCountry { iso3 name } updates { status date } } } }',
  },
  {
    name: "100 countries, their regions and the regions' countries",
    ours: '{ countries(first: 100) { nodes { iso3 name regions { code name countries { iso3 } } } } }',
    postgraphile:
      '{ countries(first: 100, orderBy: [NAME_EN_ASC, ISO3_ASC]) { nodes { iso3 nameEn regionMembershipsByCountryIso3(condition: { kind: "REGIONAL" }) { nodes { regionByRegionCode { code nameEn regionMembershipsByRegionCode(condition: { kind: "REGIONAL" }) { nodes { countryByCountryIso3 { iso3 } } } } } } } } }',
    apollo: '{ countries(first: 100) { nodes { iso3 name regions { code name countries { iso3 } } } } }',
  },
  { name: '`{ __typename }`', ours: '{ __typename }', postgraphile: '{ __typename }', apollo: '{ __typename }' },
];

interface Stats {
  median: number;
  p95: number;
}
const stats = (samples: number[]): Stats => {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
};
const ms = (x: number): string => `${x.toFixed(2)} ms`;

async function postGraphql(url: string, body: string): Promise<{ status: number; statements: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  return { status: res.status, statements: Number(res.headers.get('x-sql-statements') ?? NaN), text };
}

async function timeRequests(times: number, warmup: number, once: () => Promise<void>): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await once();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

/** The process environment with these changes; an undefined value removes the variable. */
function envWith(changes: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...process.env, ...changes };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env;
}

function startProcess(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--enable-source-maps', script], { env: envWith(env), stdio: ['ignore', 'pipe', 'inherit'] });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function waitForAnswer(url: string, body: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await postGraphql(url, body);
      if (res.status === 200 && !res.text.includes('"errors"')) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`No answer from ${url} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Peak resident memory of a process so far (Linux: VmHWM), in MB. */
async function peakRssMb(pid: number): Promise<number | null> {
  try {
    const { stdout } = await run('cat', [`/proc/${pid}/status`]);
    const kb = /VmHWM:\s+(\d+) kB/.exec(stdout)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

async function load(url: string, connections: number, durationSeconds: number, bodies: string[]): Promise<LoadResult> {
  const { stdout } = await run(process.execPath, [join(here, 'load.js'), JSON.stringify({ url, connections, durationSeconds, bodies })], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').pop() as string) as LoadResult;
}

interface TargetResult {
  label: string;
  postgresVersion: string;
  counts: Record<string, number>;
  coldStartMs: number;
  http: Stats;
  sql: Stats;
  statements: { query: string; at10: number; at100: number }[];
  loads: { connections: number; result: LoadResult }[];
  comparison: Comparison | null;
  peakRssMb: number | null;
  slowest: { query: string; median: number }[];
  explain: string | null;
}

/** The PostgreSQL bench database: BENCH_DATABASE_URL, or gcm_bench (gcm_bench_quick for --quick) on the local server. */
const postgresUrl = (quick: boolean): string =>
  process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/${quick ? 'gcm_bench_quick' : 'gcm_bench'}`;

async function benchTarget(kind: 'postgres' | 'embedded', quick: boolean, scale: number, port: number): Promise<TargetResult> {
  const env: NodeJS.ProcessEnv =
    kind === 'postgres'
      ? {
          DATABASE_URL: postgresUrl(quick),
          EMBEDDED_DATA_DIR: undefined,
        }
      : {
          EMBEDDED_DATA_DIR:
            process.env.BENCH_DATA_DIR ?? (quick ? join(tmpdir(), `gcm-bench-quick-${process.pid}`) : join(root, 'data-bench')),
          DATABASE_URL: undefined,
        };
  if (kind === 'postgres') await ensureServerDatabase(env.DATABASE_URL as string);

  // The dataset: generated when the database is empty (always afresh in quick mode).
  const probe = await openBenchDatabase(envWith(env));
  const [{ n: pledges }] = await probe.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM pledge');
  await probe.close();
  if (quick || pledges === 0) {
    console.error(`Generating the dataset (scale ${scale}) on ${kind}...`);
    await run(process.execPath, [join(here, 'generate-data.js'), '--scale', String(scale), '--reset'], {
      env: envWith(env),
      maxBuffer: 1 << 24,
    });
  }

  // Cold start: process start to the first answered query.
  const url = `http://127.0.0.1:${port}/graphql`;
  const serverEnv = {
    ...env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    GRAPHQL_IDE: 'false',
    JWT_SECRET: randomBytes(32).toString('hex'),
  };
  const t0 = performance.now();
  const server = startProcess(join(root, 'dist', 'src', 'main.js'), serverEnv);
  server.stdout?.resume();
  let result: TargetResult;
  try {
    await waitForAnswer(url, JSON.stringify({ query: '{ objectives { number } }' }), 120_000);
    const coldStartMs = performance.now() - t0;
    console.error(`${kind}: server answered after ${coldStartMs.toFixed(0)} ms`);

    const times = quick ? 10 : 200;
    const http = await timeRequests(times, quick ? 2 : 20, async () => {
      const res = await postGraphql(url, JSON.stringify({ query: REGIONAL_QUERY }));
      if (res.status !== 200 || res.text.includes('"errors"')) throw new Error(`regionalProgress failed: ${res.text.slice(0, 300)}`);
    });

    const statements = [];
    for (const [name, query] of Object.entries(NESTED)) {
      const at10 = (await postGraphql(url, JSON.stringify({ query: query(10) }))).statements;
      const at100 = (await postGraphql(url, JSON.stringify({ query: query(100) }))).statements;
      statements.push({ query: name, at10, at100 });
    }

    const slowest = [];
    for (const body of READ_MIX) {
      const s = await timeRequests(quick ? 3 : 50, quick ? 1 : 5, async () => {
        await postGraphql(url, body);
      });
      slowest.push({ query: (JSON.parse(body) as { query: string }).query, median: s.median });
    }
    slowest.sort((a, b) => b.median - a.median);

    const duration = quick ? 2 : 20;
    const loads = [];
    for (const connections of [10, 50]) {
      console.error(`${kind}: read mix at ${connections} connections for ${duration} s...`);
      loads.push({ connections, result: await load(url, connections, duration, READ_MIX) });
    }

    const peakRss = await peakRssMb(server.pid as number);
    result = {
      label: kind === 'postgres' ? 'PostgreSQL' : 'Embedded (PGlite)',
      postgresVersion: '',
      counts: {},
      coldStartMs,
      http,
      sql: { median: 0, p95: 0 },
      statements,
      loads,
      comparison: null,
      peakRssMb: peakRss,
      slowest,
      explain: null,
    };
  } finally {
    await stopProcess(server);
  }
  // The comparison with PostGraphile 4 and the bare Apollo server, with our server in production mode.
  if (kind === 'postgres') result.comparison = await compareWithPeers(env.DATABASE_URL as string, quick, port + 1);

  // The floor: the same statement, run directly on the same data (the server is stopped, so the embedded database is free).
  const direct = await openBenchDatabase(envWith(env));
  try {
    if (kind === 'postgres') {
      const client = new pg.Client({ connectionString: env.DATABASE_URL });
      await client.connect();
      try {
        result.sql = await timeRequests(quick ? 10 : 200, quick ? 2 : 20, async () => {
          await client.query(REGIONAL_PROGRESS_SQL, REGIONAL_PARAMS);
        });
      } finally {
        await client.end();
      }
    } else {
      result.sql = await timeRequests(quick ? 10 : 200, quick ? 2 : 20, async () => {
        await direct.dataSource.query(REGIONAL_PROGRESS_SQL, REGIONAL_PARAMS);
      });
    }
    const [{ server_version }] = await direct.dataSource.query<{ server_version: string }[]>('SHOW server_version');
    result.postgresVersion = server_version;
    for (const table of ['country', 'pledge', 'pledge_update', 'good_practice', 'progress_report', 'progress_entry']) {
      const [{ n }] = await direct.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
      result.counts[table] = n;
    }
    if (!quick) {
      const plan = await direct.dataSource.query<
        {
          'QUERY PLAN': string;
        }[]
      >(`EXPLAIN (ANALYZE, BUFFERS) ${REGIONAL_PROGRESS_SQL}`, REGIONAL_PARAMS);
      result.explain = plan.map((r) => r['QUERY PLAN']).join('\n');
    }
  } finally {
    await direct.close();
    if (quick) await cleanUp(kind, env);
  }
  return result;
}

/** Quick runs leave nothing behind: the embedded directory and the PostgreSQL database are removed. */
async function cleanUp(kind: 'postgres' | 'embedded', env: NodeJS.ProcessEnv): Promise<void> {
  if (kind === 'embedded' && !process.env.BENCH_DATA_DIR) {
    await rm(env.EMBEDDED_DATA_DIR as string, { recursive: true, force: true });
    return;
  }
  if (kind === 'postgres' && !process.env.BENCH_DATABASE_URL) {
    const u = new URL(env.DATABASE_URL as string);
    const name = u.pathname.slice(1);
    u.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: u.toString() });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '')}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
}

async function ensureServerDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
}

/** PostGraphile 4's own package (graphql 15), installed by the benchmark when missing. */
const POSTGRAPHILE_FOLDER = join(root, 'scripts', 'bench', 'postgraphile');

async function ensurePostgraphileInstalled(): Promise<void> {
  if (existsSync(join(POSTGRAPHILE_FOLDER, 'node_modules', 'postgraphile', 'package.json'))) return;
  console.error('Installing PostGraphile 4 for the comparison (npm ci in scripts/bench/postgraphile)...');
  await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: POSTGRAPHILE_FOLDER, maxBuffer: 1 << 24 });
}

type Server = 'ours' | 'postgraphile' | 'apollo';
const SERVERS: Server[] = ['ours', 'postgraphile', 'apollo'];
const SERVER_NAMES: Record<Server, string> = { ours: 'ours', postgraphile: 'PostGraphile 4', apollo: 'bare Apollo' };

/** The size of an answer: its bytes and its leaf values (strings, numbers, booleans, nulls), which do not count the wrappers. */
interface AnswerSize {
  bytes: number;
  values: number;
}
function answerSize(text: string): AnswerSize {
  const count = (v: unknown): number =>
    Array.isArray(v)
      ? v.reduce((n: number, x) => n + count(x), 0)
      : v !== null && typeof v === 'object'
        ? Object.values(v).reduce((n: number, x) => n + count(x), 0)
        : 1;
  return { bytes: Buffer.byteLength(text), values: count((JSON.parse(text) as { data: unknown }).data) };
}

interface ComparedResult {
  name: string;
  sizes: Record<Server, AnswerSize>;
  /** Each round's result per server, in the order run. */
  rounds: Record<Server, LoadResult[]>;
}
interface Comparison {
  rounds: number;
  seconds: number;
  connections: number;
  queries: ComparedResult[];
  peakRssMb: Record<Server, number | null>;
}

const best = (results: LoadResult[]): LoadResult => results.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));

/**
 * Our server (production mode), PostGraphile 4 and the bare Apollo server on the same database, side by side:
 * each compared query is loaded on each server in turn, round after round, so that a change in the machine's
 * load touches all three alike; the best round of each is kept.
 */
async function compareWithPeers(databaseUrl: string, quick: boolean, port: number): Promise<Comparison> {
  await ensurePostgraphileInstalled();
  const urls: Record<Server, string> = {
    ours: `http://127.0.0.1:${port}/graphql`,
    postgraphile: `http://127.0.0.1:${port + 1}/graphql`,
    apollo: `http://127.0.0.1:${port + 2}/`,
  };
  const processes: Record<Server, ChildProcess> = {
    ours: startProcess(join(root, 'dist', 'src', 'main.js'), {
      DATABASE_URL: databaseUrl,
      EMBEDDED_DATA_DIR: undefined,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      GRAPHQL_IDE: 'false',
      JWT_SECRET: randomBytes(32).toString('hex'),
      // Production defaults: full-cost password hashes, no mail.
      PASSWORD_HASH_MEMORY_KIB: undefined,
      PASSWORD_HASH_ITERATIONS: undefined,
      SMTP_URL: undefined,
      SMTP_HOST: undefined,
    }),
    postgraphile: startProcess(join(here, 'postgraphile-peer.js'), { PEER_DATABASE_URL: databaseUrl, PEER_PORT: String(port + 1) }),
    apollo: startProcess(join(here, 'peer-server.js'), { PEER_DATABASE_URL: databaseUrl, PEER_PORT: String(port + 2) }),
  };
  for (const p of Object.values(processes)) p.stdout?.resume();
  const rounds = quick ? 1 : 2;
  const seconds = quick ? 1 : 10;
  const connections = 10;
  try {
    for (const server of SERVERS) await waitForAnswer(urls[server], JSON.stringify({ query: '{ __typename }' }), 120_000);
    const queries: ComparedResult[] = [];
    for (const q of COMPARED) {
      const sizes = {} as Record<Server, AnswerSize>;
      for (const server of SERVERS) {
        const res = await postGraphql(urls[server], JSON.stringify({ query: q[server] }));
        if (res.status !== 200 || res.text.includes('"errors"'))
          throw new Error(`${SERVER_NAMES[server]} failed on "${q.name}": ${res.status} ${res.text.slice(0, 300)}`);
        sizes[server] = answerSize(res.text);
        // Warm-up: plans, caches and the JIT.
        for (let i = 0; i < (quick ? 3 : 50); i++) await postGraphql(urls[server], JSON.stringify({ query: q[server] }));
      }
      const same = Math.abs(sizes.ours.values - sizes.postgraphile.values) <= 0.1 * Math.max(sizes.ours.values, 1);
      console.error(
        `compare: ${q.name}: answer sizes ${SERVERS.map((s) => `${SERVER_NAMES[s]} ${sizes[s].bytes} bytes / ${sizes[s].values} values`).join(', ')}` +
          ` (ours and PostGraphile ${same ? 'about the same' : 'DIFFER by more than 10%'})`,
      );
      queries.push({ name: q.name, sizes, rounds: { ours: [], postgraphile: [], apollo: [] } });
    }
    for (let round = 1; round <= rounds; round++) {
      for (const [i, q] of COMPARED.entries()) {
        for (const server of SERVERS) {
          const result = await load(urls[server], connections, seconds, [JSON.stringify({ query: q[server] })]);
          queries[i].rounds[server].push(result);
          console.error(
            `compare: round ${round}/${rounds}, ${q.name}, ${SERVER_NAMES[server]}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99} ms, ${result.errors + result.non2xx + result.graphqlErrors} errors`,
          );
        }
      }
    }
    const peak = {} as Record<Server, number | null>;
    for (const server of SERVERS) peak[server] = await peakRssMb(processes[server].pid as number);
    const comparison: Comparison = { rounds, seconds, connections, queries, peakRssMb: peak };
    for (const q of queries) {
      const [ours, postgraphile, apollo] = SERVERS.map((s) => best(q.rounds[s]).requestsPerSecond);
      console.error(
        `compare: ${q.name}: ours ${ours.toFixed(0)}, PostGraphile 4 ${postgraphile.toFixed(0)}, bare Apollo ${apollo.toFixed(0)} req/s (best round): ` +
          `ours / PostGraphile ${(ours / postgraphile).toFixed(2)}x, ours / bare Apollo ${(ours / apollo).toFixed(2)}x`,
      );
    }
    return comparison;
  } finally {
    for (const p of Object.values(processes)) await stopProcess(p);
  }
}

const mb = (x: number | null): string => (x === null ? 'n/a' : `${x.toFixed(0)} MB`);

function comparisonReport(c: Comparison): string[] {
  const lines: string[] = [];
  lines.push('## Compared with PostGraphile 4 and a bare Apollo server (PostgreSQL)', '');
  lines.push(
    `Same database, same run, ${c.connections} connections, ${c.rounds} alternating round${c.rounds > 1 ? 's' : ''} of ${c.seconds} s per query and server (ours, PostGraphile, bare Apollo in turn), best round shown (req/s). ` +
      'Our server runs with `NODE_ENV=production` and `LOG_LEVEL=warn`. Answer sizes are bytes / leaf values of each answer.',
    '',
  );
  lines.push(
    '| Query | ours | PostGraphile 4 | bare Apollo | ours / PostGraphile | target | ours / bare Apollo | Answer size: ours / PostGraphile / bare Apollo |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const q of c.queries) {
    const [ours, postgraphile, apollo] = SERVERS.map((s) => best(q.rounds[s]));
    const toPeer = ours.requestsPerSecond / postgraphile.requestsPerSecond;
    const toFloor = ours.requestsPerSecond / apollo.requestsPerSecond;
    const typename = q.name.includes('__typename');
    const target = typename
      ? `at least 1x; 0.5x of bare Apollo: ${verdict(toPeer >= 1)}, ${verdict(toFloor >= 0.5)}`
      : `at least 1x: ${verdict(toPeer >= 1)}`;
    const rps = (r: LoadResult): string => `${r.requestsPerSecond.toFixed(0)} (p99 ${r.p99} ms)`;
    lines.push(
      `| ${q.name} | ${rps(ours)} | ${rps(postgraphile)} | ${rps(apollo)} | ${toPeer.toFixed(2)}x | ${target} | ${toFloor.toFixed(2)}x | ${SERVERS.map((s) => `${q.sizes[s].bytes} B / ${q.sizes[s].values}`).join(' · ')} |`,
    );
  }
  lines.push('');
  lines.push(`Peak RSS: ${SERVERS.map((s) => `${SERVER_NAMES[s]} ${mb(c.peakRssMb[s])}`).join(', ')}.`, '');
  lines.push(
    '- **PostGraphile 4** (`scripts/bench/postgraphile-peer.ts`, postgraphile 4.14.1 with the simplify inflector, a pool of 10, no GraphiQL, no watch, no query log) ' +
      'compiles each GraphQL query into one SQL statement (nested lists become JSON built in PostgreSQL). It exposes every table and column the database user can read, ' +
      'checks no permissions of its own (here it connects as `postgres`, so it serves everything, account rows included), limits no query cost, depth or page size, ' +
      'validates no input beyond GraphQL types, logs nothing per request, and its names and pagination follow the tables (`nodes`, `condition`, `orderBy`).',
    '- **Ours** sets security headers and logs each request through pino-http (at `warn`, nothing is written for a successful request), keeps a request context ' +
      'and id, reads the caller from the session cookie or bearer token, runs the global access guard and the validation pipe on every operation, bounds the cost, ' +
      'depth, aliases and tokens of every operation, applies what each caller may see in its services, loaders and mappers, maps domain errors to codes, ' +
      'sends names in the requested language, caps page sizes and reads nested lists through per-request loaders (one statement per level). ' +
      'It exposes only the GCM model, never a table as it is; no secret column can be asked for.',
    '- **Bare Apollo** (`scripts/bench/peer-server.ts`) is the floor: Apollo Server 5 standalone over pg with DataLoaders, answering only these shapes, ' +
      'with no access rules, no validation, no cost limits and no logging.',
    '',
  );
  return lines;
}

/** Whether the PostgreSQL server of this URL answers (within a few seconds). */
async function postgresReachable(url: string): Promise<boolean> {
  const u = new URL(url);
  u.pathname = '/postgres';
  const client = new pg.Client({ connectionString: u.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');

function report(results: TargetResult[], scale: number, quick: boolean): string {
  const lines: string[] = [];
  const cpu = cpus();
  lines.push(`# Benchmarks${quick ? ' (quick smoke run: figures mean nothing)' : ''}`, '');
  lines.push(
    `Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), Node.js ${process.version}, dataset scale ${scale}.`,
    '',
  );
  for (const r of results) {
    const ratio = r.http.median / r.sql.median;
    const flat = r.statements.every((s) => s.at10 === s.at100);
    lines.push(`## ${r.label} (PostgreSQL ${r.postgresVersion})`, '');
    lines.push(
      `Data: ${Object.entries(r.counts)
        .map(([t, n]) => `${n.toLocaleString('en')} ${t}`)
        .join(', ')}.`,
      '',
    );
    lines.push('| Measure | Figure | Target | |', '| --- | --- | --- | --- |');
    lines.push(`| regionalProgress over HTTP (median / p95) | ${ms(r.http.median)} / ${ms(r.http.p95)} | | |`);
    lines.push(`| Same SQL statement run directly (median / p95) | ${ms(r.sql.median)} / ${ms(r.sql.p95)} | the floor | |`);
    lines.push(`| HTTP / SQL (medians) | ${ratio.toFixed(2)}x | at most 1.5x | ${verdict(ratio <= 1.5)} |`);
    for (const s of r.statements)
      lines.push(`| SQL statements: ${s.query}, first 10 / 100 | ${s.at10} / ${s.at100} | flat | ${verdict(s.at10 === s.at100)} |`);
    for (const l of r.loads) {
      const errors = l.result.errors + l.result.non2xx + l.result.graphqlErrors;
      const target = l.connections === 10 ? 'p99 < 100 ms, 0 errors' : '0 errors';
      const ok = errors === 0 && (l.connections !== 10 || l.result.p99 < 100);
      lines.push(
        `| Read mix, ${l.connections} connections: req/s, p50 / p99, errors | ${l.result.requestsPerSecond.toFixed(0)} req/s, ${l.result.p50} / ${l.result.p99} ms, ${errors} errors | ${target} | ${verdict(ok)} |`,
      );
    }
    lines.push(`| Peak RSS of the server | ${r.peakRssMb === null ? 'n/a' : `${r.peakRssMb.toFixed(0)} MB`} | | |`);
    lines.push(`| Cold start to the first answered query | ${r.coldStartMs.toFixed(0)} ms | | |`);
    lines.push('');
    lines.push(`All statement counts flat: ${flat ? 'yes' : 'no'}. Read-mix queries, slowest first (median of sequential requests):`, '');
    for (const s of r.slowest) lines.push(`- ${ms(s.median)}: \`${s.query}\``);
    lines.push('');
    if (r.explain) lines.push('EXPLAIN (ANALYZE, BUFFERS) of the regionalProgress statement:', '', '```', r.explain, '```', '');
  }
  for (const r of results) if (r.comparison) lines.push(...comparisonReport(r.comparison));
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, scale: { type: 'string', default: '1' } },
  });
  const quick = values.quick;
  const scale = quick ? 0.01 : Number(values.scale);
  let kinds: ('postgres' | 'embedded')[] = values.only ? [values.only as 'postgres' | 'embedded'] : ['postgres', 'embedded'];
  if (kinds.includes('postgres') && !(await postgresReachable(postgresUrl(quick)))) {
    const where = new URL(postgresUrl(quick)).host;
    // A full run needs every figure; a quick run (a smoke test) goes on with what it has.
    if (!quick) throw new Error(`PostgreSQL at ${where} is not reachable: start it, or run with --only embedded`);
    console.error(
      `PostgreSQL at ${where} is not reachable: skipping the PostgreSQL run and the comparison with PostGraphile 4 and bare Apollo.`,
    );
    kinds = kinds.filter((k) => k !== 'postgres');
  }
  const results: TargetResult[] = [];
  // Ports from the process id, so that two runs side by side do not clash: the server under test at `port`, then
  // ours, PostGraphile and bare Apollo for the comparison at port + 1, + 2, + 3. One database runs after the other.
  const port = 4500 + 4 * (process.pid % 100);
  for (const kind of kinds) results.push(await benchTarget(kind, quick, scale, port));
  const text = report(results, scale, quick);
  console.log(text);
  if (!quick) {
    // The findings below the marker are written by hand; a new run keeps them.
    const file = join(root, 'docs', 'BENCHMARKS.md');
    const previous = await readFile(file, 'utf8').catch(() => '');
    const at = previous.indexOf(FINDINGS_MARKER);
    await writeFile(file, `${text}\n${at >= 0 ? `\n${previous.slice(at)}` : ''}`);
    console.error('Written to docs/BENCHMARKS.md');
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
