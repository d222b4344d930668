import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { RollupSummary } from '#lib/pipeline/rollup';
import { writeTrafficDay } from './lake.ts';
import { A1, A2, DT, p95, samples } from './rollup-fixture.ts';
import { writeParquet } from './write-parquet.ts';

/**
 * Writes the samples as DT's traffic file `name` as another writer would:
 * the contract's file first, then rewritten through `select` (a SELECT of
 * the `FROM` it is given), so that a test varies names or types.
 *
 * @example
 * await writeRewritten(lake, 'b.parquet', ['a2', A2, () => 100e9],
 *   (from) => `SELECT * REPLACE (CAST(link_id AS BLOB) AS link_id) ${from}`);
 */
export async function writeRewritten(
  lake: string,
  name: string,
  rows: Parameters<typeof samples>,
  select: (from: string) => string,
): Promise<void> {
  await writeTrafficDay(lake, DT, samples(...rows), 'contract.tmp');
  const folder = join(lake, 'traffic', `dt=${DT}`);
  const from = `FROM read_parquet('${join(folder, 'contract.tmp')}')`;
  await writeParquet(join(folder, name), select(from));
  await rm(join(folder, 'contract.tmp'));
}

/**
 * Asserts that a1 (A1) and a2 (A2) and their bundle rolled up whole,
 * nothing set aside.
 */
export async function expectBothRolledUp(
  summary: RollupSummary,
  series: (key: string) => Promise<Record<string, unknown> | undefined>,
): Promise<void> {
  expect(summary.unreadableFiles).toEqual([]);
  expect((await series('a2'))?.peak_bps).toBeCloseTo(p95(A2), 6);
  expect((await series('a1'))?.peak_bps).toBeCloseTo(p95(A1), 6);
  const sums = A1.map((v, i) => v + A2[i]!);
  const group = await series('Acme/LHR1/pni');
  expect(group?.peak_bps).toBeCloseTo(p95(sums), 6);
}
