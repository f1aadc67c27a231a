/**
 * jest projects: unit (no server), integration (real server, real database), e2e (real Chromium: the app's
 * test/e2e and the modules' `*.e2e.test.ts`), security (isolation matrix, advisories, fuzzing, hostile uploads,
 * auth, crash consistency), modules: the tests a module carries in its own folder
 * (`src/plugins/<slug>/test/`), like a package, and scale: the scale-out deployment (docs/deploy.md: several
 * CMS processes, a job worker, Redis, object storage, backups), which needs PostgreSQL and Redis and so runs
 * with `npm run test:postgres` (TEST_DB=postgres) only.
 */
/**
 * Test files a lane leaves to another (comma-separated path patterns): CI's SQLite lane leaves the staff
 * browser suite to the PostgreSQL lane (a UI suite runs on one database; see .ci/run).
 */
const skipped = (process.env.TEST_PATH_SKIP || '').split(',').filter(Boolean)

const common = {
  testEnvironment: 'node',
  testPathIgnorePatterns: ['/node_modules/', ...skipped],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
}

export default {
  testTimeout: 120_000,
  // jest's order, but a file that warms a cache runs before the one that reuses it (test/sequencer.mjs).
  testSequencer: '<rootDir>/test/sequencer.mjs',
  // Two test files at a time (each starts its own server on its own copy of the seeded database):
  // this machine has two cores. JEST_WORKERS=1 runs one file at a time.
  maxWorkers: Number(process.env.JEST_WORKERS || 2),
  // The security suite's figures (cases run, leaks, 5xx, refused uploads, writes kept) after the run.
  reporters: ['default', '<rootDir>/test/security/summary-reporter.mjs'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/globalSetup.mjs',
      globalTeardown: '<rootDir>/test/globalTeardown.mjs',
    },
    {
      ...common,
      displayName: 'modules',
      // A module's browser tests (`*.e2e.test.ts`) run with the app's, in the e2e project. Left out by the match,
      // not by `testPathIgnorePatterns`, which a lane's command line replaces.
      // A module's tests of the scale-out deployment (`*.scale.test.ts`) run in the scale project.
      testMatch: ['<rootDir>/src/plugins/*/test/**/*.test.ts', '!**/*.e2e.test.ts', '!**/*.scale.test.ts'],
      globalSetup: '<rootDir>/test/globalSetup.mjs',
      globalTeardown: '<rootDir>/test/globalTeardown.mjs',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts', '<rootDir>/src/plugins/*/test/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/test/globalSetup.mjs',
      globalTeardown: '<rootDir>/test/globalTeardown.mjs',
    },
    ...(process.env.TEST_DB === 'postgres'
      ? [
          {
            ...common,
            displayName: 'scale',
            testMatch: ['<rootDir>/test/scale/**/*.test.ts', '<rootDir>/src/plugins/*/test/**/*.scale.test.ts'],
            globalSetup: '<rootDir>/test/globalSetup.mjs',
            globalTeardown: '<rootDir>/test/globalTeardown.mjs',
          },
        ]
      : []),
    {
      ...common,
      displayName: 'security',
      testMatch: ['<rootDir>/test/security/**/*.test.ts'],
      globalSetup: '<rootDir>/test/globalSetup.mjs',
      globalTeardown: '<rootDir>/test/globalTeardown.mjs',
    },
  ],
}
