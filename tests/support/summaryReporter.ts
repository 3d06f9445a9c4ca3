// Ends a test run with one plain line, "N passed, N failed, N skipped", that any CI can read
// whatever runner produced it. A failed run never reads "0 failed".
import type { SerializedError } from 'vitest';
import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node';

/** Prints the run's totals as a single plain line after Vitest's own summary. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason) {
    const totals = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') totals.passed++;
        else if (state === 'failed') totals.failed++;
        else totals.skipped++;
      }
      // A file that failed to load (an import that threw) or a suite whose beforeAll/afterAll threw
      // has errors of its own and no failed test to show for them: each counts as one failure.
      for (const suite of [module, ...module.children.allSuites()]) if (suite.errors().length) totals.failed++;
    }
    if (reason === 'failed' && !totals.failed) totals.failed = 1;
    process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  }
}
