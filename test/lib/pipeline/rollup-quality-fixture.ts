import { afterEach, beforeEach } from 'vitest';
import type { DuckDbQueryEngine } from '#lib/adapters/local/duckdb-query-engine';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { openRollupEngine } from '../../helpers/rollup-fixture.ts';

/** The test's folder (made in `beforeEach`). */
export let dir: string;
/** The rollup's engine over `dir` (opened in `beforeEach`). */
export let engine: DuckDbQueryEngine;

/** Registers the hooks that open the rollup's engine on a fresh folder. */
export function useRollupQualityEngine(): void {
  beforeEach(async () => {
    dir = await makeTempDir('rollup-quality');
    engine = await openRollupEngine(dir);
  });
  afterEach(async () => {
    await engine.close();
    await removeDir(dir);
  });
}

/** quality_daily's counts of `kind` per link. */
export const counts = async (kind: string) =>
  engine.query(
    `SELECT link_id, "count" FROM quality_daily
     WHERE kind = '${kind}' ORDER BY link_id`,
  );
/** quality_daily's counts of missing samples per link. */
export const missing = () => counts('missing_samples');
/** A sample of `linkId` at a time: 1 Gbps on 100 G. */
export const sample = (linkId: string) => (ts: string) => ({
  ts,
  linkId,
  outBps: 1e9,
  capacityBps: 100e9,
});
