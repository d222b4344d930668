import { describe, expect, it } from 'vitest';
import { rowProducts } from '#lib/forecast/row-products';

// The products of a design's rows with its coefficients feed every trend
// model's forecast: summed four rows a pass and without the zero
// coefficients, they must equal a plain row-by-row sum to the bit, or a
// speed change would move forecasts (docs/architecture.md "The forecast
// engine").

/** A deterministic value in [−0.5, 0.5) × 10^k, k in 0..8. */
function draws(n: number, seed: number): number[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 16807) % 2147483647;
    const u = s / 2147483647;
    return (u - 0.5) * 10 ** Math.floor(u * 9);
  });
}

describe('rowProducts', () => {
  it('gives the row-by-row sums to the bit, zeros and a partial last block included', () => {
    // Arrange: 11 rows (two blocks of four and three left) of 9 columns,
    // four coefficients zero
    const p = 9;
    const count = 11;
    const rows = Float64Array.from(draws(count * p, 7));
    const coef = Float64Array.from(draws(p, 11));
    for (const j of [1, 4, 5, 8]) coef[j] = 0;

    // Act
    const out = rowProducts(rows, coef, count);

    // Assess
    const plain = Array.from({ length: count }, (_, i) => {
      let f = 0;
      for (let j = 0; j < p; j += 1) f += rows[i * p + j]! * coef[j]!;
      return f;
    });
    expect(out).toHaveLength(count);
    out.forEach((v, i) => {
      expect(Object.is(v, plain[i])).toBe(true);
    });
  });

  it('reads only the rows asked for', () => {
    // Arrange: three rows of two columns, two asked for
    const rows = Float64Array.of(1, 2, 3, 4, 5, 6);

    // Act
    const out = rowProducts(rows, Float64Array.of(1, 0.5), 2);

    // Assess
    expect(out).toEqual([2, 5]);
  });
});
