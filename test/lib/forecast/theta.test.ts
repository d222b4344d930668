import { describe, expect, it } from 'vitest';
import { optimizedTheta } from '#lib/forecast/optimized-theta';
import {
  additiveIndices,
  isSeasonal,
  multiplicativeIndices,
} from '#lib/forecast/seasonal-decompose';
import { fitSes } from '#lib/forecast/ses';
import { fitTheta, theta } from '#lib/forecast/theta';
import { gaussian } from '../../fixtures/forecast/series.ts';
import {
  CESNET_THETA,
  CESNET_TRAIN,
} from '../../fixtures/forecast/theta-reference.ts';

const PATTERN = [1, 1.1, 1.2, 1.15, 1.05, 0.8, 0.7];
const line = Array.from({ length: 120 }, (_, t) => 1000 + 5 * t);
const weekly = Array.from({ length: 210 }, (_, t) => 500 * PATTERN[t % 7]!);

function relativeGap(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((x, i) => Math.abs(x - b[i]!) / Math.abs(b[i]!)));
}

describe('Theta method', () => {
  it('agrees with R thetaf on a published case within 1 %', () => {
    // Act
    const f = theta.forecast(CESNET_TRAIN, 7, 90, [80, 95]);

    // Assess
    for (const [step, expected] of CESNET_THETA) {
      expect(Math.abs(f.mean[step - 1]! / expected - 1)).toBeLessThan(0.01);
    }
  });

  it('forecasts half the slope of a straight line beyond its last value', () => {
    // Prepare
    const last = line.at(-1)!;
    const expected = Array.from({ length: 30 }, (_, h) => last + 2.5 * (h + 1));

    // Act
    const f = theta.forecast(line, 7, 30, [80]);

    // Assess
    expect(relativeGap(f.mean, expected)).toBeLessThan(1e-3);
  });

  it('repeats a pure weekly pattern', () => {
    // Prepare
    const expected = Array.from({ length: 21 }, (_, h) => weekly[h]!);

    // Act
    const f = theta.forecast(weekly, 7, 21, [80]);

    // Assess
    expect(relativeGap(f.mean, expected)).toBeLessThan(1e-6);
  });

  it('leaves most series of white noise unadjusted', () => {
    // Prepare
    const series = Array.from({ length: 100 }, (_, k) => {
      const noise = gaussian(k + 1);
      return Array.from({ length: 200 }, () => 100 + noise());
    });

    // Act
    const flat = series.filter((y) => fitTheta(y, 7).figure.length === 1);

    // Assess
    expect(flat.length).toBeGreaterThanOrEqual(85);
  });
});

describe('optimised Theta', () => {
  it('extrapolates a straight line', () => {
    // Prepare
    const expected = Array.from({ length: 30 }, (_, h) => 1000 + 5 * (120 + h));

    // Act
    const f = optimizedTheta.forecast(line, 7, 30, [80]);

    // Assess
    expect(relativeGap(f.mean, expected)).toBeLessThan(0.01);
  });

  it('repeats a pure weekly pattern', () => {
    // Prepare
    const expected = Array.from({ length: 14 }, (_, h) => weekly[h]!);

    // Act
    const f = optimizedTheta.forecast(weekly, 7, 14, [80]);

    // Assess
    expect(relativeGap(f.mean, expected)).toBeLessThan(1e-6);
  });
});

describe('seasonal decomposition and SES', () => {
  it('finds a weekly pattern and its indices', () => {
    // Act
    const seasonal = isSeasonal(weekly, 7);
    const idx = multiplicativeIndices(weekly, 7)!;

    // Assess
    expect(seasonal).toBe(true);
    const mean = PATTERN.reduce((a, b) => a + b, 0) / 7;
    expect(
      relativeGap(
        idx.figure,
        PATTERN.map((p) => p / mean),
      ),
    ).toBeLessThan(1e-12);
  });

  it('finds additive terms that a shift of the series leaves as they are', () => {
    // Prepare: logs of the weekly series, and of it in another unit.
    const logs = weekly.map(Math.log);
    const shifted = logs.map((v) => v + Math.log(1e-9));

    // Act
    const a = additiveIndices(logs, 7)!.figure;
    const b = additiveIndices(shifted, 7)!.figure;

    // Assess: the log pattern, centred, whatever the unit.
    const logPattern = PATTERN.map(Math.log);
    const mean = logPattern.reduce((x, y) => x + y, 0) / 7;
    a.forEach((v, i) => {
      expect(v).toBeCloseTo(logPattern[i]! - mean, 12);
      expect(b[i]!).toBeCloseTo(v, 12);
    });
  });

  it('finds no pattern in a short or a constant series', () => {
    // Act
    const results = [
      isSeasonal([1, 2, 3], 7),
      isSeasonal(Array(30).fill(2), 7),
    ];

    // Assess
    expect(results).toEqual([false, false]);
  });

  it('smooths a constant series to its value', () => {
    // Act
    const fit = fitSes([4, 4, 4, 4, 4]);

    // Assess
    expect(fit.level).toBeCloseTo(4, 9);
    expect(fit.sse).toBeCloseTo(0, 9);
  });
});
