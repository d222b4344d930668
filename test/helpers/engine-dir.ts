import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import type { DuckDbQueryEngineOptions } from '#lib/adapters/local/duckdb-setup';
import { makeTempDir, openTestEngine, removeDir } from './lake.ts';

/**
 * A fresh folder for each test of the calling file, with a lake in
 * `DIR/lake` that a test fills and then opens the engine over; the
 * engine (if opened) is closed and the folder removed after each test.
 *
 * @returns the test's folder, its lake, `open` (with options of the
 *   engine besides the test's defaults) and the engine it opened
 * @example
 * const { lake, open } = useEngineDir();
 * // in a test: await writeTrafficDay(lake(), …); const engine = await open();
 */
export function useEngineDir() {
  let dir: string;
  let engine: DuckDbQueryEngine | undefined;
  beforeEach(async () => {
    dir = await makeTempDir('engine');
    engine = undefined;
  });
  afterEach(async () => {
    await engine?.close();
    await removeDir(dir);
  });
  return {
    dir: () => dir,
    lake: () => join(dir, 'lake'),
    open: async (options: Partial<DuckDbQueryEngineOptions> = {}) => {
      engine = await openTestEngine(dir, options);
      return engine;
    },
    engine: () => engine!,
  };
}
