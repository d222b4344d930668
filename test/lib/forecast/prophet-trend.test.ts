import { describe, expect, it } from 'vitest';
import { changepointPositions } from '#lib/forecast/laplace-hinges';
import { lasso } from '#lib/forecast/lasso';
import { prophetTrend } from '#lib/forecast/trend-models';

const PATTERN = [1, 1.1, 1.2, 1.15, 1.05, 0.8, 0.7];

describe('lasso', () => {
  it('soft-thresholds an orthogonal problem', () => {
    // Arrange
    const a = Float64Array.from([1, 0, 0, 0, 2, 0, 0, 0, 1]);
    const r = Float64Array.from([3, -5, 0.5]);

    // Act
    const x = lasso(a, r, 1);

    // Assess: sign(r)·max(0, |r| − λ) / a_jj
    [2, -2, 0].forEach((v, i) => {
      expect(x[i]).toBeCloseTo(v, 9);
    });
  });

  it('meets the optimality conditions on a correlated problem', () => {
    // Arrange: A = XᵀX of three nearly collinear columns
    const a = Float64Array.from([4, 3.9, 3.5, 3.9, 4, 3.8, 3.5, 3.8, 4]);
    const r = Float64Array.from([5, 4.2, 1]);
    const lambda = 0.3;

    // Act
    const x = lasso(a, r, lambda);

    // Assess: g = Ax − r is −λ·sign(x) where x ≠ 0, within ±λ where x = 0
    const g = [0, 1, 2].map(
      (i) =>
        a[3 * i]! * x[0]! +
        a[3 * i + 1]! * x[1]! +
        a[3 * i + 2]! * x[2]! -
        r[i]!,
    );
    for (let i = 0; i < 3; i += 1) {
      if (x[i] !== 0)
        expect(g[i]! + lambda * Math.sign(x[i]!)).toBeCloseTo(0, 9);
      else expect(Math.abs(g[i]!)).toBeLessThanOrEqual(lambda + 1e-9);
    }
    expect(x.filter((v) => v !== 0).length).toBeGreaterThan(0);
  });

  it('is least squares without a penalty', () => {
    // Act
    const x = lasso(
      Float64Array.from([2, 1, 1, 2]),
      Float64Array.from([3, 3]),
      0,
    );

    // Assess
    expect(x[0]).toBeCloseTo(1, 9);
    expect(x[1]).toBeCloseTo(1, 9);
  });
});

describe("Prophet's changepoints", () => {
  it('spreads them over the first 80 % of the window as Prophet does', () => {
    // Act: rows round(i·79/4) of a 101-day window, in years before its end
    const c = changepointPositions(101, { count: 4, range: 0.8, prior: 0.05 });

    // Assess
    expect(c.map((u) => Math.round(u * 365.25 + 100))).toEqual([
      20, 40, 59, 79,
    ]);
  });

  it('places fewer on a short window', () => {
    // Act: 24 rows in the first 80 % of 30 days hold at most 23
    const c = changepointPositions(30, { count: 25, range: 0.8, prior: 0.05 });

    // Assess
    expect(c).toHaveLength(23);
  });
});

describe('prophet-trend', () => {
  it('extrapolates an exact line with a weekly pattern exactly', () => {
    // Arrange
    const y = (t: number) => 1e9 + 1e6 * t + 1e8 * PATTERN[t % 7]!;
    const values = Array.from({ length: 300 }, (_, t) => y(t));

    // Act
    const f = prophetTrend.forecast(values, 7, 60, []);

    // Assess
    f.mean.forEach((m, h) => {
      expect(Math.abs(m - y(300 + h)) / y(300 + h)).toBeLessThan(1e-6);
    });
  });

  it('follows the slope after a changepoint', () => {
    // Arrange: 1 unit a day, then 3 from day 250, with a little noise
    const level = (t: number) => 1000 + t + (t > 250 ? 2 * (t - 250) : 0);
    const values = Array.from(
      { length: 400 },
      (_, t) => level(t) + 5 * Math.sin(t * 1.7),
    );

    // Act
    const f = prophetTrend.forecast(values, 7, 70, []);

    // Assess: the last ten weeks' slope, 3 a day within 5 %
    const slope = (f.mean[69]! - f.mean[0]!) / 69;
    expect(slope).toBeGreaterThan(2.85);
    expect(slope).toBeLessThan(3.15);
  });

  it('scales with the series, as Prophet scales y by its largest value', () => {
    // Arrange
    const values = Array.from(
      { length: 200 },
      (_, t) => 50 + 0.2 * t + 8 * Math.sin(t / 9) + 3 * PATTERN[t % 7]!,
    );

    // Act
    const small = prophetTrend.forecast(values, 7, 30, []).mean;
    const big = prophetTrend.forecast(
      values.map((v) => v * 1e6),
      7,
      30,
      [],
    ).mean;

    // Assess
    small.forEach((s, h) => {
      expect(Math.abs(big[h]! / 1e6 - s) / s).toBeLessThan(1e-6);
    });
  });
});
