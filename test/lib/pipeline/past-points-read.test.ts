import { describe, expect, it } from 'vitest';
import { readPastPoints } from '#lib/pipeline/past-points';
import type { PastForecastPoints } from '#lib/report/forecast-points';
import {
  groupSeries,
  newStore,
  publishParts,
  publishWhole,
  recording,
} from '../../helpers/past-points-store.ts';
import { recordingLog } from '../../helpers/recording-log.ts';

const keysOf = (past: PastForecastPoints[]) =>
  past.flatMap((p) => p.series.map((s) => `${p.asOf} ${s.key}`));

describe('readPastPoints', () => {
  it("reads only the parts holding the shard's series and keeps only those", async () => {
    // Prepare
    const store = await newStore();
    await publishParts(store, '2026-10-01');
    await publishParts(store, '2026-11-01');
    const { spy, read } = recording(store);
    const mine = [groupSeries('Globex', 1100), groupSeries('Globex', 3)];
    const { log } = recordingLog();
    const runs = ['2026-10-01', '2026-11-01'].map((day) => ({
      day,
      layout: 'parts' as const,
    }));
    // Act
    const past = await readPastPoints({ reports: spy, log }, runs, mine);
    // Assess: Globex's series 3 is in part 1 of 4, its 1100 in part 2
    expect(keysOf(past)).toEqual([
      '2026-10-01 Globex/S0003/pni',
      '2026-10-01 Globex/S1100/pni',
      '2026-11-01 Globex/S0003/pni',
      '2026-11-01 Globex/S1100/pni',
    ]);
    expect(read.filter((k) => k.startsWith('reports/2026-11-01/'))).toEqual([
      'reports/2026-11-01/forecast-points/index.json',
      'reports/2026-11-01/forecast-points/part-0001.json',
      'reports/2026-11-01/forecast-points/part-0002.json',
    ]);
  });

  it("reads, for a shard holding some of a large ISP's groups, only the parts with those groups", async () => {
    // Prepare: Globex spans parts 1 and 2; this shard has its last groups
    const store = await newStore();
    await publishParts(store, '2026-11-01');
    const { spy, read } = recording(store);
    const { log } = recordingLog();
    // Act
    const past = await readPastPoints(
      { reports: spy, log },
      [{ day: '2026-11-01', layout: 'parts' }],
      [groupSeries('Globex', 900), groupSeries('Globex', 1199)],
    );
    // Assess
    expect(read).toEqual([
      'reports/2026-11-01/forecast-points/index.json',
      'reports/2026-11-01/forecast-points/part-0002.json',
    ]);
    expect(keysOf(past)).toHaveLength(2);
  });

  it('reads a run published before the points were cut from its whole file', async () => {
    // Prepare
    const store = await newStore();
    await publishWhole(store, '2026-09-01');
    const { spy, read } = recording(store);
    const { log } = recordingLog();
    // Act
    const past = await readPastPoints(
      { reports: spy, log },
      [{ day: '2026-09-01', layout: 'whole' }],
      [groupSeries('Initech', 7)],
    );
    // Assess
    expect(keysOf(past)).toEqual(['2026-09-01 Initech/S0007/pni']);
    expect(read).toEqual(['reports/2026-09-01/forecast-points.json']);
  });

  it('skips a run whose index or part cannot be read, with a warning naming it', async () => {
    // Prepare
    const store = await newStore();
    for (const day of ['2026-10-01', '2026-10-02', '2026-10-03']) {
      await publishParts(store, day);
    }
    await store.put(
      'reports/2026-10-01/forecast-points/index.json',
      '{ broken',
    );
    await store.delete(['reports/2026-10-02/forecast-points/part-0000.json']);
    const { log, lines: warnings } = recordingLog();
    const runs = ['2026-10-01', '2026-10-02', '2026-10-03'].map((day) => ({
      day,
      layout: 'parts' as const,
    }));
    // Act
    const past = await readPastPoints({ reports: store, log }, runs, [
      groupSeries('Acme', 0),
    ]);
    // Assess
    expect(keysOf(past)).toEqual(['2026-10-03 Acme/S0000/pni']);
    expect(warnings.map((w) => w.message)).toEqual([
      'skipping unreadable past forecast',
      'skipping unreadable past forecast',
    ]);
    expect(JSON.stringify(warnings)).toContain('reports/2026-10-01');
    expect(JSON.stringify(warnings)).toContain(
      'reports/2026-10-02/forecast-points/part-0000.json is missing',
    );
  });
});
