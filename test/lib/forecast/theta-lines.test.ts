import { describe, expect, it } from 'vitest';
import { thetaLog } from '#lib/forecast/log-scale';
import { thetaLog4, thetaLogAt } from '#lib/forecast/theta-lines';
import { PATTERN, relativeGap } from './theta-fixture.ts';

// 1 % growth a day for 120 days: a straight line on the log scale.
const growth = Array.from({ length: 120 }, (_, t) => 1000 * 1.01 ** t);

describe('Theta on logs with another theta line', () => {
  it('grows at three quarters of the rate of an exponential series at θ = 4', () => {
    // Prepare: the drift is 1 − 1/θ of the logs' slope.
    const last = growth.at(-1)!;
    const expected = Array.from(
      { length: 30 },
      (_, h) => last * 1.01 ** ((3 * (h + 1)) / 4),
    );

    // Act
    const f = thetaLog4.forecast(growth, 7, 30, [80, 95]);

    // Assess
    expect(relativeGap(f.mean, expected)).toBeLessThan(1e-3);
  });

  it('is the standard Theta method at θ = 2', () => {
    // Prepare: a weekly pattern on a rising level, with a little noise
    const y = Array.from(
      { length: 300 },
      (_, t) => (400 + t) * PATTERN[t % 7]! * (1 + 0.02 * Math.sin(t * 1.3)),
    );

    // Act
    const two = thetaLogAt(2).forecast(y, 7, 60, [80, 95]);
    const standard = thetaLog.forecast(y, 7, 60, [80, 95]);

    // Assess
    expect(two).toEqual(standard);
  });

  it('keeps the weekly pattern and lifts the level a quarter ahead by more of the slope', () => {
    // Prepare: 5 % growth a week under a weekly pattern
    const y = Array.from(
      { length: 364 },
      (_, t) => 1000 * 1.05 ** (t / 7) * PATTERN[t % 7]!,
    );

    // Act
    const four = thetaLog4.forecast(y, 7, 91, []).mean;
    const two = thetaLog.forecast(y, 7, 91, []).mean;

    // Assess: 13 weeks at 3/4 against 1/2 of 5 % a week: about 1.17 ×
    const ratio = four[90]! / two[90]!;
    expect(ratio).toBeGreaterThan(1.12);
    expect(ratio).toBeLessThan(1.2);
    const week = four.slice(84, 91).map((v, i) => v / four[77 + i]!);
    expect(Math.max(...week) / Math.min(...week)).toBeLessThan(1.001);
  });
});
