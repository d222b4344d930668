import { describe, expect, it } from 'vitest';
import {
  onLogScale,
  optimizedThetaLog,
  thetaLog,
} from '#lib/forecast/log-scale';
import { optimizedTheta } from '#lib/forecast/optimized-theta';
import { theta } from '#lib/forecast/theta';

const PATTERN = [1, 1.1, 1.2, 1.15, 1.05, 0.8, 0.7];
// 1 % growth a day for 120 days: a straight line on the log scale.
const growth = Array.from({ length: 120 }, (_, t) => 1000 * 1.01 ** t);
const weekly = Array.from({ length: 210 }, (_, t) => 500 * PATTERN[t % 7]!);

function relativeGap(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((x, i) => Math.abs(x - b[i]!) / Math.abs(b[i]!)));
}

describe('Theta on the log scale', () => {
  it('grows at half the rate of an exponential series', () => {
    // Prepare: Theta draws half the slope of a line, here of the logs.
    const last = growth.at(-1)!;
    const expected = Array.from(
      { length: 30 },
      (_, h) => last * 1.01 ** ((h + 1) / 2),
    );

    // Act
    const f = thetaLog.forecast(growth, 7, 30, [80, 95]);

    // Assess
    expect(relativeGap(f.mean, expected)).toBeLessThan(1e-3);
  });

  it('continues exponential growth with the optimised weight', () => {
    // Prepare
    const expected = Array.from(
      { length: 30 },
      (_, h) => 1000 * 1.01 ** (120 + h),
    );

    // Act
    const f = optimizedThetaLog.forecast(growth, 7, 30, [80]);

    // Assess: the original-scale model falls behind (a straight line).
    expect(relativeGap(f.mean, expected)).toBeLessThan(0.01);
    const additive = optimizedTheta.forecast(growth, 7, 30, [80]).mean;
    expect(relativeGap(additive, expected)).toBeGreaterThan(0.05);
  });

  it('repeats a pure weekly pattern', () => {
    // Prepare
    const expected = Array.from({ length: 21 }, (_, h) => weekly[h]!);

    // Act
    const f = thetaLog.forecast(weekly, 7, 21, [80]);
    const g = optimizedThetaLog.forecast(weekly, 7, 21, [80]);

    // Assess
    expect(relativeGap(f.mean, expected)).toBeLessThan(1e-6);
    expect(relativeGap(g.mean, expected)).toBeLessThan(1e-6);
  });

  it('repeats a weekly pattern of values below 1', () => {
    // Prepare: the pattern of `weekly` in another unit, every log < 0
    // (the logs' ratios were not decomposed then, nor unit-free).
    const below = weekly.map((v) => v / 1000);
    const expected = Array.from({ length: 21 }, (_, h) => below[h]!);

    // Act
    const f = thetaLog.forecast(below, 7, 21, [80]);
    const g = optimizedThetaLog.forecast(below, 7, 21, [80]);

    // Assess
    expect(relativeGap(f.mean, expected)).toBeLessThan(1e-6);
    expect(relativeGap(g.mean, expected)).toBeLessThan(1e-6);
  });

  it('keeps bounds around the mean, taken back from the logs', () => {
    // Act
    const f = thetaLog.forecast(growth, 7, 10, [80, 95]);

    // Assess: exp keeps the order of the bounds and their ratio form.
    f.mean.forEach((m, i) => {
      expect(f.lower[95]![i]!).toBeLessThan(f.lower[80]![i]!);
      expect(f.lower[80]![i]!).toBeLessThan(m);
      expect(m).toBeLessThan(f.upper[80]![i]!);
      expect(f.upper[80]![i]!).toBeLessThan(f.upper[95]![i]!);
      const ratio = (f.upper[80]![i]! / m) * (f.lower[80]![i]! / m);
      expect(Math.abs(ratio - 1)).toBeLessThan(1e-9);
    });
  });

  it('runs on the original scale when a value is not positive', () => {
    // Prepare
    const withZero = growth.map((v, t) => (t === 50 ? 0 : v));

    // Act
    const f = thetaLog.forecast(withZero, 7, 14, [80]);
    const g = theta.forecast(withZero, 7, 14, [80]);

    // Assess
    expect(f).toEqual(g);
  });

  it('names the model it wraps', () => {
    // Act
    const m = onLogScale(theta, 'theta-log');

    // Assess
    expect([m.name, m.minLength]).toEqual(['theta-log', theta.minLength]);
  });
});
