import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/cli-request.js';
import { commandSocketPath } from '../../src/cli/command-channel.js';
import { runCli } from '../../src/cli/run-cli.js';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const PASSWORD = 'a-long-enough-password';
const EXAMPLE_CSV = new URL('../../docs/examples/pledges-import-example.csv', import.meta.url);

/** The command line as a user runs it, in this process, with its output captured. */
async function cli(argv: string[], env: NodeJS.ProcessEnv, options: Parameters<typeof runCli>[2] = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env: { ...env }, readPasswordLine: async () => '' };
  const code = await runCli(argv, io, { dotEnvPath: join(tmpdir(), 'no-such-dir', '.env'), ...options });
  return { code, out, err };
}

const createUser = (email: string, extra: string[] = []): string[] => [
  'create-user',
  '--email',
  email,
  '--name',
  'Operations',
  '--role',
  'SECRETARIAT',
  ...extra,
];

/**
 * The command line and the server on the same embedded database: while the server runs, each
 * command goes to it over its owner-only command channel; without one, the command opens the
 * database itself. Either way the command acts as "cli", with every rule and the audit trail.
 */
describe('the command line while the server runs on the embedded database, and without it', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let t: TestApp | undefined;
  const auditOf = async (app: TestApp, entityType: string): Promise<{ actor_label: string; request_id: string }[]> =>
    app.dataSource.query('SELECT actor_label, request_id FROM audit_event WHERE entity_type = $1 ORDER BY id', [entityType]);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gcm-cli-'));
    env = { EMBEDDED_DATA_DIR: dir, LOG_LEVEL: 'silent', GCM_PASSWORD: PASSWORD };
    t = await startTestApp({ DATABASE_URL: '', EMBEDDED_DATA_DIR: dir });
  });
  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the commands on a socket only its user can reach', async () => {
    const socket = commandSocketPath(dir);
    expect(((await stat(socket)).mode & 0o777).toString(8)).toBe('600');
    expect(((await stat(join(socket, '..'))).mode & 0o777).toString(8)).toBe('700');
  });

  it('creates an account and imports pledges through the running server, as "cli", under the rules of the server', async () => {
    const app = t as TestApp;
    const created = await cli(createUser('ops@example.org'), env);
    expect(created).toEqual({ code: 0, out: [expect.stringMatching(/^Created SECRETARIAT account ops@example\.org \(.+\)\.$/)], err: [] });
    const [account] = await app.dataSource.query<{ role: string }[]>("SELECT role FROM account WHERE email = 'ops@example.org'");
    expect(account).toEqual({ role: 'SECRETARIAT' });
    expect(await auditOf(app, 'Account')).toEqual([{ actor_label: 'cli', request_id: expect.stringMatching(/^cli-/) }]);

    const imported = await cli(['import-pledges', EXAMPLE_CSV.pathname], env);
    expect(imported).toEqual({ code: 0, out: ['Imported 2 rows: 2 new, 0 updated, 0 unchanged.'], err: [] });
    expect((await auditOf(app, 'Pledge')).map((e) => e.actor_label)).toEqual(['cli', 'cli']);

    // The server's rules apply, and their refusals come back as the code and the fields, one line each.
    expect(await cli(createUser('ops@example.org'), env)).toEqual({
      code: 1,
      out: [],
      err: ['CONFLICT: An account with e-mail ops@example.org exists already', '  input.email: already in use'],
    });
    expect(await cli(createUser('not-an-address', ['--role', 'CHAIR']), env)).toEqual({
      code: 1,
      out: [],
      err: [
        '--email: email must be an e-mail address',
        '--role: role must be one of the following values: FOCAL_POINT, SECRETARIAT, ANALYST',
      ],
    });
  });

  it('says in one line what cannot be done before anything runs', async () => {
    expect(await cli(['import-pledges', join(dir, 'missing.csv')], env)).toEqual({
      code: 1,
      out: [],
      err: [`Cannot read ${join(dir, 'missing.csv')}: no such file`],
    });
    expect(await cli(['create-user', '--colour', 'blue'], env)).toEqual({
      code: 2,
      out: [],
      err: ["Unknown option '--colour' (npm run cli, with no command, describes every command)"],
    });
    expect((await cli(['create-user'], { ...env, PORT: 'eighty' })).err).toEqual([
      'Invalid configuration:\n  - PORT="eighty": PORT must be an integer number',
    ]);
  });

  it('refuses a request it does not understand, over the socket itself', async () => {
    const answer = await new Promise<string>((done, fail) => {
      const socket = connect(commandSocketPath(dir));
      let text = '';
      socket.on('data', (c) => (text += c.toString()));
      socket.on('end', () => done(text));
      socket.on('error', fail);
      socket.write('{"request":{"command":"drop-database"}}\n');
    });
    expect(
      answer
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([{ err: 'The server did not understand the command: run the command line of the same version as the server.' }, { exit: 2 }]);
  });

  it('reads EMBEDDED_DATA_DIR from .env, under the environment', async () => {
    const dotEnv = join(dir, 'settings.env');
    await writeFile(dotEnv, `EMBEDDED_DATA_DIR=${dir}\nLOG_LEVEL=silent\n`);
    const viaFile = await cli(createUser('dotenv@example.org'), { GCM_PASSWORD: PASSWORD }, { dotEnvPath: dotEnv });
    expect(viaFile.code).toBe(0);
    expect(await (t as TestApp).dataSource.query("SELECT email FROM account WHERE email = 'dotenv@example.org'")).toHaveLength(1);
  });

  it('opens the database itself once the server has stopped, and leaves no socket behind', async () => {
    await (t as TestApp).close();
    t = undefined;
    await expect(stat(commandSocketPath(dir))).rejects.toMatchObject({ code: 'ENOENT' });
    // A socket file left by a killed server answers nothing: the command runs here all the same.
    await writeFile(commandSocketPath(dir), '');
    const here = await cli(createUser('offline@example.org'), env);
    expect(here).toEqual({ code: 0, out: [expect.stringMatching(/^Created SECRETARIAT account offline@example\.org/)], err: [] });
    t = await startTestApp({ DATABASE_URL: '', EMBEDDED_DATA_DIR: dir });
    expect(await auditOf(t, 'Account')).toHaveLength(3);
    expect((await auditOf(t, 'Account')).map((e) => e.actor_label)).toEqual(['cli', 'cli', 'cli']);
  });

  it('says in one line that the database is held by a process that takes no commands', async () => {
    await (t as TestApp).close();
    t = undefined;
    const holder = await EmbeddedPostgres.start(dir);
    try {
      const held = await cli(createUser('held@example.org'), env, { serverStartWaitMs: 600 });
      expect(held).toEqual({
        code: 1,
        out: [],
        err: [
          `The embedded database in ${dir} is held by another process that does not take commands (a command still running, or a server of an older version): wait for it to finish, or stop it, and try again.`,
        ],
      });
    } finally {
      await holder.stop();
    }
  });
});
