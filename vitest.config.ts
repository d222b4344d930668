import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-tmp.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    coverage: {
      include: ['lib/forecast/**', 'lib/rules/**'],
      thresholds: { lines: 95, functions: 95, statements: 95, branches: 85 },
    },
  },
});
