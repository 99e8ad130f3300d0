/**
 * npm run bench [-- --quick] [--only postgres|embedded] [--scale N]
 *
 * Measures the server against its floor and a peer, on PostgreSQL and on the embedded
 * database, and prints one table per database; the full run also writes docs/BENCHMARKS.md.
 * --quick: a tiny dataset and seconds-long runs, to keep the scripts working (CI runs it);
 * its figures mean nothing and are not written anywhere.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
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

/** The list query both our server and the peer answer. */
const SHARED_OURS = JSON.stringify({
  query: '{ pledges(first: 20, filter: { country: "MAR" }) { nodes { id title status objectives { isMain objective { number } } } } }',
});
const SHARED_PEER = JSON.stringify({
  query: '{ pledges(country: "MAR", first: 20) { nodes { id title status objectives { isMain objective { number } } } } }',
});

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
  peer: { ours: LoadResult; peer: LoadResult } | null;
  peakRssMb: number | null;
  slowest: { query: string; median: number }[];
  explain: string | null;
}

async function benchTarget(kind: 'postgres' | 'embedded', quick: boolean, scale: number, port: number): Promise<TargetResult> {
  const env: NodeJS.ProcessEnv =
    kind === 'postgres'
      ? {
          DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/${quick ? 'gcm_bench_quick' : 'gcm_bench'}`,
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

    let peer: TargetResult['peer'] = null;
    if (kind === 'postgres') {
      console.error(`${kind}: shared list query, ours then the peer, 10 connections for ${duration} s each...`);
      const ours = await load(url, 10, duration, [SHARED_OURS]);
      const peerPort = port + 1;
      const peerProcess = startProcess(join(here, 'peer-server.js'), { PEER_DATABASE_URL: env.DATABASE_URL, PEER_PORT: String(peerPort) });
      peerProcess.stdout?.resume();
      try {
        await waitForAnswer(`http://127.0.0.1:${peerPort}/`, SHARED_PEER, 30_000);
        peer = { ours, peer: await load(`http://127.0.0.1:${peerPort}/`, 10, duration, [SHARED_PEER]) };
      } finally {
        await stopProcess(peerProcess);
      }
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
      peer,
      peakRssMb: peakRss,
      slowest,
      explain: null,
    };
  } finally {
    await stopProcess(server);
  }

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
    if (r.peer) {
      const ratioPeer = r.peer.ours.requestsPerSecond / r.peer.peer.requestsPerSecond;
      lines.push(
        `| Shared list query, 10 connections: ours / peer req/s | ${r.peer.ours.requestsPerSecond.toFixed(0)} / ${r.peer.peer.requestsPerSecond.toFixed(0)} (${ratioPeer.toFixed(2)}x) | at least 1x | ${verdict(ratioPeer >= 1)} |`,
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
  if (results.some((r) => r.peer)) {
    lines.push(
      'The peer is a minimal hand-written Apollo server over pg with one DataLoader (`scripts/bench/peer-server.ts`): PostGraphile 5 requires Node.js 22 or later and this machine runs Node.js 20.',
      '',
    );
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, scale: { type: 'string', default: '1' } },
  });
  const quick = values.quick;
  const scale = quick ? 0.01 : Number(values.scale);
  const kinds = values.only ? [values.only as 'postgres' | 'embedded'] : (['postgres', 'embedded'] as const);
  const results: TargetResult[] = [];
  let port = 4500 + (process.pid % 400);
  for (const kind of kinds) {
    results.push(await benchTarget(kind, quick, scale, port));
    port += 2;
  }
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
