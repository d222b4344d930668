import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import type { ObjectStore } from '#lib/ports/object-store';
import { renderNow } from '#lib/report/deferred-file';
import { forecastPointsFiles } from '#lib/report/forecast-point-parts';
import type {
  ForecastPointsSeries,
  PastForecastPoints,
} from '#lib/report/forecast-points';

/** An empty report store in a new temporary folder. */
export const newStore = async () =>
  new FsObjectStore(await mkdtemp(join(tmpdir(), 'past-points-')));

/** Group `i` of `isp` (key `isp/S0007/pni`), no points. */
export const groupSeries = (isp: string, i: number): ForecastPointsSeries => ({
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
    Array.from({ length: 1200 }, (_, i) => groupSeries(isp, i)),
  ),
});

/** Publishes a run's points in parts, as publish does, and its manifest. */
export async function publishParts(
  store: ObjectStore,
  day: string,
  manifest = true,
) {
  for (const file of forecastPointsFiles(runOf(day))) {
    await store.put(`reports/${day}/${file.path}`, renderNow(file).body);
  }
  if (manifest) await store.put(`reports/${day}/manifest.json`, '{}');
}

/** Publishes a run's points whole, as before the cut, and its manifest. */
export async function publishWhole(store: ObjectStore, day: string) {
  const body = JSON.stringify(runOf(day));
  await store.put(`reports/${day}/forecast-points.json`, body);
  await store.put(`reports/${day}/manifest.json`, '{}');
}

/** The store, recording every key read. */
export function recording(store: ObjectStore) {
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
