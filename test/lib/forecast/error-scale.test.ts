import { describe, expect, it } from 'vitest';
import type { BacktestRun } from '#lib/forecast/backtest';
import { errorLaw, errorScale } from '#lib/forecast/calibrate';
import { mulberry32, normal } from '#lib/sample/prng';

const H = 150;
const path = (r: BacktestRun) => r.means.m!;

/** A run at level 100 whose errors are `error(i)` (forecast 100 flat). */
function run(origin: number, error: (i: number) => number): BacktestRun {
  const means = { m: Array.from({ length: H }, () => 100) };
  const actual = Array.from({ length: H }, (_, i) => 100 + error(i));
  return { origin, actual, level: 100, means };
}

describe('errorScale', () => {
  it('follows a·h^b from the first band on, and is flat before it', () => {
    // Errors of ±0.01·h (relative), so every band's RMS is about its
    // centre times 0.01: a straight law, b = 1.
    const runs = [1, -1, 1].map((sign, k) =>
      run(300 - 75 * k, (i) => sign * (i + 1)),
    );
    const law = errorLaw(runs, path)!;
    expect(law.b).toBeGreaterThan(0.9);
    expect(law.b).toBeLessThan(1);
    expect(law.h0).toBe(13); // bands of 25 steps: the first centred on 13
    const sigma = errorScale(runs, path, 365)!;
    // Not extrapolated below h₀: the first 13 steps share σ(13), about
    // the first band's RMS (0.147), not a·1^b (0.013) ...
    expect(sigma[0]).toBe(sigma[12]);
    expect(sigma[0]).toBeGreaterThan(0.13);
    expect(sigma[0]).toBeLessThan(0.16);
    // ... while past it the law grows, a year ahead too.
    expect(sigma[99]! / sigma[49]!).toBeCloseTo(2 ** law.b, 10);
    expect(sigma[364]! / sigma[99]!).toBeCloseTo(3.65 ** law.b, 10);
  });

  it('keeps the first days at the noise when a step late in one run steepens the law', () => {
    // Three runs with 2 % day-to-day noise; in the latest, traffic rose
    // 20 % from step 60 on (a step the cleaning did not move). The band
    // RMS rises from 0.02 to about 0.12, so the law is steep (b 0.95);
    // under it the first step's σ was 0.0013, a fifteenth of the noise its
    // errors are made of, and they scored fifteen times too high.
    const rng = mulberry32(3);
    const noise = () => 2 * normal(rng);
    const runs = [
      run(300, (i) => noise() + (i >= 60 ? 20 : 0)),
      run(225, noise),
      run(150, noise),
    ];
    const sigma = errorScale(runs, path, 365)!;
    expect(errorLaw(runs, path)!.b).toBeGreaterThan(0.7);
    expect(sigma[0]).toBeGreaterThan(0.012);
    expect(sigma[0]).toBeLessThan(0.025);
  });
});
