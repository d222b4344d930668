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

/**
 * A fresh folder and an engine opened over it for each test of the calling
 * file or `describe`, handed to `opened`; the engine is closed and the
 * folder removed after each test.
 *
 * @param prefix - the folder's name prefix
 * @param opened - receives the test's folder and engine
 * @example
 * let engine: DuckDbQueryEngine;
 * useOpenEngine('quality', (_, e) => { engine = e; });
 */
export function useOpenEngine(
  prefix: string,
  opened: (dir: string, engine: DuckDbQueryEngine) => void,
): void {
  let dir: string;
  let engine: DuckDbQueryEngine;
  beforeEach(async () => {
    dir = await makeTempDir(prefix);
    engine = await openTestEngine(dir);
    opened(dir, engine);
  });
  afterEach(async () => {
    await engine.close();
    await removeDir(dir);
  });
}
