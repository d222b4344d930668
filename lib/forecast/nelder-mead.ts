/** Points and values of a simplex, with scratch space for trial points. */
interface Simplex {
  readonly pts: Float64Array[];
  readonly vals: Float64Array;
  readonly centre: Float64Array;
  readonly trial: Float64Array;
  readonly spare: Float64Array;
}

type Objective = (x: Float64Array) => number;

/**
 * Minimise `f` by the Nelder–Mead simplex (standard coefficients),
 * deterministic, for at most `maxEval` evaluations. Trial points live in
 * preallocated buffers: `f` must not keep the array it is given.
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
  f: (x: ArrayLike<number>) => number,
  start: readonly number[],
  step: number,
  maxEval: number,
): { x: number[]; value: number } {
  const d = start.length;
  const g: Objective = (x) => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const pts = [Float64Array.from(start)];
  for (let i = 0; i < d; i += 1) {
    const p = Float64Array.from(start);
    p[i]! += step;
    pts.push(p);
  }
  const vals = Float64Array.from(pts, g);
  const s: Simplex = {
    pts,
    vals,
    centre: new Float64Array(d),
    trial: new Float64Array(d),
    spare: new Float64Array(d),
  };
  let evals = vals.length;
  while (evals < maxEval) {
    const used = moveSimplex(s, g);
    if (used === 0) break;
    evals += used;
  }
  const [best] = extremes(vals);
  return { x: Array.from(pts[best]!), value: vals[best]! };
}

/** `out = c + t·(w − c)`: the point at `t` on the line through c and w. */
function along(c: Float64Array, w: Float64Array, t: number, out: Float64Array) {
  for (let j = 0; j < c.length; j += 1) out[j] = c[j]! + t * (w[j]! - c[j]!);
  return out;
}

/** One simplex move; returns the evaluations used (0 once converged). */
function moveSimplex(s: Simplex, g: Objective): number {
  const { pts, vals, centre: c, trial: r, spare: e } = s;
  const [best, second, worst] = extremes(vals);
  if (vals[worst]! - vals[best]! <= 1e-10 * (Math.abs(vals[best]!) + 1e-20)) {
    return 0;
  }
  const d = c.length;
  c.fill(0);
  for (let i = 0; i <= d; i += 1) {
    if (i === worst) continue;
    for (let j = 0; j < d; j += 1) c[j]! += pts[i]![j]! / d;
  }
  const w = pts[worst]!;
  const fr = g(along(c, w, -1, r));
  if (fr < vals[best]!) {
    const fe = g(along(c, w, -2, e));
    accept(s, worst, fe < fr ? e : r, Math.min(fe, fr));
    return 2;
  }
  if (fr < vals[second]!) {
    accept(s, worst, r, fr);
    return 1;
  }
  const fk = g(along(c, w, fr < vals[worst]! ? -0.5 : 0.5, e));
  if (fk < Math.min(fr, vals[worst]!)) {
    accept(s, worst, e, fk);
    return 2;
  }
  return 2 + shrink(pts, vals, best, g);
}

function accept(s: Simplex, i: number, x: Float64Array, value: number) {
  s.pts[i]!.set(x);
  s.vals[i] = value;
}

/** Indices of the lowest, the second highest and the highest value. */
function extremes(vals: Float64Array): [number, number, number] {
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
  pts: Float64Array[],
  vals: Float64Array,
  best: number,
  g: Objective,
): number {
  const b = pts[best]!;
  for (let i = 0; i < pts.length; i += 1) {
    if (i === best) continue;
    const p = pts[i]!;
    for (let j = 0; j < p.length; j += 1) p[j] = b[j]! + 0.5 * (p[j]! - b[j]!);
    vals[i] = g(p);
  }
  return pts.length - 1;
}
