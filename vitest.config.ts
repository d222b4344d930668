import { defineConfig } from 'vitest/config';
import { isolatedTestFiles } from './test/meta/isolation.ts';

const isolated = isolatedTestFiles(import.meta.dirname);

export default defineConfig({
  test: {
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-tmp.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two test files at a time on the 2-core machine: vitest's default in a
    // run is one fewer than the cores, one here, and many files wait on child
    // processes, s3rver or Chromium (.ci/run on a fresh clone: 1004 s with
    // one, 711 s with two).
    maxWorkers: 2,
    coverage: {
      include: ['lib/forecast/**', 'lib/rules/**'],
      thresholds: { lines: 95, functions: 95, statements: 95, branches: 85 },
    },
    // A process per test file only for the files that change what the
    // process shares (mocks, environment, exit code: `isolatedTestFiles`);
    // the others share their worker's loaded modules, which took as long
    // as the tests themselves (docs/architecture.md "Tests").
    projects: [
      {
        extends: true,
        test: { name: 'isolated', include: isolated },
      },
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: isolated,
          isolate: false,
        },
      },
    ],
  },
});
