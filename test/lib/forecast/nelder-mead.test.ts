import { describe, expect, it } from 'vitest';
import { nelderMead } from '#lib/forecast/nelder-mead';

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock valley', () => {
    // Prepare
    const rosenbrock = (x: ArrayLike<number>) =>
      100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;

    // Act
    const best = nelderMead(rosenbrock, [-1.2, 1], 0.5, 3000);

    // Assess
    expect(best.x[0]).toBeCloseTo(1, 2);
    expect(best.x[1]).toBeCloseTo(1, 2);
    expect(best.value).toBeLessThan(1e-4);
  });

  it('treats non-finite values as worse than any finite one', () => {
    // Prepare
    const f = (x: ArrayLike<number>) =>
      x[0]! < 0 ? Number.NaN : (x[0]! - 2) ** 2;

    // Act
    const best = nelderMead(f, [0.5], 1, 200);

    // Assess
    expect(best.x[0]).toBeCloseTo(2, 3);
  });
});
