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
    const used = moveSimplex(pts, vals, g);
    if (used === 0) break;
    evals += used;
  }
  const [best] = extremes(vals);
  return { x: pts[best]!, value: vals[best]! };
}

/** One simplex move; returns the evaluations used (0 once converged). */
function moveSimplex(
  pts: number[][],
  vals: number[],
  g: (x: readonly number[]) => number,
): number {
  const d = pts.length - 1;
  const [best, second, worst] = extremes(vals);
  if (vals[worst]! - vals[best]! <= 1e-10 * (Math.abs(vals[best]!) + 1e-20)) {
    return 0;
  }
  const c = new Array<number>(d).fill(0);
  for (let i = 0; i <= d; i += 1) {
    if (i === worst) continue;
    for (let j = 0; j < d; j += 1) c[j]! += pts[i]![j]! / d;
  }
  const w = pts[worst]!;
  const at = (t: number) => c.map((cj, j) => cj + t * (w[j]! - cj));
  const r = at(-1);
  const fr = g(r);
  if (fr < vals[best]!) {
    const e = at(-2);
    const fe = g(e);
    [pts[worst], vals[worst]] = fe < fr ? [e, fe] : [r, fr];
    return 2;
  }
  if (fr < vals[second]!) {
    [pts[worst], vals[worst]] = [r, fr];
    return 1;
  }
  const k = at(fr < vals[worst]! ? -0.5 : 0.5);
  const fk = g(k);
  if (fk < Math.min(fr, vals[worst]!)) {
    [pts[worst], vals[worst]] = [k, fk];
    return 2;
  }
  return 2 + shrink(pts, vals, best, g);
}

/** Indices of the lowest, the second highest and the highest value. */
function extremes(vals: readonly number[]): [number, number, number] {
  let best = 0;
  let worst = 0;
  for (let i = 1; i < vals.length; i += 1) {
    if (vals[i]! < vals[best]!) best = i;
    if (vals[i]! >= vals[worst]!) worst = i;
  }
  let second = best;
  for (let i = 0; i < vals.length; i += 1) {
    if (i !== worst && vals[i]! >= vals[second]!) second = i;
  }
  return [best, second, worst];
}

function shrink(
  pts: number[][],
  vals: number[],
  best: number,
  g: (x: readonly number[]) => number,
): number {
  const b = pts[best]!;
  for (let i = 0; i < pts.length; i += 1) {
    if (i === best) continue;
    pts[i] = pts[i]!.map((x, j) => b[j]! + 0.5 * (x - b[j]!));
    vals[i] = g(pts[i]!);
  }
  return pts.length - 1;
}
