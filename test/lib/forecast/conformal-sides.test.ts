import { describe, expect, it } from 'vitest';
import type { BacktestRun } from '#lib/forecast/backtest';
import { conformalMultipliers } from '#lib/forecast/conformal';
import { scaledBounds } from '#lib/forecast/intervals';

/** One backtest run at level 1 whose errors (actual − mean) are `errors`. */
function runWith(errors: readonly number[]): BacktestRun {
  return {
    origin: 0,
    level: 1,
    actual: errors.map((e) => 10 + e),
    means: { m: errors.map(() => 10) },
  };
}

const path = (run: BacktestRun) => run.means.m!;

describe('conformal bounds, each side from its own errors', () => {
  it('takes the (1 + p)/2 quantile above the mean and below it, with the finite-sample correction', () => {
    // Prepare: errors −0.50, −0.49, …, 0.49 (100 of them)
    const errors = Array.from({ length: 100 }, (_, i) => (i - 50) / 100);
    const sigma = errors.map(() => 1);

    // Act
    const k = conformalMultipliers([runWith(errors)], path, sigma, [80, 95]);

    // Assess: the ⌈101 · 0.9⌉ = 91st and ⌈101 · 0.975⌉ = 99th smallest
    expect(k.upper[80]).toBeCloseTo(0.4, 12);
    expect(k.lower[80]).toBeCloseTo(0.41, 12);
    expect(k.upper[95]).toBeCloseTo(0.48, 12);
    expect(k.lower[95]).toBeCloseTo(0.49, 12);
  });

  it('widens only the lower bound for falls the forecast missed', () => {
    // Prepare: small errors either way, and one day in eight a fall of 30 %
    // (an outage, traffic moved away) that the forecast did not see
    const errors = Array.from({ length: 160 }, (_, i) =>
      i % 8 === 0 ? -3 : ((i % 7) - 3) / 100,
    );
    const sigma = errors.map(() => 1);

    // Act
    const k = conformalMultipliers([runWith(errors)], path, sigma, [80, 95]);
    const bounds = scaledBounds([100], [1], k);

    // Assess: the upper bound stays within the small errors; the lower
    // one reaches down to the falls
    expect(bounds.upper[80]![0]).toBeCloseTo(100.03, 12);
    expect(bounds.upper[95]![0]).toBeCloseTo(100.03, 12);
    expect(bounds.lower[80]![0]).toBeCloseTo(97, 12);
    expect(bounds.lower[95]![0]).toBeCloseTo(97, 12);
  });

  it('uses the normal z on both sides with fewer than 30 errors', () => {
    // Act
    const k = conformalMultipliers([runWith([0.1, -0.2])], path, [1, 1], [80]);

    // Assess
    expect(k.upper[80]).toBeCloseTo(1.2816, 4);
    expect(k.lower[80]).toBeCloseTo(1.2816, 4);
  });
});
