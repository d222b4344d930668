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
import { comparePlaces } from '#lib/report/series-place';

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
    const place = (isp: string, i: number) => ({
      isp,
      level: 'group',
      key: `${isp}/S${String(i).padStart(4, '0')}/pni`,
    });
    expect(index.parts).toEqual([
      {
        path: 'forecast-points/part-0000.json',
        first: place('Acme', 0),
        last: place('Big', 399),
        series: 1000,
      },
      {
        path: 'forecast-points/part-0001.json',
        first: place('Big', 400),
        last: place('Big', 1399),
        series: 1000,
      },
      {
        path: 'forecast-points/part-0002.json',
        first: place('Big', 1400),
        last: place('Zeta', 9),
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
  const paths = (wanted: ForecastPointsSeries[]) =>
    partsHolding(index, [...wanted].sort(comparePlaces)).map((p) =>
      p.path.slice(-9),
    );
  const big = seriesOf('Big', 1500);

  it('reads only the parts whose range holds a wanted series', () => {
    // Assess
    expect(paths(seriesOf('Acme', 600))).toEqual(['0000.json']);
    expect(paths(big)).toEqual(['0000.json', '0001.json', '0002.json']);
    expect(paths(seriesOf('Zeta', 10))).toEqual(['0002.json']);
    expect(paths([...seriesOf('Zeta', 1), ...seriesOf('Acme', 1)])).toEqual([
      '0000.json',
      '0002.json',
    ]);
    // A large ISP's groups in one part only: that part alone.
    expect(paths(big.slice(500, 900))).toEqual(['0001.json']);
    expect(paths([big[399]!, big[1400]!])).toEqual(['0000.json', '0002.json']);
    // Series outside every part's range (new since that run) read none.
    expect(paths([...seriesOf('Aaa', 2), ...seriesOf('Zz', 2)])).toEqual([]);
    expect(paths([])).toEqual([]);
  });
});
