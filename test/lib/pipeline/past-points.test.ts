import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { pastReports, readPastPoints } from '#lib/pipeline/past-points';
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

/** Publishes a run's points in parts, as publish does, and its manifest. */
async function publishParts(store: ObjectStore, day: string, manifest = true) {
  for (const file of forecastPointsFiles(runOf(day))) {
    await store.put(`reports/${day}/${file.path}`, renderNow(file).body);
  }
  if (manifest) await store.put(`reports/${day}/manifest.json`, '{}');
}

/** Publishes a run's points whole, as before the cut, and its manifest. */
async function publishWhole(store: ObjectStore, day: string) {
  const body = JSON.stringify(runOf(day));
  await store.put(`reports/${day}/forecast-points.json`, body);
  await store.put(`reports/${day}/manifest.json`, '{}');
}

/** The store, recording every key read. */
function recording(store: ObjectStore) {
  const read: string[] = [];
  const spy: ObjectStore = Object.create(store, {
    get: {
      value: (key: string) => {
        read.push(key);
        return store.get(key);
      },
    },
  });
  return { spy, read };
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

const keysOf = (past: PastForecastPoints[]) =>
  past.flatMap((p) => p.series.map((s) => `${p.asOf} ${s.key}`));

describe('pastReports', () => {
  it('finds the runs in the window published whole with points, and how they are stored, reading no file', async () => {
    // Prepare
    const store = await newStore();
    await publishParts(store, '2025-01-01'); // before the window
    await publishWhole(store, '2026-10-01'); // before the cut
    await publishParts(store, '2026-11-01');
    await store.put('reports/2026-11-05/manifest.json', '{}'); // no points
    await publishParts(store, '2026-11-20', false); // killed while publishing
    await publishParts(store, '2026-11-26'); // the as-of date: not past
    await store.put('reports/latest/manifest.json', '{}');
    const { spy, read } = recording(store);
    // Act
    const runs = await pastReports(spy, {
      from: '2025-11-26',
      to: '2026-11-26',
    });
    // Assess
    expect(runs).toEqual([
      { day: '2026-10-01', layout: 'whole' },
      { day: '2026-11-01', layout: 'parts' },
    ]);
    expect(read).toEqual([]);
  });
});

describe('readPastPoints', () => {
  it("reads only the parts holding the shard's series and keeps only those", async () => {
    // Prepare
    const store = await newStore();
    await publishParts(store, '2026-10-01');
    await publishParts(store, '2026-11-01');
    const { spy, read } = recording(store);
    const mine = [series('Globex', 1100), series('Globex', 3)];
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
      [series('Globex', 900), series('Globex', 1199)],
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
      [series('Initech', 7)],
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
    const { log, warnings } = recordingLog();
    const runs = ['2026-10-01', '2026-10-02', '2026-10-03'].map((day) => ({
      day,
      layout: 'parts' as const,
    }));
    // Act
    const past = await readPastPoints({ reports: store, log }, runs, [
      series('Acme', 0),
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
