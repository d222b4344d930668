import { describe, expect, it } from 'vitest';
import {
  CONFIGURED_BYTES,
  DAYS,
  saved,
  stage,
  useBatchCut,
} from './rollup-batch-cut-fixture.ts';

useBatchCut();

describe('rollupStage after a batch ran out of time', () => {
  it('fails the run naming the UNLOAD, then halves that batch on each next run until batches end in time, and says so', async () => {
    // Prepare: a day takes 30 s, so a batch of four days or more is cut
    const { run, writes, messages } = stage(30_000);

    // Act
    const first = await run().catch((error: Error) => error);
    const second = await run().catch((error: Error) => error);
    const third = await run();

    // Assess: 12 days cut, then 6, then 3-day batches end in time (the
    // second does not start: it would end past the budget)
    expect(String(first)).toBe(
      `RollupBatchCutError: Athena query q-1 still RUNNING at the caller's deadline, after 100000 ms: cancelled (UNLOAD of quality_daily for ${DAYS[11]} to ${DAYS[0]}, 12 days): a batch of 12 days (120 bytes of raw traffic) ran out of time: the next rollup halves it, to at most 6 days and 60 bytes a batch (batchLimits in state/rollup.json), and again down to one day if it must`,
    );
    expect(String(second)).toContain(
      '6 days): a batch of 6 days (60 bytes of raw traffic) ran out of time: the next rollup halves it, to at most 3 days and 30 bytes a batch',
    );
    expect(writes).toEqual([DAYS.slice(0, 3)]);
    expect(third).toMatchObject({ days: DAYS.slice(0, 3).sort() });
    expect(third.daysLeft).toBe(9);
    expect(messages).toContain(
      `rollup batches halved after a batch ran out of time: 2 batches of at most 6 days and 60 bytes of raw traffic, not 1 of 31 days and ${CONFIGURED_BYTES} bytes, until batches end in time again`,
    );
    expect(messages).toContain(
      `rollup batches halved after a batch ran out of time: 4 batches of at most 3 days and 30 bytes of raw traffic, not 1 of 31 days and ${CONFIGURED_BYTES} bytes, until batches end in time again`,
    );
    expect((await saved()).batchLimits).toEqual({ days: 3, bytes: 30 });
  });

  it('says plainly that one day alone cannot be rolled up in time, and what to do', async () => {
    // Prepare: a day takes more than the whole budget
    const { run } = stage(150_000);
    const errors: string[] = [];

    // Act: 12, 6, 3, 1 day(s), then the day again
    for (let i = 0; i < 5; i++) {
      errors.push(await run().then(String, String));
    }

    // Assess
    const alone =
      `: the rollup of ${DAYS[0]} alone (10 bytes of raw traffic in traffic/dt=${DAYS[0]}/) ran out of time, and a day is the smallest batch: a Lambda runs 15 minutes at most, so this day cannot be rolled up on AWS as it is. ` +
      'Scan less on that day (its raw traffic is too large for one query: look for duplicated or oversized files there); if Athena was only queued or slow, the next run tries the day again';
    expect(errors.map((e) => /(\d+) days?\)/.exec(e)?.[1])).toEqual([
      '12',
      '6',
      '3',
      undefined,
      undefined,
    ]);
    expect(errors[3]).toContain(`(UNLOAD of quality_daily for ${DAYS[0]})`);
    expect(errors[3]!.endsWith(alone)).toBe(true);
    expect(errors[4]).toBe(errors[3]);
    expect((await saved()).batchLimits).toEqual({ days: 1, bytes: 5 });
  });
});
