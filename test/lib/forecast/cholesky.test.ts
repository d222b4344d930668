import { describe, expect, it } from 'vitest';
import { choleskyInPlace, choleskySolveInPlace } from '#lib/forecast/cholesky';
import { leastSquares } from '#lib/forecast/linalg';

describe('Cholesky in place', () => {
  it('factors a positive definite matrix and solves with the factor', () => {
    // Prepare: A = [4 2 0; 2 5 1; 0 1 3], b = A·[1, −2, 3]
    const a = Float64Array.of(4, 2, 0, 2, 5, 1, 0, 1, 3);
    const b = Float64Array.of(0, -5, 7);

    // Act
    const ok = choleskyInPlace(a, 3);
    choleskySolveInPlace(a, b, 3);

    // Assess
    expect(ok).toBe(true);
    expect([a[0], a[3], a[4], a[7]]).toEqual([2, 1, 2, 0.5]);
    [1, -2, 3].forEach((v, i) => {
      expect(b[i]).toBeCloseTo(v, 12);
    });
  });

  it('refuses a matrix that is not positive definite', () => {
    // Act
    const ok = choleskyInPlace(Float64Array.of(1, 2, 2, 1), 2);

    // Assess
    expect(ok).toBe(false);
  });

  it('gives least squares its fit (the line through three points)', () => {
    // Act
    const b = leastSquares(Float64Array.of(1, 0, 1, 1, 1, 2), [1, 3, 5], 2, 0);

    // Assess
    expect(b[0]).toBeCloseTo(1, 12);
    expect(b[1]).toBeCloseTo(2, 12);
  });
});
