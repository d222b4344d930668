/**
 * Minimise `f` by the Nelder–Mead simplex (standard coefficients),
 * deterministic, for at most `maxEval` evaluations.
 *
 * @param f - objective (non-finite values count as +Infinity)
 * @param start - starting point
 * @param step - initial simplex step per coordinate
 * @param maxEval - evaluation budget
 * @returns the best point found and its value
 * @example
 * nelderMead(([x]) => (x! - 3) ** 2, [0], 1, 200).x; // ≈ [3]
 */
export function nelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  step: number,
  maxEval: number,
): { x: number[]; value: number } {
  const d = start.length;
  const g = (x: readonly number[]) => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const pts: number[][] = [[...start]];
  for (let i = 0; i < d; i += 1) {
    const p = [...start];
    p[i]! += step;
    pts.push(p);
  }
  const vals = pts.map(g);
  let evals = vals.length;
  while (evals < maxEval) {
    const order = vals.map((_, i) => i).sort((a, b) => vals[a]! - vals[b]!);
    const sorted = order.map((i) => pts[i]!);
    const sv = order.map((i) => vals[i]!);
    pts.splice(0, pts.length, ...sorted);
    vals.splice(0, vals.length, ...sv);
    if (Math.abs(vals[d]! - vals[0]!) <= 1e-10 * (Math.abs(vals[0]!) + 1e-20)) {
      break;
    }
    const c = new Array<number>(d).fill(0);
    for (let i = 0; i < d; i += 1) {
      for (let j = 0; j < d; j += 1) c[j]! += pts[i]![j]! / d;
    }
    const worst = pts[d]!;
    const at = (t: number) => c.map((cj, j) => cj + t * (worst[j]! - cj));
    const r = at(-1);
    const fr = g(r);
    evals += 1;
    if (fr < vals[0]!) {
      const e = at(-2);
      const fe = g(e);
      evals += 1;
      [pts[d], vals[d]] = fe < fr ? [e, fe] : [r, fr];
    } else if (fr < vals[d - 1]!) {
      [pts[d], vals[d]] = [r, fr];
    } else {
      const k = at(fr < vals[d]! ? -0.5 : 0.5);
      const fk = g(k);
      evals += 1;
      if (fk < Math.min(fr, vals[d]!)) {
        [pts[d], vals[d]] = [k, fk];
      } else {
        for (let i = 1; i <= d; i += 1) {
          pts[i] = pts[i]!.map((x, j) => pts[0]![j]! + 0.5 * (x - pts[0]![j]!));
          vals[i] = g(pts[i]!);
        }
        evals += d;
      }
    }
  }
  const best = vals.indexOf(Math.min(...vals));
  return { x: pts[best]!, value: vals[best]! };
}
