import { describe, expect, it } from 'vitest';
import {
  cutForecastPoints,
  partsHolding,
  SERIES_PER_PART,
} from '#lib/report/forecast-point-parts';
import type {
  ForecastPointsSeries,
  PastForecastPoints,
} from '#lib/report/forecast-points';

/** `count` group series of `isp`, one point each. */
const seriesOf = (isp: string, count: number): ForecastPointsSeries[] =>
  Array.from({ length: count }, (_, i) => ({
    level: 'group',
    key: `${isp}/S${String(i).padStart(4, '0')}/pni`,
    isp,
    points: [
      {
        horizonDays: 30,
        targetDate: '2026-12-26',
        meanBps: i,
        lowerBps: i,
        upperBps: i,
      },
    ],
  }));

const run = (series: ForecastPointsSeries[]): PastForecastPoints => ({
  runId: 'r1',
  asOf: '2026-11-26',
  decisionLevel: 80,
  series,
});

describe('cutForecastPoints', () => {
  it('cuts the points in ISP order into parts of at most a thousand series, each naming its ISPs', () => {
    // Prepare: out of order, one ISP larger than a part
    const points = run([
      ...seriesOf('Zeta', 10),
      ...seriesOf('Big', 1500),
      ...seriesOf('Acme', 600),
    ]);
    // Act
    const { index, parts } = cutForecastPoints(points);
    // Assess
    expect(SERIES_PER_PART).toBe(1000);
    expect(index.parts).toEqual([
      {
        path: 'forecast-points/part-0000.json',
        firstIsp: 'Acme',
        lastIsp: 'Big',
        series: 1000,
      },
      {
        path: 'forecast-points/part-0001.json',
        firstIsp: 'Big',
        lastIsp: 'Big',
        series: 1000,
      },
      {
        path: 'forecast-points/part-0002.json',
        firstIsp: 'Big',
        lastIsp: 'Zeta',
        series: 110,
      },
    ]);
    expect(index).toMatchObject({ runId: 'r1', asOf: '2026-11-26' });
    const kept = parts.flatMap((p) => p.points.series);
    expect(kept).toHaveLength(2110);
    expect(new Set(kept)).toEqual(new Set(points.series));
    expect(parts[0]!.points).toMatchObject({ runId: 'r1', decisionLevel: 80 });
  });

  it('writes an index without parts for a run with no series', () => {
    // Act
    const { index, parts } = cutForecastPoints(run([]));
    // Assess
    expect(index.parts).toEqual([]);
    expect(parts).toEqual([]);
  });
});

describe('partsHolding', () => {
  const { index } = cutForecastPoints(
    run([
      ...seriesOf('Acme', 600),
      ...seriesOf('Big', 1500),
      ...seriesOf('Zeta', 10),
    ]),
  );
  const paths = (isps: string[]) =>
    partsHolding(index, isps).map((p) => p.path.slice(-9));

  it('reads only the parts whose ISP range holds a wanted ISP', () => {
    // Assess
    expect(paths(['Acme'])).toEqual(['0000.json']);
    expect(paths(['Big'])).toEqual(['0000.json', '0001.json', '0002.json']);
    expect(paths(['Zeta'])).toEqual(['0002.json']);
    expect(paths(['Acme', 'Zeta'])).toEqual(['0000.json', '0002.json']);
    // ISPs outside every part's range (new since that run) read none.
    expect(paths(['Aaa', 'Zz'])).toEqual([]);
    expect(paths([])).toEqual([]);
  });
});
