import { describe, expect, it } from 'vitest';
import {
  additiveIndices,
  isSeasonal,
  multiplicativeIndices,
} from '#lib/forecast/seasonal-decompose';
import { fitSes } from '#lib/forecast/ses';
import { PATTERN, relativeGap, weekly } from './theta-fixture.ts';

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
