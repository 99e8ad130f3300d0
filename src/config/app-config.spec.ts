import { describe, expect, it } from '@jest/globals';
import { ConfigValidationError, loadAppConfig, PUBLISHED_JWT_SECRETS } from './app-config.js';

const problemsOf = (env: Record<string, string>): string => {
  try {
    loadAppConfig(env);
  } catch (err) {
    if (err instanceof ConfigValidationError) return err.message;
    throw err;
  }
  throw new Error('expected the configuration to be refused');
};

describe('loadAppConfig', () => {
  it('uses documented defaults, with the embedded database, when nothing is set', () => {
    const config = loadAppConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      EMBEDDED_DATA_DIR: './data',
      DB_MIGRATE_ON_START: true,
      JWT_SECRET: undefined,
    });
    expect(config.usesEmbeddedDatabase).toBe(true);
    expect(loadAppConfig({ DATABASE_URL: '  ' }).usesEmbeddedDatabase).toBe(true);
  });

  it('reads a server URL, numbers and booleans', () => {
    const config = loadAppConfig({
      DATABASE_URL: 'postgres://u@db:5432/gcm',
      PORT: '8080',
      DB_MIGRATE_ON_START: 'false',
      GRAPHQL_IDE: '0',
    });
    expect(config.usesEmbeddedDatabase).toBe(false);
    expect(config).toMatchObject({ PORT: 8080, DB_MIGRATE_ON_START: false, GRAPHQL_IDE: false });
  });

  it('reads TRUST_PROXY as Express expects it', () => {
    expect(loadAppConfig({}).trustProxy).toBe(false);
    expect(loadAppConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadAppConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadAppConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe('10.0.0.0/8, 127.0.0.1');
    expect(problemsOf({ TRUST_PROXY: 'everyone; drop table' })).toContain('TRUST_PROXY must be');
  });

  it('names the variable and the problem for each bad value', () => {
    expect(problemsOf({ PORT: 'abc' })).toContain('PORT="abc": PORT must be an integer number');
    expect(problemsOf({ PORT: '70000' })).toContain('PORT must not be greater than 65535');
    expect(problemsOf({ DATABASE_URL: 'mysql://x' })).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(problemsOf({ NODE_ENV: 'staging' })).toContain('NODE_ENV=');
    expect(problemsOf({ DB_MIGRATE_ON_START: 'maybe' })).toContain('DB_MIGRATE_ON_START');
    expect(problemsOf({ LOG_LEVEL: 'loud' })).toContain('LOG_LEVEL');
  });

  it('never prints the JWT secret, and refuses a published one in every environment', () => {
    const message = problemsOf({ JWT_SECRET: 'too-short-secret' });
    expect(message).toContain('JWT_SECRET=(hidden)');
    expect(message).not.toContain('too-short-secret');
    for (const NODE_ENV of ['development', 'test', 'production']) {
      expect(problemsOf({ NODE_ENV, JWT_SECRET: PUBLISHED_JWT_SECRETS[0] })).toContain('this value is published');
    }
  });

  it('turns the IDE and introspection off in production unless asked, and refuses the IDE without introspection', () => {
    expect(loadAppConfig({})).toMatchObject({ ideEnabled: true, introspectionEnabled: true });
    expect(loadAppConfig({ NODE_ENV: 'production' })).toMatchObject({ ideEnabled: false, introspectionEnabled: false });
    expect(loadAppConfig({ NODE_ENV: 'production', GRAPHQL_IDE: 'true' })).toMatchObject({ ideEnabled: true, introspectionEnabled: true });
    expect(loadAppConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' })).toMatchObject({
      ideEnabled: false,
      introspectionEnabled: true,
    });
    expect(problemsOf({ GRAPHQL_IDE: 'true', GRAPHQL_INTROSPECTION: 'false' })).toContain('GRAPHQL_IDE: the IDE reads the schema');
  });

  it('hashes passwords at the default cost, cheaper only outside production', () => {
    expect(loadAppConfig({})).toMatchObject({ PASSWORD_HASH_MEMORY_KIB: 65_536, PASSWORD_HASH_ITERATIONS: 3 });
    expect(loadAppConfig({ NODE_ENV: 'test', PASSWORD_HASH_MEMORY_KIB: '64', PASSWORD_HASH_ITERATIONS: '1' })).toMatchObject({
      PASSWORD_HASH_MEMORY_KIB: 64,
      PASSWORD_HASH_ITERATIONS: 1,
    });
    const production = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-characters' };
    expect(loadAppConfig({ ...production, PASSWORD_HASH_MEMORY_KIB: '131072', PASSWORD_HASH_ITERATIONS: '4' })).toMatchObject({
      PASSWORD_HASH_MEMORY_KIB: 131_072,
      PASSWORD_HASH_ITERATIONS: 4,
    });
    expect(problemsOf({ ...production, PASSWORD_HASH_MEMORY_KIB: '64' })).toContain('a cheaper hash is for tests only');
    expect(problemsOf({ ...production, PASSWORD_HASH_ITERATIONS: '1' })).toContain('a cheaper hash is for tests only');
    expect(problemsOf({ PASSWORD_HASH_MEMORY_KIB: '8' })).toContain('PASSWORD_HASH_MEMORY_KIB must not be less than 64');
  });

  it('reads false and 0 as false, true and 1 as true, in any case', () => {
    for (const value of ['false', '0', 'FALSE', ' no '])
      expect([value, loadAppConfig({ DB_MIGRATE_ON_START: value }).DB_MIGRATE_ON_START]).toEqual([value, false]);
    for (const value of ['true', '1', 'Yes'])
      expect([value, loadAppConfig({ DB_MIGRATE_ON_START: value }).DB_MIGRATE_ON_START]).toEqual([value, true]);
  });

  it('treats an empty DATABASE_URL as unset, and accepts postgresql:// URLs', () => {
    const empty = loadAppConfig({ DATABASE_URL: '' });
    expect(empty.usesEmbeddedDatabase).toBe(true);
    expect(empty.DATABASE_URL).toBeUndefined();
    const server = loadAppConfig({ DATABASE_URL: 'postgresql://gcm:pw@db.internal/gcm' });
    expect(server.DATABASE_URL).toBe('postgresql://gcm:pw@db.internal/gcm');
    expect(server.usesEmbeddedDatabase).toBe(false);
  });

  it('refuses each bad value with a ConfigValidationError whose one problem names the variable', () => {
    const bad: Record<string, string> = {
      PORT: 'abc',
      DATABASE_URL: 'mysql://x',
      NODE_ENV: 'staging',
      DB_MIGRATE_ON_START: 'maybe',
      LOG_LEVEL: 'loud',
    };
    for (const [name, value] of [...Object.entries(bad), ['PORT', '70000'], ['PORT', '-1']]) {
      let error: unknown;
      try {
        loadAppConfig({ [name]: value });
      } catch (err) {
        error = err;
      }
      expect([name, value, error instanceof ConfigValidationError]).toEqual([name, value, true]);
      const problems = (error as ConfigValidationError).problems;
      expect(problems).toHaveLength(1);
      expect(problems[0].startsWith(`${name}=${JSON.stringify(value)}: `)).toBe(true);
      expect((error as ConfigValidationError).message).toContain(name);
    }
  });

  it('reports every bad variable at once', () => {
    let error: unknown;
    try {
      loadAppConfig({ PORT: 'abc', LOG_LEVEL: 'loud', NODE_ENV: 'staging' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    expect((error as ConfigValidationError).problems.map((p) => p.split('=')[0]).sort()).toEqual(['LOG_LEVEL', 'NODE_ENV', 'PORT']);
  });
});
