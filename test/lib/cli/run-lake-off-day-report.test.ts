import { describe, expect, it } from 'vitest';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import {
  sampleRewritten,
  secondRun,
  useFaultSample,
} from './run-lake-faults-fixture.ts';

useFaultSample();

describe('headroom run names traffic files whose ts is far off their day', () => {
  it('names a file of epoch seconds written as milliseconds, with the cause, on the console, the overview and data-quality.json, on every run', async () => {
    // Prepare: the day's file rewritten with ts in epoch seconds where
    // its Parquet type says milliseconds, as a collector that mixed the
    // units writes it; a first run rolls the day up
    const dir = await sampleRewritten(
      'seconds-as-ms',
      'SELECT * REPLACE (epoch_ms(epoch(ts)::BIGINT) AS ts)',
    );

    // Act: a second run, the day rolled up by the first
    const { output, overview, quality } = await secondRun(dir);

    // Assess: before, its rows were only counted as wrong partition,
    // nothing naming the file or the cause
    const named =
      'traffic/dt=2026-05-20/part-0.parquet (ts reads as 1970-01-21, not ' +
      'on its dt= day: epoch seconds written as milliseconds?)';
    expect(consoleParagraph(output, 'Data quality')).toContain(
      "1 traffic file whose ts is far off its dt= folder's day, its rows " +
        `counted as wrong partition: ${named}`,
    );
    expect(overview).toContain(
      "1 traffic file whose ts is far off its dt= folder's day, its rows " +
        'counted as wrong partition (its day is rolled up again on every ' +
        `run, until the file is fixed or removed): ${named}.`,
    );
    expect(quality.unreadableFiles).toEqual([
      {
        file: 'traffic/dt=2026-05-20/part-0.parquet',
        day: '2026-05-20',
        reason:
          'ts reads as 1970-01-21, not on its dt= day: epoch seconds ' +
          'written as milliseconds?',
        offDay: {
          first: expect.stringMatching(/^1970-01-21T/),
          last: expect.stringMatching(/^1970-01-21T/),
        },
      },
    ]);
    expect(quality.totals.wrong_partition).toBeGreaterThan(0);
  });
});
