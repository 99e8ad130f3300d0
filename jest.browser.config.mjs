/**
 * Browser tests (headless Chromium via playwright-core), run with `npm run test:browser`.
 * Same ESM/ts-jest setup as jest.config.mjs, but only test/browser, with a longer timeout.
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 120_000,
  // Two files side by side (jest's default here is one fewer worker than cores: one): a
  // browser test spends much of its time waiting for pages, so two share the cores well.
  maxWorkers: 2,
};
