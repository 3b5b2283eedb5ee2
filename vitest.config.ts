import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

import { browserSkipReason } from './test/setup/chromium'

// Lexical's `node` export condition loads its code through a top-level await that deadlocks
// Node 20's ESM loader now and then (exit 13); the `production` condition resolves straight to the
// built files. The npm scripts pass the same flag to tsx.
const nodeConditions = ['--conditions=production']

const browserProject: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'browser',
    // Builds and serves the app: runs after the other projects so they do not compete for two cores.
    sequence: { groupOrder: 2 },
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
}

// Without Chromium the browser project is left out with one line saying why; CI sets
// REQUIRE_BROWSER_TESTS so that it fails instead of passing without them.
const skipBrowser = browserSkipReason()
if (skipBrowser && process.env.REQUIRE_BROWSER_TESTS)
  throw new Error(`REQUIRE_BROWSER_TESTS is set, but ${skipBrowser}`)
// Vitest evaluates this file once per project: say it once.
if (skipBrowser && !process.env.BROWSER_SKIP_SHOWN) {
  process.env.BROWSER_SKIP_SHOWN = '1'
  console.log(skipBrowser)
}

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    reporters: ['default', './test/reporters/summaryLine.ts'],
    execArgv: nodeConditions,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['test/integration/**/*.test.ts'],
          setupFiles: ['test/setup/integrationDatabase.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      ...(skipBrowser ? [] : [browserProject]),
    ],
  },
})
