import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { openTestEngine, writeTrafficDay } from '../../helpers/lake.ts';
import { fixtureDeps } from '../../helpers/rollup-fixture.ts';
import {
  AS_OF,
  DAY,
  settings,
  useBatchedSample,
} from './rollup-batched-fixture.ts';

const { linkId, rollUp } = useBatchedSample();

describe('batched rollup of late, misplaced and half-written days', () => {
  it('leaves rows of another day out of the folder they are in, and counts them', async () => {
    // Prepare
    const { engine } = await rollUp('wrong', settings({}));
    // Act
    const wrong = await engine.query(
      `SELECT dt, link_id, "count" FROM quality_daily WHERE kind = 'wrong_partition'`,
    );
    const samples = await engine.query(
      `SELECT dt, samples FROM series_daily WHERE key = '${linkId()}' AND dt IN ('2026-03-04', '${DAY}') ORDER BY dt`,
    );
    // Assess
    try {
      expect(wrong).toEqual([{ dt: DAY, link_id: linkId(), count: 1 }]);
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
      `SELECT max_bps FROM series_daily WHERE key = '${linkId()}' AND dt = '${lateDay}'`,
    );
    await writeTrafficDay(
      join(root, 'lake'),
      lateDay,
      [
        {
          ts: `${lateDay}T23:57:30Z`,
          linkId: linkId(),
          outBps: 7e11,
          capacityBps: 1e12,
        },
      ],
      'part-late.parquet',
    );
    // Act
    const again = await rollupStage(fixtureDeps(engine, root), {
      asOf: AS_OF,
    });
    const after = await engine.query(
      `SELECT max_bps FROM series_daily WHERE key = '${linkId()}' AND dt = '${lateDay}'`,
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
