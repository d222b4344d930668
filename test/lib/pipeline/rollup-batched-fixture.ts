import { mkdtempSync } from 'node:fs';
import { cp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { DuckDbQueryEngineOptions } from '#lib/adapters/local/duckdb-setup';
import { type Config, DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { generateSample } from '#lib/sample/generate-sample';
import { openTestEngine, removeDir } from '../../helpers/lake.ts';
import { fixtureDeps } from '../../helpers/rollup-fixture.ts';
import { writeBadDay } from './rollup-batched-bad-day.ts';

export const END = '2026-03-08';
export const AS_OF = addDays(END, 1);
export const DAY = '2026-03-05';
export const settings = (rollup: Partial<Config['rollup']>): Config => ({
  ...DEFAULT_CONFIG,
  rollup: { ...DEFAULT_CONFIG.rollup, ...rollup },
});
export const SERIES = 'SELECT * FROM series_daily ORDER BY dt, level, key';
export const QUALITY = 'SELECT * FROM quality_daily ORDER BY dt, link_id, kind';

/**
 * A sample of 6 links and 8 days with a file of bad rows and a second
 * poller's samples on DAY, written
 * before the calling file's tests and removed after; each test rolls up
 * its own copy.
 *
 * @returns the folder; the sample link the bad rows are of; `rollUp`,
 *   which copies the sample to `DIR/name` and rolls it up; `daySizes`,
 *   the raw traffic bytes of each day
 */
export function useBatchedSample() {
  const dir = mkdtempSync(join(tmpdir(), 'headroom-batched-'));
  let linkId: string;

  beforeAll(async () => {
    linkId = await writeBatchedSample(dir);
  }, 120_000);
  afterAll(() => removeDir(dir));

  return {
    dir,
    linkId: () => linkId,
    rollUp: (
      name: string,
      config: Config,
      engineOptions: Partial<DuckDbQueryEngineOptions> = {},
    ) => rollUpCopy(dir, name, config, engineOptions),
    daySizes: () => daySizesOf(dir),
  };
}

/**
 * Writes the sample under `dir/sample` and the bad rows on DAY, of the
 * sample's first link.
 *
 * @returns that link's id
 */
async function writeBatchedSample(dir: string): Promise<string> {
  await generateSample({
    out: join(dir, 'sample'),
    links: 6,
    days: 8,
    seed: 11,
    end: END,
  });
  return writeBadDay(join(dir, 'sample', 'lake'), DAY);
}

/** Copies the sample to `dir/name` and rolls it up with `config`. */
async function rollUpCopy(
  dir: string,
  name: string,
  config: Config,
  engineOptions: Partial<DuckDbQueryEngineOptions> = {},
) {
  const root = join(dir, name);
  await cp(join(dir, 'sample', 'lake'), join(root, 'lake'), {
    recursive: true,
  });
  await cp(join(dir, 'sample', 'inventory'), join(root, 'inventory'), {
    recursive: true,
  });
  const engine = await openTestEngine(root, engineOptions);
  const summary = await rollupStage(fixtureDeps(engine, root, config), {
    asOf: AS_OF,
  });
  return { engine, summary, root };
}

/** Raw traffic bytes of each day of the sample. */
async function daySizesOf(dir: string): Promise<number[]> {
  const traffic = join(dir, 'sample', 'lake', 'traffic');
  const sizes: number[] = [];
  for (const folder of await readdir(traffic)) {
    const files = await readdir(join(traffic, folder));
    const bytes = await Promise.all(
      files.map(async (f) => (await stat(join(traffic, folder, f))).size),
    );
    sizes.push(bytes.reduce((a, b) => a + b, 0));
  }
  return sizes;
}
