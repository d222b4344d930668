import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { addDays } from '#lib/domain/dates';
import { shardAccuracy } from '#lib/pipeline/shard-accuracy';
import { renderNow } from '#lib/report/deferred-file';
import { forecastPointsFiles } from '#lib/report/forecast-point-parts';
import { AS_OF, fixtureSeries } from '../../fixtures/report/report-series.ts';
import { silentLog } from '../../helpers/recording-log.ts';

const KEY = 'Acme/LHR1/pni';

describe('shardAccuracy', () => {
  it('finds the past runs itself when the plan was written before the planner found them', async () => {
    // Prepare: two past runs, each forecasting the group at +30 days
    const reports = new FsObjectStore(await mkdtemp(join(tmpdir(), 'acc-')));
    for (const day of ['2026-09-01', '2026-10-01']) {
      const points = [30].map((horizonDays) => ({
        horizonDays,
        targetDate: addDays(day, horizonDays),
        meanBps: 2e9,
        lowerBps: 1e9,
        upperBps: 3e9,
      }));
      const run = {
        runId: day,
        asOf: day,
        decisionLevel: 80,
        series: [{ level: 'group' as const, key: KEY, isp: 'Acme', points }],
      };
      for (const file of forecastPointsFiles(run)) {
        await reports.put(`reports/${day}/${file.path}`, renderNow(file).body);
      }
      await reports.put(`reports/${day}/manifest.json`, '{}');
    }
    const series = [fixtureSeries('group', KEY, 1e9, 1e6, [])];
    const mine = [
      { level: 'group' as const, key: KEY, isp: 'Acme', points: [] },
    ];
    const window = { from: addDays(AS_OF, -365), to: AS_OF };
    const config = { decisionLevel: 80 };
    const runs = ['2026-09-01', '2026-10-01'].map((day) => ({
      day,
      layout: 'parts' as const,
    }));
    // Act
    const planned = await shardAccuracy(
      { reports, log: silentLog },
      { window, pastReports: runs, config },
      series,
      mine,
    );
    const older = await shardAccuracy(
      { reports, log: silentLog },
      { window, config },
      series,
      mine,
    );
    // Assess
    expect(planned.sums.find((s) => s.key === KEY)?.count).toBe(2);
    expect(older).toEqual(planned);
  });
});
