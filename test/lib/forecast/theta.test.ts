import { describe, expect, it } from 'vitest';
import { optimizedTheta } from '#lib/forecast/optimized-theta';
import { fitTheta, theta } from '#lib/forecast/theta';
import { gaussian } from '../../fixtures/forecast/series.ts';
import {
  CESNET_THETA,
  CESNET_TRAIN,
} from '../../fixtures/forecast/theta-reference.ts';
import { line, relativeGap, weekly } from './theta-fixture.ts';

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
