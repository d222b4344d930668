import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import type { InventoryLink } from '#lib/domain/inventory';
import { rollupLake } from '#lib/pipeline/rollup';
import { LakeDataError, QueryError } from '#lib/query-error';
import { fakeEngine } from '../../helpers/fake-engine.ts';
import { silentLog } from '../../helpers/recording-log.ts';

const LINKS: InventoryLink[] = [];
const config = {
  ...DEFAULT_CONFIG,
  rollup: { ...DEFAULT_CONFIG.rollup, batchDays: 2 },
};

const DAYS = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'];

describe('rollupLake when the engine fails', () => {
  it('rethrows a query failure and starts no batch after it', async () => {
    // Prepare
    const { engine, writes } = fakeEngine(DAYS, (days) =>
      days.includes('2026-01-04') ? new QueryError('boom') : undefined,
    );
    const deps = { engine, log: silentLog, config };

    // Act
    const failure = rollupLake(deps, { asOf: '2026-01-05', links: LINKS });

    // Assess: newest first, so the failing batch is the first one
    await expect(failure).rejects.toThrow('boom');
    expect(writes).toEqual([]);
  });

  it('retries a batch that hit unreadable data day by day and sets aside the day that still fails', async () => {
    // Prepare
    const bad = '2026-01-03';
    const { engine, writes } = fakeEngine(DAYS, (days) =>
      days.includes(bad)
        ? new LakeDataError(
            `HIVE_CANNOT_OPEN_SPLIT: s3://lake/traffic/dt=${bad}/x`,
          )
        : undefined,
    );
    const deps = { engine, log: silentLog, config };

    // Act
    const summary = await rollupLake(deps, {
      asOf: '2026-01-05',
      links: LINKS,
    });

    // Assess
    expect(writes).toEqual([['2026-01-04'], ['2026-01-02', '2026-01-01']]);
    expect(summary.days).toEqual(['2026-01-01', '2026-01-02', '2026-01-04']);
    expect(summary.unreadableFiles).toEqual([
      {
        file: `s3://lake/traffic/dt=${bad}/x`,
        day: bad,
        reason: `HIVE_CANNOT_OPEN_SPLIT: s3://lake/traffic/dt=${bad}/x`,
      },
    ]);
  });

  it('writes a failed batch again at most four days at a time, as Athena takes queries', async () => {
    // Prepare: 31 days in one batch, one unreadable; each write takes a while
    const days = Array.from(
      { length: 31 },
      (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}`,
    );
    const { engine, writes } = fakeEngine(days, (batch) =>
      batch.includes('2026-01-15')
        ? new LakeDataError('HIVE_BAD_DATA: s3://lake/traffic/dt=2026-01-15/x')
        : undefined,
    );
    let running = 0;
    let most = 0;
    const write = engine.writePartitions.bind(engine);
    engine.writePartitions = async (request) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return write(request).finally(() => {
        running -= 1;
      });
    };
    const deps = {
      engine,
      log: silentLog,
      config: { ...config, rollup: { ...config.rollup, batchDays: 31 } },
    };

    // Act
    const summary = await rollupLake(deps, {
      asOf: '2026-02-01',
      links: LINKS,
    });

    // Assess: every other day written alone, never more than four at once
    expect(most).toBe(4);
    expect(writes).toHaveLength(30);
    expect(summary.days).toHaveLength(30);
    expect(summary.unreadableFiles.map((f) => f.day)).toEqual(['2026-01-15']);
  });

  it('refuses an as-of date that is not a day', async () => {
    // Prepare
    const { engine } = fakeEngine([], () => undefined);
    const deps = { engine, log: silentLog, config };

    // Act
    const failure = rollupLake(deps, { asOf: 'tomorrow', links: LINKS });

    // Assess
    await expect(failure).rejects.toThrow(/asOf/);
  });
});
