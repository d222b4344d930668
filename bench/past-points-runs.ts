/**
 * The past runs `bench/past-points.ts` reads: daily runs' forecast points
 * of ISPs of six charted series, published whole (as before the points
 * were cut) and in parts (`forecastPointsFiles`).
 */
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { addDays } from '#lib/domain/dates';
import { renderNow } from '#lib/report/deferred-file';
import { forecastPointsFiles } from '#lib/report/forecast-point-parts';
import type { ForecastPointsSeries } from '#lib/report/forecast-points';
import { mulberry32 } from '#lib/sample/prng';
import { syntheticPoints } from './synthetic.ts';

/** Charted series per ISP: the ISP and five groups. */
export const PER_ISP = 6;

/** ISP `i`'s six charted series (the ISP and five groups), no points. */
export function ispSeries(i: number): ForecastPointsSeries[] {
  const isp = `ISP${String(i).padStart(5, '0')}`;
  return [
    { level: 'isp', key: isp, isp, points: [] },
    ...Array.from({ length: PER_ISP - 1 }, (_, g) => ({
      level: 'group' as const,
      key: `${isp}/SITE${g}/pni`,
      isp,
      points: [],
    })),
  ];
}

/** Publishes the runs before `asOf` both ways, with their manifests. */
export async function makePastRuns(spec: {
  readonly roots: { readonly whole: string; readonly parts: string };
  readonly asOf: string;
  readonly runs: number;
  readonly isps: number;
}): Promise<void> {
  const { runs, isps } = spec;
  const whole = new FsObjectStore(spec.roots.whole);
  const parts = new FsObjectStore(spec.roots.parts);
  const next = mulberry32(1);
  for (let r = 0; r < runs; r += 1) {
    const asOf = addDays(spec.asOf, -1 - r);
    const series = Array.from({ length: isps }, (_, i) => ispSeries(i))
      .flat()
      .map((s) => ({
        ...s,
        points: syntheticPoints(asOf, () => 1e9 * (1 + next())),
      }));
    const run = { runId: asOf, asOf, decisionLevel: 80, series };
    await whole.put(
      `reports/${asOf}/forecast-points.json`,
      JSON.stringify(run),
    );
    for (const file of forecastPointsFiles(run)) {
      await parts.put(`reports/${asOf}/${file.path}`, renderNow(file).body);
    }
    for (const store of [whole, parts]) {
      await store.put(`reports/${asOf}/manifest.json`, '{}');
    }
  }
}
