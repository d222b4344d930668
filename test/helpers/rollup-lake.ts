import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { makeTempDir, openTestEngine, removeDir } from './lake.ts';
import { fixtureDeps, openRollupEngine, seriesRow } from './rollup-fixture.ts';

/**
 * For each test of the calling file: a fresh folder with the rollup
 * fixture's inventory and an engine over its (empty) lake; the engine is
 * closed and the folder removed after the test.
 *
 * @param prefix - the temporary folder's name prefix
 * @returns getters of the test's folder, lake, engine and `rollupStage`
 *   deps; a series row by key; the `quality_daily` counts of some
 *   kinds by link and kind; `reopen`, a fresh engine as a new process
 *   would open
 * @example
 * const { lake, deps } = useRollupLake('rollup');
 * // in a test: await rollupStage(deps(), { asOf: '2026-01-02' });
 */
export function useRollupLake(prefix: string) {
  let dir: string;
  let engine: DuckDbQueryEngine;
  beforeEach(async () => {
    dir = await makeTempDir(prefix);
    engine = await openRollupEngine(dir);
  });
  afterEach(async () => {
    await engine.close();
    await removeDir(dir);
  });
  return {
    dir: () => dir,
    lake: () => join(dir, 'lake'),
    engine: () => engine,
    deps: () => fixtureDeps(engine, dir),
    series: (key: string) => seriesRow(engine, key),
    quality: (kinds: readonly string[]) =>
      engine.query(
        `SELECT link_id, kind, "count" FROM quality_daily
         WHERE kind IN (${kinds.map((k) => `'${k}'`).join(', ')})
         ORDER BY link_id, kind`,
      ),
    reopen: async () => {
      await engine.close();
      engine = await openTestEngine(dir);
    },
  };
}
