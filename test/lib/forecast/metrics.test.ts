import { describe, expect, it } from 'vitest';
import { coverage, mase, maseScale, msis, smape } from '#lib/forecast/index';

describe("metrics (same definitions as the datasets' scoring tool)", () => {
  it('scales MASE by the in-sample seasonal naive error, skipping gaps', () => {
    // Prepare
    const train = [1, 2, 4, Number.NaN, 8];

    // Act
    const scale = maseScale(train, 1);

    // Assess
    expect(scale).toBe(1.5);
    expect(maseScale([1], 7)).toBeNaN();
  });

  it('computes MASE, and NaN for a zero scale', () => {
    // Act & Assess
    expect(mase([1, 2], [2, 2], 1)).toBe(0.5);
    expect(mase([1], [2], 0)).toBeNaN();
  });

  it('computes sMAPE in percent, 0 where both values are 0', () => {
    // Act & Assess
    expect(smape([100, 0], [50, 0])).toBeCloseTo(33.333, 3);
  });

  it('counts bounds as inside for coverage', () => {
    // Act & Assess
    expect(coverage([1, 2, 5], [1, 0, 0], [1, 2, 2])).toBeCloseTo(2 / 3);
    expect(coverage([], [], [])).toBeNaN();
  });

  it('penalises misses by 2/alpha in MSIS', () => {
    // Act & Assess
    expect(msis([3, -1], [0, 0], [2, 2], 1, 0.05)).toBe(42);
    expect(msis([3], [0], [2], Number.NaN)).toBeNaN();
  });
});
