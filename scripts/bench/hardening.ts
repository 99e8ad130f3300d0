/**
 * npm run bench:hardening [-- --postgres postgres://postgres@127.0.0.1:5432]
 *
 * The figures of the hardening review, measured on the built server (run `npm run build`
 * first; `npm run bench:hardening` does): each query-cost attack's answer and time, the
 * server's memory before and after them, the normal read mix alone and while two clients loop
 * 300-alias requests, 20 simultaneous sign-in guesses (the right password sent 20th, three
 * rounds), and the embedded server's restart after `kill -9`. A few seconds of load at most.
 * With --postgres the attacks also run against a throwaway database on that server.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DEMO_PASSWORD } from '../../src/modules/demo/demo-accounts.js';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..', '..');
const MAIN = join(root, 'dist', 'src', 'main.js');
const CLI = join(root, 'dist', 'src', 'cli.js');

const NESTED = `{ country(iso3:"MAR") { regions { countries { regions { countries { regions { countries { regions { countries { iso3 } } } } } } } } } }`;
const SIX_LEVELS = `{ country(iso3:"MAR") { regions { countries { regions { countries { regions { countries { iso3 } } } } } } } }`;
const aliased = (n: number): string =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: regionalProgress(cycle: "IMRF-2022") { world { countries } }`).join(' ')} }`;
const ATTACKS: [string, string][] = [
  ['nested regions/countries, 8 levels (191 bytes)', NESTED],
  ['nested regions/countries, 6 levels', SIX_LEVELS],
  ['1,000 aliases of regionalProgress', aliased(1000)],
  ['300 aliases of regionalProgress', aliased(300)],
];
const READ_MIX = [
  '{ objectives { number title shortTitle } }',
  '{ country(iso3: "MAR") { name regions { code } champion { joinedYear } } }',
  '{ reviewCycles { code name startDate } }',
  '{ pledges(first: 20, filter: { country: "MAR" }) { totalCount nodes { title status objectives { objective { number } } } } }',
  '{ regionalProgress(cycle: "IMRF-2022") { regions { region { code } meanLevel countedEntries } world { meanLevel } } }',
];

function envWith(changes: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...changes };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env;
}

async function post(url: string, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.text() };
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url}/health did not answer 200 within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function memoryMb(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

function start(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/** Sequential clients looping over bodies for `seconds`; answers per second. */
async function loop(
  url: string,
  clients: number,
  seconds: number,
  queries: string[],
): Promise<{ perSecond: number; codes: Record<string, number> }> {
  const until = performance.now() + seconds * 1000;
  const codes: Record<string, number> = {};
  let done = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = c; performance.now() < until; i++) {
        const res = await post(url, queries[i % queries.length]);
        const code =
          res.status === 200 && !res.body.includes('"errors"') ? 'OK' : (/"code":"([A-Z_]+)"/.exec(res.body)?.[1] ?? `HTTP ${res.status}`);
        codes[code] = (codes[code] ?? 0) + 1;
        done++;
      }
    }),
  );
  return { perSecond: done / seconds, codes };
}

interface AttackFigures {
  target: string;
  rows: string[];
  memory: string;
  mix: string;
}

async function attacks(target: string, url: string, pid: number): Promise<AttackFigures> {
  // Warm the server (first requests load code and plans) before measuring.
  for (const q of READ_MIX) await post(url, q);
  const before = await memoryMb(pid);
  const rows: string[] = [];
  for (const [name, query] of ATTACKS) {
    const times: number[] = [];
    let answer = '';
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const res = await post(url, query);
      times.push(performance.now() - t0);
      const ext = (JSON.parse(res.body) as { errors?: { extensions?: Record<string, unknown> }[] }).errors?.[0]?.extensions ?? {};
      answer = `HTTP ${res.status} ${typeof ext.code === 'string' ? ext.code : 'OK'} (limit ${String(ext.limit)}, max ${String(ext.max)}, measured ${String(ext.measured)})`;
    }
    times.sort((a, b) => a - b);
    rows.push(
      `| ${target} | ${name} | ${(Buffer.byteLength(query) / 1024).toFixed(1)} KB | ${answer} | ${times[2].toFixed(1)} ms (max ${times[4].toFixed(1)}) |`,
    );
  }
  const alone = await loop(url, 4, 4, READ_MIX);
  const attacked = await Promise.all([loop(url, 4, 4, READ_MIX), loop(url, 2, 4, [aliased(300)])]);
  const after = await memoryMb(pid);
  return {
    target,
    rows,
    memory: `| ${target} | ${before.rss.toFixed(0)} MB | ${after.rss.toFixed(0)} MB | ${after.peak.toFixed(0)} MB |`,
    mix: `| ${target} | ${alone.perSecond.toFixed(0)} req/s | ${attacked[0].perSecond.toFixed(0)} req/s | ${attacked[1].perSecond.toFixed(0)} req/s, ${JSON.stringify(attacked[1].codes)} |`,
  };
}

