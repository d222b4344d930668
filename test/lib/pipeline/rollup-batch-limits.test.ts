import { describe, expect, it } from 'vitest';
import { EMPTY_ROLLUP } from '#lib/pipeline/rollup-stage';
import {
  AS_OF,
  DAYS,
  saved,
  saveState,
  stage,
  useBatchCut,
} from './rollup-batch-cut-fixture.ts';

useBatchCut();

const UNREADABLE = {
  file: `traffic/dt=${DAYS[5]}/bad.parquet`,
  day: DAYS[5],
  reason: 'not a Parquet file',
};

/** A summary an earlier rollup saved, remembering `batchLimits`. */
const summary = (batchLimits?: { days: number; bytes: number }) =>
  JSON.stringify({ asOf: AS_OF, ...EMPTY_ROLLUP, batchLimits });

describe('rollupStage with batch limits remembered', () => {
  it('widens them by doubling while every batch would still end in time, and forgets them at the configured ones', async () => {
    // Prepare: a day takes a second; the budget is 100 s
    const { run, writes } = stage(1000);
    await saveState(summary({ days: 3, bytes: 30 }));

    // Act
    await run();
    const after1 = (await saved()).batchLimits;
    await run();
    const after2 = (await saved()).batchLimits;
    await saveState(summary({ days: 31, bytes: 4_000_000_000 }));
    await run();

    // Assess: batches of 3, then of 6, then of the configured 31 days
    expect(writes.map((w) => w.length)).toEqual([3, 3, 3, 3, 6, 6, 12]);
    expect(after1).toEqual({ days: 6, bytes: 60 });
    expect(after2).toEqual({ days: 12, bytes: 120 });
    expect(await saved()).not.toHaveProperty('batchLimits');
  });

  it('reads a state file from before batch limits as none, without a word', async () => {
    // Prepare
    const { run, writes, messages } = stage(1000);
    await saveState(summary());

    // Act
    await run();

    // Assess
    expect(writes.map((w) => w.length)).toEqual([12]);
    expect(messages).toEqual([]);
    expect(await saved()).not.toHaveProperty('batchLimits');
  });

  it.each([
    ['that is not JSON', '{"batchLimits": {"days": 3,'],
    ['that is null', 'null'],
    ['whose batchLimits is malformed', summary({ days: 0, bytes: 30 })],
  ])(
    'rebuilds a state file %s, naming it, and batches as configured',
    async (_, text) => {
      // Prepare
      const { run, writes, messages } = stage(1000);
      await saveState(text);

      // Act
      await run();

      // Assess
      expect(writes.map((w) => w.length)).toEqual([12]);
      expect(messages).toEqual([
        "state/rollup.json is not a rollup's summary (not JSON, or its batchLimits malformed): the rollup batches by rollup.batchDays and rollup.scanBytes, and writes the file again",
      ]);
      expect(await saved()).toMatchObject({
        asOf: AS_OF,
        days: [...DAYS].sort(),
      });
    },
  );

  it('keeps the last summary in the state file when a batch is cut, with the halved limits', async () => {
    // Prepare: a day takes 30 s, so the 12-day batch is cut
    const { run } = stage(30_000);
    const last = { ...EMPTY_ROLLUP, unreadableFiles: [UNREADABLE] };
    await saveState(JSON.stringify({ asOf: '2026-03-01', ...last }));

    // Act
    const act = run();

    // Assess: the forecast run after a retry still reports the file
    await expect(act).rejects.toThrow(/ran out of time/);
    expect(await saved()).toEqual({
      asOf: '2026-03-01',
      ...last,
      batchLimits: { days: 6, bytes: 60 },
    });
  });
});
