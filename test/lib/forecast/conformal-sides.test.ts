import { describe, expect, it } from 'vitest';
import type { BacktestRun } from '#lib/forecast/backtest';
import { conformalMultipliers } from '#lib/forecast/conformal';
import { scaledBounds } from '#lib/forecast/intervals';
import { summarizeRuns } from '#lib/forecast/summarize-runs';

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

/** Multipliers of a run whose errors are `errors`, σ(h) = 1. */
const multipliers = (errors: readonly number[]) =>
  conformalMultipliers(
    [runWith(errors)],
    path,
    errors.map(() => 1),
    [80, 95],
  );

describe('conformal bounds, each side from its own errors', () => {
  it('takes the (1 + p)/2 quantile on each side, with the finite-sample correction', () => {
    // Prepare: errors −0.495, −0.485, …, 0.495 (100 of them, median 0)
    const errors = Array.from({ length: 100 }, (_, i) => (i - 49.5) / 100);

    // Act
    const k = multipliers(errors);

    // Assess: the ⌈101 · 0.9⌉ = 91st and ⌈101 · 0.975⌉ = 99th smallest
    expect(k.upper[80]).toBeCloseTo(0.405, 12);
    expect(k.lower[80]).toBeCloseTo(0.405, 12);
    expect(k.upper[95]).toBeCloseTo(0.485, 12);
    expect(k.lower[95]).toBeCloseTo(0.485, 12);
  });

  it('widens only the lower bound for falls the forecast missed', () => {
    // Prepare: small errors either way, and one day in eight a fall of 30 %
    // (an outage, traffic moved away) that the forecast did not see
    const errors = Array.from({ length: 160 }, (_, i) =>
      i % 8 === 0 ? -3 : ((i % 7) - 3) / 100,
    );

    // Act
    const bounds = scaledBounds([100], [1], multipliers(errors));

    // Assess: the upper bound stays within the small errors; the lower
    // one reaches down to the falls
    expect(bounds.upper[80]![0]).toBeGreaterThan(100.02);
    expect(bounds.upper[80]![0]).toBeLessThan(100.05);
    expect(bounds.upper[95]![0]).toBeLessThan(100.05);
    expect(bounds.lower[80]![0]).toBeLessThan(97.1);
  });

  it('keeps the spread above the mean when every error fell below it', () => {
    // Prepare: a young series' one backtest run, after which its traffic
    // fell by 20 %: every error is below the forecast
    const errors = Array.from(
      { length: 60 },
      (_, i) => -0.2 + ((i % 7) - 3) / 100,
    );

    // Act
    const k = multipliers(errors);

    // Assess: above the mean, the errors' spread about their bias (0.03),
    // not 0; below it, the bias and the spread
    expect(k.upper[80]).toBeCloseTo(0.03, 12);
    expect(k.lower[80]).toBeCloseTo(0.23, 12);
  });

  it('uses the normal z where a level needs more errors than there are', () => {
    // Prepare: 35 errors, too few for the 95 % bound on one side
    // (⌈36 · 0.975⌉ = 36), enough for the 80 % one; and 2 errors
    const errors = Array.from({ length: 35 }, (_, i) => (i - 17) / 100);

    // Act
    const k = multipliers(errors);
    const few = multipliers([0.1, -0.2]);

    // Assess
    expect(k.upper[80]).toBeCloseTo(0.15, 12);
    expect(k.upper[95]).toBeCloseTo(1.96, 2);
    expect(k.lower[95]).toBeCloseTo(1.96, 2);
    expect([few.upper[80], few.lower[80]]).toEqual([
      expect.closeTo(1.2816, 4),
      expect.closeTo(1.2816, 4),
    ]);
  });

  it('scores the backtest coverage against the side each error fell on', () => {
    // Prepare: every error 0.1 above the forecast
    const runs = [runWith(Array.from({ length: 10 }, () => 0.1))];
    const wide = (lower: number, upper: number) => ({
      80: { lower: Array(10).fill(lower), upper: Array(10).fill(upper) },
    });

    // Act
    const above = summarizeRuns(runs, path, 1, wide(0.05, 0.2));
    const below = summarizeRuns(runs, path, 1, wide(0.2, 0.05));

    // Assess
    expect(above.coverage[80]).toBe(1);
    expect(below.coverage[80]).toBe(0);
  });
});
