import { describe, expect, it } from 'vitest';
import { otmAt } from '#lib/forecast/otm-at';

/**
 * The OTM's fit by its definition (Fiorucci et al. 2016): from the fitted
 * ℓ0 and w, μ_t = ℓ_{t−1} + w·D_t and ℓ_t = αy_t + (1−α)ℓ_{t−1}.
 */
function byDefinition(
  y: readonly number[],
  alpha: number,
  a: number,
  b: number,
  fit: { l0: number; w: number },
) {
  let level = fit.l0;
  let sse = 0;
  y.forEach((v, t) => {
    const d = (1 - alpha) ** t * a + ((1 - (1 - alpha) ** (t + 1)) / alpha) * b;
    const e = v - (level + fit.w * d);
    sse += e * e;
    level = alpha * v + (1 - alpha) * level;
  });
  return { level, sse };
}

/**
 * The least-squares ℓ0 for the fit's w, from the definition: the errors
 * are e_t = y_t − ℓ⁰_{t−1} − (1−α)^t ℓ0 − w·D_t, with ℓ⁰ the level of the
 * same filter started at 0.
 */
function bestL0(
  y: readonly number[],
  alpha: number,
  a: number,
  b: number,
  w: number,
) {
  let from0 = 0;
  let num = 0;
  let den = 0;
  y.forEach((v, t) => {
    const c = (1 - alpha) ** t;
    const d = c * a + ((1 - (1 - alpha) ** (t + 1)) / alpha) * b;
    num += c * (v - from0 - w * d);
    den += c * c;
    from0 = alpha * v + (1 - alpha) * from0;
  });
  return num / den;
}

describe('otmAt, the optimised Theta fit at one α', () => {
  it.each([
    ['a short series', 30, 0.05],
    ['a series of 90 days with a small α', 90, 0.01],
    ['a long series with a large α', 400, 0.3],
  ])('ends on the level its fitted ℓ0 gives on %s', (_, n, alpha) => {
    // Prepare: a trend with a weekly wiggle, around 100
    const y = Array.from(
      { length: n },
      (_, t) => 100 + 0.4 * t + 5 * Math.sin((2 * Math.PI * t) / 7),
    );
    const [a, b] = [100, 0.4];
    // Act
    const fit = otmAt(y, alpha, a, b);
    // Assess: the last level and the errors are the definition's,
    // started at the least-squares ℓ0
    const l0 = bestL0(y, alpha, a, b, fit.w);
    const again = byDefinition(y, alpha, a, b, { l0, w: fit.w });
    expect(Math.abs(fit.level - again.level)).toBeLessThan(1e-9 * again.level);
    expect(Math.abs(fit.sse - again.sse)).toBeLessThan(1e-6 * again.sse);
  });
});
