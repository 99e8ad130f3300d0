/**
 * Jest runs the TypeScript sources as native ES modules (Nest 12 is ESM-only), in two
 * projects: `unit` (pure logic and services, beside the code) and `e2e` (the whole app
 * over HTTP on a real database). `npm test` runs both; `npm run test:unit` and
 * `npm run test:e2e` one each (JEST_PROJECT; unlike --selectProjects, it leaves the
 * command line free for test paths: `npm run test:e2e -- test/e2e/pledges.e2e-spec.ts`).
 */
const typescript = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/browser/'],
};

const projects = [
  { ...typescript, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
  {
    ...typescript,
    displayName: 'e2e',
    testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
    // One migrated template database per run (test/helpers/database-template.ts), and the
    // databases of the run dropped at the end.
    globalSetup: '<rootDir>/test/global-setup.mjs',
    globalTeardown: '<rootDir>/test/global-teardown.mjs',
  },
];

const only = process.env.JEST_PROJECT;
if (only && !projects.some((p) => p.displayName === only)) throw new Error(`JEST_PROJECT=${only}: no such jest project`);

export default {
  testTimeout: 60_000,
  // One worker per core: an e2e file spends its time in its own process (the app and its
  // in-memory database), so on two cores two files run side by side (jest's default is
  // one fewer worker than cores).
  maxWorkers: '100%',
  // Each test file loads the whole application again into its worker's module registry, and
  // a worker does not give that memory back: by the twentieth file a worker holds 600-800 MB
  // and spends its time collecting garbage (a file that takes 6 s first takes 30 s there).
  // A worker that ends a file above this is replaced by a new one.
  workerIdleMemoryLimit: '400MB',
  // Long files first, also on a clean clone with no durations cached (test/test-sequencer.mjs).
  testSequencer: '<rootDir>/test/test-sequencer.mjs',
  projects: projects.filter((p) => !only || p.displayName === only),
};
