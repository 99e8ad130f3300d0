import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAppConfig } from './app-config.js';
import { DotEnvError, loadDotEnv } from './dot-env.js';

describe('loadDotEnv: .env settings under the environment', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gcm-tracker-env-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('takes from the file what the environment does not set, and the environment wins, even with an empty value', async () => {
    const file = join(dir, 'precedence.env');
    await writeFile(
      file,
      [
        '# GCM Tracker settings',
        'PORT=3510',
        'LOG_LEVEL=debug',
        'DATABASE_URL=postgres://gcm@db.example:5432/gcm',
        'JWT_SECRET="a secret of at least thirty-two characters # not a comment"',
        '',
      ].join('\n'),
    );
    const env: NodeJS.ProcessEnv = { PORT: '3520', DATABASE_URL: '' };
    expect(loadDotEnv(env, file).sort()).toEqual(['JWT_SECRET', 'LOG_LEVEL']);
    expect(env).toEqual({
      PORT: '3520',
      DATABASE_URL: '',
      LOG_LEVEL: 'debug',
      JWT_SECRET: 'a secret of at least thirty-two characters # not a comment',
    });
    const config = loadAppConfig(env);
    expect([config.PORT, config.LOG_LEVEL, config.usesEmbeddedDatabase]).toEqual([3520, 'debug', true]);
  });

  it('adds nothing when there is no file, and names the file when it cannot be read', async () => {
    const env: NodeJS.ProcessEnv = { PORT: '3530' };
    expect(loadDotEnv(env, join(dir, 'missing.env'))).toEqual([]);
    expect(env).toEqual({ PORT: '3530' });
    const directory = join(dir, 'folder.env');
    await mkdir(directory);
    expect(() => loadDotEnv(env, directory)).toThrow(new DotEnvError(directory, 'it is a directory'));
  });
});