async function parallelGuesses(url: string, rounds: number, lockSeconds: number): Promise<string[]> {
  const lines: string[] = [];
  const login = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
  for (let round = 1; round <= rounds; round++) {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(url, login, { e: 'focal.mar@demo.gcm-tracker.example', p: i === 19 ? DEMO_PASSWORD : `wrong password ${round}-${i}` }),
      ),
    );
    const tokens = answers.filter((a) => a.body.includes('"token"')).length;
    const rightGotToken = answers[19].body.includes('"token"');
    const codes: Record<string, number> = {};
    for (const a of answers) {
      const code = a.body.includes('"token"') ? 'token' : (/"code":"([A-Z_]+)"/.exec(a.body)?.[1] ?? `HTTP ${a.status}`);
      codes[code] = (codes[code] ?? 0) + 1;
    }
    lines.push(`| ${round} | ${rightGotToken ? 'yes' : 'no'} | ${tokens} | ${JSON.stringify(codes)} |`);
    await new Promise((r) => setTimeout(r, (lockSeconds + 1) * 1000));
  }
  return lines;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { postgres: { type: 'string' } } });
  const dir = await mkdtemp(join(tmpdir(), 'gcm-tracker-hardening-'));
  const port = 3201;
  const url = `http://127.0.0.1:${port}`;
  const lockSeconds = 3;
  const env = envWith({
    DATABASE_URL: undefined,
    EMBEDDED_DATA_DIR: dir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    // Three rounds of 20 guesses from one address: the per-address limit is not what is measured here.
    LOGIN_RATE_PER_MINUTE: '1000',
    LOGIN_LOCK_SECONDS: String(lockSeconds),
  });
  const figures: AttackFigures[] = [];
  let guesses: string[];
  let restart: string;
  try {
    await new Promise<void>((resolve, reject) => {
      const seed = spawn(process.execPath, [CLI, 'seed-demo'], { env, stdio: 'ignore' });
      seed.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed-demo exited with ${code}`))));
    });
    let t0 = performance.now();
    let server = start(env);
    await waitForHealth(url, 60_000);
    const coldStart = performance.now() - t0;
    figures.push(await attacks('embedded', url, server.pid as number));
    guesses = await parallelGuesses(url, 3, lockSeconds);
    await stop(server, 'SIGKILL');
    t0 = performance.now();
    server = start(env);
    await waitForHealth(url, 60_000);
    const afterKill = performance.now() - t0;
    await stop(server);
    restart = `| ${coldStart.toFixed(0)} ms | ${afterKill.toFixed(0)} ms |`;

    if (values.postgres) {
      const name = `gcm_tracker_hardening_${randomBytes(3).toString('hex')}`;
      const admin = new pg.Client({ connectionString: values.postgres });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const u = new URL(values.postgres);
      u.pathname = `/${name}`;
      const pgEnv = envWith({
        ...env,
        DATABASE_URL: u.toString(),
        JWT_SECRET: randomBytes(32).toString('base64'),
        EMBEDDED_DATA_DIR: undefined,
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const seed = spawn(process.execPath, [CLI, 'seed-demo', '--allow-server'], { env: pgEnv, stdio: 'ignore' });
          seed.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed-demo exited with ${code}`))));
        });
        const pgServer = start(pgEnv);
        try {
          await waitForHealth(url, 60_000);
          figures.push(await attacks('PostgreSQL', url, pgServer.pid as number));
        } finally {
          await stop(pgServer);
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log('Query-cost attacks (median of 5, anonymous):');
  console.log('| Database | Attack | Size | Answer | Time |\n| --- | --- | --- | --- | --- |');
  for (const f of figures) for (const r of f.rows) console.log(r);
  console.log('\nServer memory around the attacks (and the two load phases below):');
  console.log('| Database | RSS before | RSS after | Peak RSS (VmHWM) |\n| --- | --- | --- | --- |');
  for (const f of figures) console.log(f.memory);
  console.log('\nRead mix (4 sequential clients, 4 s) alone, and while 2 clients loop 300-alias requests:');
  console.log('| Database | Alone | With the attack | Attack requests answered |\n| --- | --- | --- | --- |');
  for (const f of figures) console.log(f.mix);
  console.log('\n20 simultaneous sign-in guesses on one account, the right password sent 20th (LOGIN_MAX_FAILURES 5):');
  console.log('| Round | Right password got a token | Tokens | Answers |\n| --- | --- | --- | --- |');
  for (const g of guesses) console.log(g);
  console.log('\nEmbedded server start on its data directory (until /health answers 200):');
  console.log('| Cold start | Restart after kill -9 |\n| --- | --- |');
  console.log(restart);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
