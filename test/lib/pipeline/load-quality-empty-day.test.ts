import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { A1, DT, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';
import { loadQualityReport } from '../../helpers/whole-quality-report.ts';
import { linksOf } from './load-quality-fixture.ts';

const { lake, engine, deps } = useRollupLake('load-quality-empty-day');

/** The fixture's day of samples of link a1, moved to `day`. */
const a1On = (day: string) =>
  samples('a1', A1, () => 100e9).map((s) => ({
    ...s,
    ts: s.ts.replace(DT, day),
  }));

/**
 * The quality report of 2025-12-30 to 2026-01-04 after a rollup of a
 * lake holding a1's traffic on `days` (`empty`: one file with no rows),
 * the raw folder of the day `expired` then removed, as raw traffic
 * expires before the rolled-up series.
 */
async function reportOf(
  days: Readonly<Record<string, 'a1' | 'empty'>>,
  expired?: string,
) {
  for (const [day, what] of Object.entries(days)) {
    await writeTrafficDay(lake(), day, what === 'a1' ? a1On(day) : []);
  }
  await rollupStage(deps(), { asOf: '2026-01-05' });
  if (expired !== undefined) {
    await rm(join(lake(), 'traffic', `dt=${expired}`), { recursive: true });
  }
  return loadQualityReport(engine(), {
    from: '2025-12-30',
    to: '2026-01-05',
    links: linksOf(['a1']),
  });
}

describe('loadQualityReport after a rollup', () => {
  it('reports a day whose traffic files hold no rows as a day with no traffic', async () => {
    // Prepare: the middle day's only file has no rows, as a Spark job on
    // empty input writes it
    await writeTrafficDay(lake(), '2026-01-01', a1On('2026-01-01'));
    await writeTrafficDay(lake(), '2026-01-02', []);
    await writeTrafficDay(lake(), '2026-01-03', a1On('2026-01-03'));
    await writeTrafficDay(lake(), '2026-01-05', a1On('2026-01-05'));
    await rollupStage(deps(), { asOf: '2026-01-06' });

    // Act
    const report = await loadQualityReport(engine(), {
      from: '2026-01-01',
      to: '2026-01-06',
      links: linksOf(['a1']),
    });

    // Assess: the empty day was named nowhere (only the day with no
    // folder was a missing day)
    expect(report.missingDays).toEqual(['2026-01-02', '2026-01-04']);
  });

  it('counts missing days from the first traffic day when the first partition holds only an empty file', async () => {
    // Prepare: the lake's first folder holds a file with no rows, so its
    // traffic starts the day after (the section's heading checks from it)
    const days = {
      '2026-01-01': 'empty',
      '2026-01-02': 'a1',
      '2026-01-04': 'a1',
    } as const;

    // Act
    const report = await reportOf(days);

    // Assess: 01-01, before the first traffic day, is not missing
    expect(report.firstTrafficDay).toBe('2026-01-02');
    expect(report.missingDays).toEqual(['2026-01-03']);
  });

  it.each([
    ['kept', undefined],
    ['expired', '2025-12-28'],
  ])(
    'counts the first days of the window as missing when the traffic of the lake began before it (its raw folder %s)',
    async (_, expired) => {
      // Prepare: traffic on 12-28, before the window, then none until
      // 01-02; the raw folder of 12-28 kept, or expired as raw traffic
      // does before the rolled-up series
      const days = {
        '2025-12-28': 'a1',
        '2026-01-02': 'a1',
        '2026-01-04': 'a1',
      } as const;

      // Act
      const report = await reportOf(days, expired);

      // Assess: read from the rollup, the checks begin with the window,
      // so its first three days had no traffic
      expect(report.firstTrafficDay).toBe('2025-12-30');
      expect(report.missingDays).toEqual([
        '2025-12-30',
        '2025-12-31',
        '2026-01-01',
        '2026-01-03',
      ]);
    },
  );

  it('begins the checks with the first traffic day when the only folder before the window holds an empty file', async () => {
    // Prepare
    const days = {
      '2025-12-28': 'empty',
      '2026-01-02': 'a1',
      '2026-01-04': 'a1',
    } as const;

    // Act
    const report = await reportOf(days);

    // Assess: an empty file is no traffic
    expect(report.firstTrafficDay).toBe('2026-01-02');
    expect(report.missingDays).toEqual(['2026-01-03']);
  });
});
