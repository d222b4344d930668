/**
 * Minimise a function of one variable on [lo, hi] by golden-section search
 * (Kiefer 1953), one evaluation per iteration, keeping the best point
 * evaluated.
 *
 * @param f - objective, returning an object with a `value` to minimise
 * @param lo - lower end
 * @param hi - upper end
 * @param iterations - interval reductions (each by 0.618)
 * @returns the best evaluation found
 * @example
 * goldenSection((x) => ({ x, value: (x - 2) ** 2 }), 0, 5, 40).x; // ≈ 2
 */
export function goldenSection<T extends { value: number }>(
  f: (x: number) => T,
  lo: number,
  hi: number,
  iterations: number,
): T {
  const g = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [lo, hi];
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  let best = fc.value <= fd.value ? fc : fd;
  for (let i = 0; i < iterations; i += 1) {
    if (fc.value <= fd.value) {
      [b, d, fd] = [d, c, fc];
      c = b - g * (b - a);
      fc = f(c);
      if (fc.value < best.value) best = fc;
    } else {
      [a, c, fc] = [c, d, fd];
      d = a + g * (b - a);
      fd = f(d);
      if (fd.value < best.value) best = fd;
    }
  }
  return best;
}
