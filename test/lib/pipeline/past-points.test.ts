import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { publishedRuns, readPastPoints } from '#lib/pipeline/past-points';
import type { ObjectStore } from '#lib/ports/object-store';
import { renderNow } from '#lib/report/deferred-file';
import { forecastPointsFiles } from '#lib/report/forecast-point-parts';
import type {
  ForecastPointsSeries,
  PastForecastPoints,
} from '#lib/report/forecast-points';

const newStore = async () =>
  new FsObjectStore(await mkdtemp(join(tmpdir(), 'past-points-')));

const series = (isp: string, i: number): ForecastPointsSeries => ({
  level: 'group',
  key: `${isp}/S${String(i).padStart(4, '0')}/pni`,
  isp,
  points: [],
});

/** One run's points: 1,200 series of each of three ISPs. */
const runOf = (asOf: string): PastForecastPoints => ({
  runId: asOf,
  asOf,
  decisionLevel: 80,
  series: ['Acme', 'Globex', 'Initech'].flatMap((isp) =>
    Array.from({ length: 1200 }, (_, i) => series(isp, i)),
  ),
});

/** Publishes a run's points in parts, as publish does. */
async function publishParts(store: ObjectStore, day: string) {
  for (const file of forecastPointsFiles(runOf(day))) {
    await store.put(`reports/${day}/${file.path}`, renderNow(file).body);
  }
}

const recordingLog = () => {
  const warnings: { message: string; fields?: unknown }[] = [];
  const log = {
    info: () => {},
    error: () => {},
    warn: (message: string, fields?: unknown) =>
      warnings.push({ message, fields }),
  };
  return { log, warnings };
};

describe('publishedRuns', () => {
  it('finds the days in the window whose report has a manifest, and no others', async () => {
    // Prepare
    const store = await newStore();
    for (const day of [
      '2025-01-01',
      '2026-10-01',
      '2026-11-01',
      '2026-11-26',
    ]) {
      await store.put(`reports/${day}/manifest.json`, '{}');
    }
    // A run killed while publishing: parts but no manifest.
    await publishParts(store, '2026-11-20');
    await store.put('reports/latest/manifest.json', '{}');
    // Act
    const days = await publishedRuns(store, {
      from: '2025-11-26',
      to: '2026-11-26',
    });
    // Assess
    expect(days).toEqual(['2026-10-01', '2026-11-01']);
  });
});

describe('readPastPoints', () => {
  it("reads only the parts holding the shard's ISPs and keeps only its series", async () => {
    // Prepare
    const store = await newStore();
    await publishParts(store, '2026-10-01');
    await publishParts(store, '2026-11-01');
    const read: string[] = [];
    const spy: ObjectStore = Object.create(store, {
      get: {
        value: (key: string) => {
          read.push(key);
          return store.get(key);
        },
      },
    });
    const mine = [series('Globex', 3), series('Globex', 1100)];
    const { log } = recordingLog();
    // Act
    const past = await readPastPoints(
      { reports: spy, log },
      ['2026-10-01', '2026-11-01'],
      mine,
    );
    // Assess: Globex's 1,200 series lie in parts 1 and 2 of 4
    expect(past.map((p) => p.asOf)).toEqual([
      '2026-10-01',
      '2026-10-01',
      '2026-11-01',
      '2026-11-01',
    ]);
    expect(past.flatMap((p) => p.series.map((s) => s.key))).toEqual([
      'Globex/S0003/pni',
      'Globex/S1100/pni',
      'Globex/S0003/pni',
      'Globex/S1100/pni',
    ]);
    expect(read.filter((k) => k.startsWith('reports/2026-11-01/'))).toEqual([
      'reports/2026-11-01/forecast-points/index.json',
      'reports/2026-11-01/forecast-points/part-0001.json',
      'reports/2026-11-01/forecast-points/part-0002.json',
    ]);
  });

  it('reads a run published before the points were cut from its whole file', async () => {
    // Prepare
    const store = await newStore();
    const old = runOf('2026-09-01');
    await store.put(
      'reports/2026-09-01/forecast-points.json',
      JSON.stringify(old),
    );
    const { log } = recordingLog();
    // Act
    const past = await readPastPoints(
      { reports: store, log },
      ['2026-09-01'],
      [series('Initech', 7)],
    );
    // Assess
    expect(past).toHaveLength(1);
    expect(past[0]!.series.map((s) => s.key)).toEqual(['Initech/S0007/pni']);
    expect(past[0]!.asOf).toBe('2026-09-01');
  });

  it('skips a run whose index or part cannot be read, with a warning naming its folder', async () => {
    // Prepare
    const store = await newStore();
    await publishParts(store, '2026-10-01');
    await publishParts(store, '2026-10-02');
    await store.put(
      'reports/2026-10-01/forecast-points/index.json',
      '{ broken',
    );
    await store.delete(['reports/2026-10-02/forecast-points/part-0000.json']);
    await publishParts(store, '2026-10-03');
    const { log, warnings } = recordingLog();
    // Act
    const past = await readPastPoints(
      { reports: store, log },
      ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04'],
      [series('Acme', 0)],
    );
    // Assess
    expect(past.map((p) => p.asOf)).toEqual(['2026-10-03']);
    expect(warnings.map((w) => w.message)).toEqual([
      'skipping unreadable past forecast',
      'skipping unreadable past forecast',
    ]);
    expect(JSON.stringify(warnings)).toContain('reports/2026-10-01');
    expect(JSON.stringify(warnings)).toContain(
      'forecast-points/part-0000.json is missing',
    );
  });
});
