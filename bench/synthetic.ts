/** Synthetic traffic-like daily series shared by the speed benchmarks. */
import { addDays } from '#lib/domain/dates';
import {
  type ForecastPoint,
  POINT_HORIZONS,
} from '#lib/report/forecast-points';
import { mulberry32 } from '#lib/sample/prng';

/**
 * A traffic-like series: growth, weekly and yearly pattern, noise, dips.
 *
 * @param seed - series seed
 * @param length - days
 * @returns the values (NaN for a few missing days)
 */
export function synthetic(seed: number, length: number): number[] {
  const rnd = mulberry32(seed);
  const level = 1e8 * 10 ** (rnd() * 4);
  const growth = (rnd() - 0.2) * 0.8;
  const weekly = rnd() * 0.3;
  const noise = 0.02 + rnd() * 0.08;
  return Array.from({ length }, (_, t) => {
    const trend = level * Math.exp((growth * t) / 365);
    const week = 1 + weekly * Math.sin((2 * Math.PI * t) / 7);
    const year = 1 + 0.1 * Math.sin((2 * Math.PI * t) / 365.25);
    const dip = rnd() < 0.01 ? 0.1 : 1;
    const gap = rnd() < 0.005 ? Number.NaN : 1;
    return trend * week * year * dip * gap * (1 + noise * (rnd() - 0.5) * 2);
  });
}

/**
 * A past run's kept forecast points of one series (+30/60/90 days), each
 * mean drawn by `meanBps`, its interval ±15 %, as the accuracy benchmarks
 * publish them.
 *
 * @param asOf - the run's date
 * @param meanBps - draws each point's mean
 * @returns the points
 */
export function syntheticPoints(
  asOf: string,
  meanBps: () => number,
): ForecastPoint[] {
  return POINT_HORIZONS.map((horizonDays) => {
    const mean = meanBps();
    return {
      horizonDays,
      targetDate: addDays(asOf, horizonDays),
      meanBps: mean,
      lowerBps: mean * 0.85,
      upperBps: mean * 1.15,
    };
  });
}
