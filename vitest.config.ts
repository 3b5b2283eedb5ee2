import { defineConfig } from 'vitest/config'

// Lexical's `node` export condition loads its code through a top-level await that deadlocks
// Node 20's ESM loader now and then (exit 13); the `production` condition resolves straight to the
// built files. The npm scripts pass the same flag to tsx.
const nodeConditions = ['--conditions=production']

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
      {
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
      },
    ],
  },
})
