import { describe, expect, it } from 'vitest';
import {
  mad,
  median,
  normalQuantile,
  quantile,
  zForLevel,
} from '#lib/forecast/stats';

describe('stats', () => {
  it('computes type-7 quantiles of the finite values', () => {
    // Act & Assess
    expect(quantile([4, 1, Number.NaN, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([], 0.5)).toBeNaN();
    expect(median([3, 1, 2])).toBe(2);
  });

  it('scales MAD to a normal standard deviation', () => {
    // Act & Assess
    expect(mad([1, 2, 3, 4, 100])).toBeCloseTo(1.4826);
  });

  it('inverts the normal distribution in the centre and both tails', () => {
    // Act & Assess
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 5);
    expect(zForLevel(80)).toBeCloseTo(1.281552, 5);
  });
});
