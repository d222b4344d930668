import { cp, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbQueryEngineOptions } from '#lib/adapters/local/duckdb-setup';
import { type Config, DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { QUALITY_KINDS } from '#lib/domain/vocabulary';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { generateSample } from '#lib/sample/generate-sample';
import {
  makeTempDir,
  openTestEngine,
  removeDir,
  writeTrafficDay,
} from '../../helpers/lake.ts';
import { fixtureDeps } from '../../helpers/rollup-fixture.ts';

const END = '2026-03-08';
const AS_OF = addDays(END, 1);
const DAY = '2026-03-05';
const settings = (rollup: Partial<Config['rollup']>): Config => ({
  ...DEFAULT_CONFIG,
  rollup: { ...DEFAULT_CONFIG.rollup, ...rollup },
});
const SERIES = 'SELECT * FROM series_daily ORDER BY dt, level, key';
const QUALITY = 'SELECT * FROM quality_daily ORDER BY dt, link_id, kind';

/** Rows of every bad kind on DAY, in a file of their own. */
async function writeBadRows(lake: string, linkId: string) {
  const at = (time: string) => `${DAY}T${time}Z`;
  await writeTrafficDay(
    lake,
    DAY,
    [
      { ts: at('00:02:30'), linkId, outBps: Number.NaN, capacityBps: 1e9 },
      { ts: at('00:07:30'), linkId, outBps: -5, capacityBps: 1e9 },
      { ts: at('00:12:30'), linkId, outBps: 9e12, capacityBps: 1e9 },
      { ts: at('00:17:30'), linkId, outBps: 0, capacityBps: 1e9 },
      { ts: at('00:17:30'), linkId, outBps: 0, capacityBps: 1e9 },
      { ts: at('00:05:00'), linkId: 'ghost', outBps: 1, capacityBps: 1e9 },
      // Rows of another day in this day's folder.
      { ts: '2026-03-04T10:00:00Z', linkId, outBps: 1, capacityBps: 1e9 },
    ],
    'part-bad.parquet',
  );
}

describe('batched rollup', () => {
  let dir: string;
  let linkId: string;

  beforeAll(async () => {
    dir = await makeTempDir('batched');
    await generateSample({
      out: join(dir, 'sample'),
      links: 6,
      days: 8,
      seed: 11,
      end: END,
    });
    const folder = join(dir, 'sample', 'lake', 'traffic', `dt=${DAY}`);
    const [first] = await readdir(folder);
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await (await DuckDBInstance.create()).connect();
    const read = await db.runAndReadAll(
      `SELECT min(link_id) AS l FROM '${join(folder, first!)}'`,
    );
    linkId = String(read.getRowObjectsJS()[0]!.l);
    db.closeSync();
    await writeBadRows(join(dir, 'sample', 'lake'), linkId);
  }, 120_000);
  afterAll(() => removeDir(dir));

  async function rollUp(
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

  /** Raw traffic bytes of each day of the sample. */
  async function daySizes(): Promise<number[]> {
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

  it('keeps every batch query within rollup.scanBytes, counting that the series query reads the raw bytes twice', async () => {
    // Prepare: a cap that fits one and a half of the largest day, twice
    const sizes = await daySizes();
    const largest = Math.max(...sizes);
    expect(Math.min(...sizes)).toBeGreaterThan(largest * 0.75);
    // Act
    const { engine, summary } = await rollUp(
      'scan-capped',
      settings({ scanBytes: Math.floor(2 * 1.5 * largest) }),
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

  it('leaves rows of another day out of the folder they are in, and counts them', async () => {
    // Prepare
    const { engine } = await rollUp('wrong', settings({}));
    // Act
    const wrong = await engine.query(
      `SELECT dt, link_id, "count" FROM quality_daily WHERE kind = 'wrong_partition'`,
    );
    const samples = await engine.query(
      `SELECT dt, samples FROM series_daily WHERE key = '${linkId}' AND dt IN ('2026-03-04', '${DAY}') ORDER BY dt`,
    );
    // Assess
    try {
      expect(wrong).toEqual([{ dt: DAY, link_id: linkId, count: 1 }]);
      expect(samples.map((r) => r.dt)).toEqual(['2026-03-04', DAY]);
      expect(Number(samples[0]!.samples)).toBeLessThanOrEqual(288);
    } finally {
      await engine.close();
    }
  });

  it('after a batch killed midway, redoes exactly the days left without a marker', async () => {
    // Prepare: a finished rollup, then a kill that left two days unmarked
    const config = settings({ lateDays: 0 });
    const done = await rollUp('killed', config);
    await done.engine.close();
    const days = done.summary.days;
    const unmarked = [days[2]!, days[4]!];
    for (const dt of unmarked) {
      await rm(join(done.root, 'lake', 'series_daily', `dt=${dt}`, '_SUCCESS'));
    }
    const half = join(done.root, 'lake', 'quality_daily', `dt=${days[1]}`);
    const [file] = (await readdir(half)).filter((n) => n.endsWith('.parquet'));
    await rm(join(half, file!));
    const engine = await openTestEngine(done.root);
    // Act
    const again = await rollupStage(fixtureDeps(engine, done.root, config), {
      asOf: AS_OF,
    });
    // Assess: the day whose files no longer match its marker is redone too
    try {
      expect(again.days).toEqual([days[1], ...unmarked]);
    } finally {
      await engine.close();
    }
  });

  it('picks up rows that arrive late for a day three days back', async () => {
    // Prepare
    const { engine, root } = await rollUp('late', settings({ lateDays: 3 }));
    const lateDay = addDays(AS_OF, -3);
    const before = await engine.query(
      `SELECT max_bps FROM series_daily WHERE key = '${linkId}' AND dt = '${lateDay}'`,
    );
    await writeTrafficDay(
      join(root, 'lake'),
      lateDay,
      [{ ts: `${lateDay}T23:57:30Z`, linkId, outBps: 7e11, capacityBps: 1e12 }],
      'part-late.parquet',
    );
    // Act
    const again = await rollupStage(fixtureDeps(engine, root), {
      asOf: AS_OF,
    });
    const after = await engine.query(
      `SELECT max_bps FROM series_daily WHERE key = '${linkId}' AND dt = '${lateDay}'`,
    );
    // Assess
    try {
      expect(again.days).toContain(lateDay);
      expect(before[0]!.max_bps).not.toBe(7e11);
      expect(after).toEqual([{ max_bps: 7e11 }]);
    } finally {
      await engine.close();
    }
  });
});
