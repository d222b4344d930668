import { describe, expect, it } from 'vitest';
import { stl } from '#lib/forecast/stl';
import {
  stlEts,
  stlOptimizedTheta,
  stlOptimizedThetaLog,
  stlTheta,
} from '#lib/forecast/stl-forecast';
import { theta } from '#lib/forecast/theta';
import { line, PATTERN, relativeGap, weekly } from './theta-fixture.ts';

// Ten plus a slope, a weekly sine, a saw-tooth and one spike of 20 at
// day 30: the case checked against statsmodels 0.15 `STL(y, period=7,
// seasonal=11, trend=13, low_pass=9, seasonal_deg=0, trend_deg=1,
// low_pass_deg=1, jumps 1)` (statsmodels requires a low-pass span above
// the period, so 9 here where R's default is 7).
const y = Array.from(
  { length: 60 },
  (_, t) =>
    10 +
    0.1 * t +
    3 * Math.sin((2 * Math.PI * t) / 7) +
    ((t * 7919) % 13) / 6 +
    (t === 30 ? 20 : 0),
);
const AT = [0, 3, 29, 30, 31, 59];
const REFERENCE = {
  plain: {
    seasonal: [-0.879201, 1.315812, 1.865191, 6.239219, 1.271892, 1.138194],
    trend: [10.380631, 11.081047, 16.736245, 16.9022, 16.999949, 16.571231],
  },
  robust: {
    seasonal: [-0.310451, 1.920292, 2.345537, 3.234369, 1.92056, 1.920519],
    trend: [10.310412, 10.68184, 13.899684, 14.023371, 14.147114, 17.613422],
  },
};

describe('STL decomposition', () => {
  it.each([
    ['plain', false],
    ['robust', true],
  ] as const)('agrees with statsmodels (%s) within 1e-5', (kind, robust) => {
    // Act
    const r = stl(y, 7, { seasonal: 11, trend: 13, lowPass: 9, robust });

    // Assess
    AT.forEach((t, i) => {
      expect(r.seasonal[t]).toBeCloseTo(REFERENCE[kind].seasonal[i]!, 5);
      expect(r.trend[t]).toBeCloseTo(REFERENCE[kind].trend[i]!, 5);
    });
  });

  it('adds up to the series and gives the spike to the remainder when robust', () => {
    // Act
    const r = stl(y, 7, { seasonal: 11, robust: true });

    // Assess
    y.forEach((v, t) => {
      expect(r.seasonal[t]! + r.trend[t]! + r.remainder[t]!).toBeCloseTo(v, 9);
    });
    expect(r.remainder[30]).toBeGreaterThan(15);
  });
});

describe('STL forecasts', () => {
  it.each([stlEts, stlTheta, stlOptimizedTheta, stlOptimizedThetaLog])(
    '$name repeats a pure weekly pattern within 0.5 %',
    (model) => {
      // Prepare
      const expected = Array.from({ length: 21 }, (_, h) => weekly[h]!);

      // Act
      const f = model.forecast(weekly, 7, 21, [80]);

      // Assess
      expect(relativeGap(f.mean, expected)).toBeLessThan(0.005);
    },
  );

  it('continues a line with a weekly pattern added, as Theta does the line', () => {
    // Prepare: the line of the Theta tests plus 50 × (pattern − 1).
    const seasonal = line.map((v, t) => v + 50 * (PATTERN[t % 7]! - 1));
    const last = line.at(-1)!;
    const expected = Array.from(
      { length: 28 },
      (_, h) => last + 2.5 * (h + 1) + 50 * (PATTERN[(120 + h) % 7]! - 1),
    );

    // Act
    const f = stlTheta.forecast(seasonal, 7, 28, [80]);

    // Assess
    expect(relativeGap(f.mean, expected)).toBeLessThan(0.005);
  });

  it('keeps a 10× spike four weeks back out of the pattern it repeats', () => {
    // Prepare: without the robustness weights the forecast is 34 % off.
    const spiked = weekly.map((v, t) => (t === 180 ? 10 * v : v));

    // Act
    const f = stlOptimizedThetaLog.forecast(spiked, 7, 14, [80]);

    // Assess
    const expected = Array.from({ length: 14 }, (_, h) => weekly[h]!);
    expect(relativeGap(f.mean, expected)).toBeLessThan(0.03);
  });

  it('forecasts a series shorter than two seasons by its adjusted model alone', () => {
    // Prepare: 40 days, a season of 30
    const values = weekly.slice(0, 40);

    // Act
    const f = stlTheta.forecast(values, 30, 20, [80]);

    // Assess
    expect(f).toEqual(theta.forecast(values, 1, 20, [80]));
  });
});
