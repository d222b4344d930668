import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { QueryError } from '#lib/errors';
import { rollupLake } from '#lib/pipeline/rollup';
import type { LakeTable, QueryEngine } from '#lib/ports/query-engine';
import { silentLog } from '../../helpers/rollup-fixture.ts';

/** An engine over a fixed list of traffic days that fails on one day. */
function fakeEngine(traffic: string[], failOn: string) {
  const written: string[] = [];
  const engine: QueryEngine = {
    async query() {
      return [{ n: 1 }];
    },
    async replacePartition(table: LakeTable, dt: string) {
      if (dt === failOn) throw new QueryError(`boom on ${dt}`);
      written.push(`${table}:${dt}`);
    },
    async listPartitions(table: LakeTable) {
      return table === 'traffic' ? traffic : [];
    },
    async unload() {},
    async readUnloaded() {
      return [];
    },
    async removeUnloaded() {},
    async close() {},
  };
  return { engine, written };
}

describe('rollupLake when the engine fails', () => {
  it('rethrows the error and starts no day after the failure', async () => {
    // Prepare
    const days = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'];
    const { engine, written } = fakeEngine(days, '2026-01-01');
    const deps = { engine, log: silentLog, config: DEFAULT_CONFIG };

    // Act
    const failure = rollupLake(deps, { asOf: '2026-01-05', concurrency: 1 });

    // Assess
    await expect(failure).rejects.toThrow('boom on 2026-01-01');
    expect(written).toEqual([]);
  });

  it('writes quality before series, day by day, with one day at a time', async () => {
    // Prepare
    const { engine, written } = fakeEngine(['2026-01-01', '2026-01-02'], '');
    const deps = { engine, log: silentLog, config: DEFAULT_CONFIG };

    // Act
    const summary = await rollupLake(deps, {
      asOf: '2026-01-05',
      concurrency: 1,
    });

    // Assess
    expect(summary).toMatchObject({
      days: ['2026-01-01', '2026-01-02'],
      rows: 2,
    });
    expect(written).toEqual([
      'quality_daily:2026-01-01',
      'series_daily:2026-01-01',
      'quality_daily:2026-01-02',
      'series_daily:2026-01-02',
    ]);
  });

  it('refuses an as-of date that is not a day', async () => {
    // Prepare
    const { engine } = fakeEngine([], '');
    const deps = { engine, log: silentLog, config: DEFAULT_CONFIG };

    // Act
    const failure = rollupLake(deps, { asOf: 'tomorrow' });

    // Assess
    await expect(failure).rejects.toThrow(/asOf/);
  });
});
