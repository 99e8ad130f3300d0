import Sequencer from '@jest/test-sequencer';

/**
 * The order in which jest hands test files to its workers. Two workers share the run, so
 * the long files must start first: a long file started last keeps one worker busy while
 * the other has nothing left to do. Jest knows each file's duration from its previous run
 * (its cache); a clean clone has no cache, and jest then orders by file size, which puts
 * short files full of cases first and long files with few cases (the embedded database on
 * disk, the fuzz walk, the command line) last.
 *
 * So a file jest has no duration for takes its duration from this table: seconds measured
 * in a whole run of `npm test` on this repository (a file not listed counts as a unit test,
 * under a second). Refresh it when a file's cost changes much: the figures come from
 * `npm test -- --json --outputFile=/tmp/run.json` (each file's endTime - startTime).
 */
const MEASURED_SECONDS = {
  'test/e2e/mutation-access.e2e-spec.ts': 46,
  'test/e2e/fuzz.e2e-spec.ts': 42,
  'test/e2e/safe-defaults.e2e-spec.ts': 36,
  'test/e2e/sessions.e2e-spec.ts': 35,
  'test/e2e/command-line.e2e-spec.ts': 31,
  'test/e2e/events.e2e-spec.ts': 30,
  'test/e2e/embedded-database.e2e-spec.ts': 28,
  'test/e2e/demo-data.e2e-spec.ts': 22,
  'test/e2e/loaders.e2e-spec.ts': 21,
  'test/e2e/query-limits.e2e-spec.ts': 18,
  'test/e2e/pledges.e2e-spec.ts': 15,
  'test/e2e/notifications.e2e-spec.ts': 14,
  'test/e2e/operations.e2e-spec.ts': 12,
  'test/e2e/failures.e2e-spec.ts': 12,
  'test/e2e/transactions.e2e-spec.ts': 11,
  'test/e2e/access-list.e2e-spec.ts': 10,
  'test/e2e/analytics.e2e-spec.ts': 10,
  'test/e2e/progress.e2e-spec.ts': 9,
  'test/e2e/bad-input.e2e-spec.ts': 9,
  'test/e2e/web-app.e2e-spec.ts': 8,
  'test/e2e/exports.e2e-spec.ts': 8,
  'test/e2e/acceptance-defects.e2e-spec.ts': 8,
  'test/e2e/practices.e2e-spec.ts': 8,
  'test/e2e/analytics-random.e2e-spec.ts': 7,
  'test/e2e/pledge-import.e2e-spec.ts': 6,
  'test/e2e/reference.e2e-spec.ts': 6,
  'test/e2e/audit-trail.e2e-spec.ts': 5,
};
/** A new e2e file: booting the app on its own database alone costs a few seconds. */
const NEW_E2E_FILE_SECONDS = 5;

export default class LongestFirstSequencer extends Sequencer.default {
  sort(tests) {
    const seconds = (test) => {
      const cached = this.time(test);
      if (cached != null) return cached / 1000;
      const path = test.path.slice(test.context.config.rootDir.length + 1);
      return MEASURED_SECONDS[path] ?? (path.endsWith('.e2e-spec.ts') ? NEW_E2E_FILE_SECONDS : 0.5);
    };
    const failed = (test) => (this.hasFailed(test) ? 1 : 0);
    return [...tests].sort((a, b) => failed(b) - failed(a) || seconds(b) - seconds(a));
  }
}
