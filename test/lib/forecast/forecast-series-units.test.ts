import { describe, expect, it } from 'vitest';
import { forecastSeries } from '#lib/forecast/index';
import type { PointForecast } from '#lib/forecast/types';
import { gaussian, trafficSeries } from '../../fixtures/forecast/series.ts';

// The same links in another unit (Gbps × 3.7, MB, bps): the forecast of
// c·y must be c times the forecast of y, whatever the series' magnitude.
const FACTORS = [3.7, 1e-3, 1e9];
const OPTIONS = { horizon: 90, levels: [80, 95] };

/** Weekly pattern, 40 %/year growth, five missing days and a 6× spike. */
const seasonal = trafficSeries(400, 11, {
  level: 2.5,
  weekly: 0.2,
  growth: 0.4,
})
  .map((v, t) => (t >= 300 && t < 305 ? Number.NaN : v))
  .map((v, t) => (t === 350 ? 6 * v : v));
/** Three weeks of a new link: too short for model selection. */
const short = trafficSeries(21, 12, { level: 0.6 });
/** Flat with every value below 1 (a link in Gbps, or a ratio). */
const flat = (() => {
  const z = gaussian(13);
  return Array.from({ length: 150 }, () => 0.4 + 0.01 * z());
})();
/** A link idle for two weeks at a backtest origin (its level there is 0). */
const idle = trafficSeries(300, 1, { level: 5 }).map((v, t) =>
  t >= 155 && t < 169 ? 0 : v,
);

function rows(f: PointForecast): readonly (readonly number[])[] {
  return [f.mean, f.lower[80]!, f.upper[80]!, f.lower[95]!, f.upper[95]!];
}

/** Largest |scaled/c − base| over the means and bounds. */
function largestGap(base: PointForecast, scaled: PointForecast, c: number) {
  const a = rows(base);
  const b = rows(scaled);
  let gap = 0;
  a.forEach((xs, r) => {
    xs.forEach((x, i) => {
      gap = Math.max(gap, Math.abs(b[r]![i]! / c - x));
    });
  });
  return gap;
}

describe('forecasts in another unit', () => {
  describe.each([
    ['a growing weekly series with a gap and a spike', seasonal],
    ['a short series', short],
    ['a flat series below 1', flat],
    ['a link idle for two weeks', idle],
  ])('of %s', (_label, values) => {
    it.each(FACTORS)('times %s are the forecasts times it', (c) => {
      // Prepare
      const top = Math.max(...values.filter(Number.isFinite));
      const base = forecastSeries(values, OPTIONS);

      // Act
      const scaled = forecastSeries(
        values.map((v) => v * c),
        OPTIONS,
      );

      // Assess
      expect(scaled.model).toBe(base.model);
      expect(largestGap(base, scaled, c)).toBeLessThan(1e-9 * top);
    });
  });
});
