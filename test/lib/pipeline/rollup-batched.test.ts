import { describe, expect, it } from 'vitest';
import { QUALITY_KINDS } from '#lib/domain/vocabulary';
import {
  QUALITY,
  SERIES,
  settings,
  useBatchedSample,
} from './rollup-batched-fixture.ts';

const { rollUp, daySizes } = useBatchedSample();

describe('batched rollup', () => {
  it('writes the same series_daily and quality_daily as a rollup day by day', async () => {
    // Prepare
    const perDay = await rollUp('per-day', settings({ batchDays: 1 }));
    // Act
    const batched = await rollUp('batched', settings({ batchDays: 31 }));
    // Assess
    try {
      expect(perDay.summary.batches).toBe(perDay.summary.days.length);
      expect(batched.summary.batches).toBe(1);
      const series = await batched.engine.query(SERIES);
      expect(series).toEqual(await perDay.engine.query(SERIES));
      const levels = new Set(series.map((r) => r.level));
      expect([...levels].sort()).toEqual(['group', 'isp', 'link']);
      const quality = await batched.engine.query(QUALITY);
      expect(quality).toEqual(await perDay.engine.query(QUALITY));
      const kinds = new Set(quality.map((r) => r.kind));
      expect(QUALITY_KINDS.filter((k) => !kinds.has(k))).toEqual([]);
    } finally {
      await perDay.engine.close();
      await batched.engine.close();
    }
  });

  it('keeps every batch query within rollup.scanBytes, counting that the series query reads the raw bytes three times', async () => {
    // Prepare: a cap that fits one and a half of the largest day, three
    // times (counted twice, two days would fit)
    const sizes = await daySizes();
    const largest = Math.max(...sizes);
    expect(Math.min(...sizes)).toBeGreaterThan(largest * 0.75);
    // Act
    const { engine, summary } = await rollUp(
      'scan-capped',
      settings({ scanBytes: Math.floor(3 * 1.5 * largest) }),
    );
    await engine.close();
    // Assess: one day per query (two would scan over the cap)
    expect(summary.days).toHaveLength(sizes.length);
    expect(summary.batches).toBe(sizes.length);
  });

  it("holds at most the local engine's batch bytes per batch, and writes the same rows", async () => {
    // Prepare: room for one and a half of the largest day per batch
    const sizes = await daySizes();
    const largest = Math.max(...sizes);
    const whole = await rollUp('engine-whole', settings({}));
    // Act
    const capped = await rollUp('engine-capped', settings({}), {
      rollupBatchBytes: Math.floor(1.5 * largest),
    });
    // Assess: one day per batch, and the same rows as one batch
    try {
      expect(whole.summary.batches).toBe(1);
      expect(capped.summary.batches).toBe(sizes.length);
      expect(await capped.engine.query(SERIES)).toEqual(
        await whole.engine.query(SERIES),
      );
      expect(await capped.engine.query(QUALITY)).toEqual(
        await whole.engine.query(QUALITY),
      );
    } finally {
      await whole.engine.close();
      await capped.engine.close();
    }
  });
});
