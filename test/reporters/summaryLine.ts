import fs from 'node:fs'

import type { Reporter, TestModule } from 'vitest/node'

/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, that tools reading CI logs
 * understand whatever the runner; with TEST_TALLY_FILE set it also appends the counts there.
 */
export default class SummaryLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 }
    for (const testModule of testModules) {
      const failedBefore = counts.failed
      for (const test of testModule.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') counts.passed += 1
        else if (state === 'failed') counts.failed += 1
        else counts.skipped += 1
      }
      // A file that failed outside any test (import error, failing beforeAll) counts as a failure.
      if (testModule.state() === 'failed' && counts.failed === failedBefore) counts.failed += 1
    }
    process.stdout.write(
      `\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
    )
    // CI runs several lanes and adds their counts up into one closing line.
    if (process.env.TEST_TALLY_FILE)
      fs.appendFileSync(process.env.TEST_TALLY_FILE, `${JSON.stringify(counts)}\n`)
  }
}
