import { describe, expect, it } from 'vitest';
import { binomialTails } from '#lib/report/binomial-tail';

describe('binomialTails', () => {
  it.each([
    // k, n, p, P(X ≥ k), P(X ≤ k): scipy.stats.binom sf(k − 1) and cdf(k)
    [0, 30, 0.025, 1, 0.46788429827934025],
    [7, 30, 0.1, 0.025826788661909898, 0.9922163807620787],
    [6, 30, 0.1, 0.07319010839987991, 0.9741732113380901],
    [3000, 20_000, 0.1, 1.1360648561552253e-108, 1],
    [1500, 20_000, 0.1, 1, 7.381404429433287e-35],
  ])(
    'gives the exact tails of %i of %i at p = %s',
    (k, n, p, atLeast, atMost) => {
      // Prepare / Act
      const tails = binomialTails(k, n, p);
      // Assess: to 1e-9 relative, however small the tail.
      expect(tails.atLeast / atLeast).toBeCloseTo(1, 9);
      expect(tails.atMost / atMost).toBeCloseTo(1, 9);
    },
  );

  it('adds a million trials without underflow', () => {
    // Prepare / Act
    const { atLeast, atMost } = binomialTails(100_000, 1_000_000, 0.1);
    // Assess: the mean itself, a little over half on either side.
    expect(atLeast).toBeGreaterThan(0.5);
    expect(atMost).toBeGreaterThan(0.5);
    expect(atLeast + atMost).toBeLessThan(1.01);
  });

  it.each([
    [-1, 10, 0.1],
    [11, 10, 0.1],
    [1.5, 10, 0.1],
    [1, 10, 0],
    [1, 10, 1],
  ])('refuses %s of %s at p = %s', (k, n, p) => {
    expect(() => binomialTails(k, n, p)).toThrow(RangeError);
  });
});
