import { describe, expect, it } from 'vitest';
import { growthPctPerYear } from '#lib/rules/growth';

describe('growthPctPerYear', () => {
  it('recovers the growth of an exponential year', () => {
    // Prepare: 1.5× a year, so 50 %.
    const series = Array.from(
      { length: 365 },
      (_, i) => 100 * 1.5 ** (i / 365),
    );

    // Act
    const growth = growthPctPerYear(series);

    // Assess
    expect(growth).toBeCloseTo(50, 4);
  });

  it('measures a bound against the mean start', () => {
    // Prepare: mean flat at 100, upper ends at 120 after a year.
    const mean = new Array<number>(366).fill(100);
    const upper = mean.map((_, i) => (i >= 359 ? 120 : 110));

    // Act
    const growth = growthPctPerYear(upper, mean);

    // Assess: (120 / 100) ^ (365 / 359) − 1.
    expect(growth).toBeCloseTo((1.2 ** (365 / 359) - 1) * 100, 4);
  });

  it.each([
    { name: 'one day', series: [5] },
    { name: 'a zero start', series: [0, 0, 5] },
    { name: 'only gaps', series: [Number.NaN, Number.NaN] },
  ])('gives 0 for $name', ({ series }) => {
    // Prepare
    const input = series;

    // Act
    const growth = growthPctPerYear(input);

    // Assess
    expect(growth).toBe(0);
  });

  it('uses the first and last day of a short series', () => {
    // Prepare: doubles in 10 days.
    const series = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2];

    // Act
    const growth = growthPctPerYear(series);

    // Assess
    expect(growth).toBeCloseTo((2 ** 36.5 - 1) * 100, 0);
  });
});
