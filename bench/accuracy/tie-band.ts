/**
 * The fold's near ties, combined rather than broken: the point settings
 * whose objective on the fold's four families is within one standard
 * error of the best's (the standard error of the difference, from a
 * bootstrap of the cases within each family), averaged with equal
 * weights. Selection among candidates the evidence cannot tell apart is
 * unstable; the one-standard-error rule (Hastie, Tibshirani & Friedman,
 * ESL §7.10) names the set, and combining a model confidence set with
 * equal weights (Samuels & Sekkel 2017, IJF 33) uses all of it
 * (docs/architecture.md "The forecast engine").
 */
import { mulberry32 } from '#lib/sample/prng';
import type { Case, Scored } from './data.ts';
import type { SettingRun } from './lofo.ts';
import { scoreCase } from './score.ts';

/** Bootstrap draws of the cases (within each family). */
const DRAWS = 400;

const mean = (xs: readonly number[]) =>
  xs.reduce((a, b) => a + b, 0) / xs.length;

/** Mean over families of log mean MASE, `mase` by case index. */
const objective = (mase: readonly number[], groups: readonly number[][]) =>
  mean(groups.map((g) => Math.log(mean(g.map((i) => mase[i]!)))));

/**
 * The point settings within one standard error of the best on `idx`.
 *
 * @param runs - every setting's results
 * @param cases - all cases
 * @param idx - the training cases
 * @param ranking - the point settings, best first
 * @returns the band, best first (the best alone when no other is in it)
 */
export function tieBand(
  runs: readonly SettingRun[],
  cases: readonly Case[],
  idx: readonly number[],
  ranking: readonly string[],
): string[] {
  if (ranking.length < 2) return [...ranking];
  const families = [...new Set(idx.map((i) => cases[i]!.family))];
  const groups = families.map((f) => idx.filter((i) => cases[i]!.family === f));
  const mase = ranking.map((p) => {
    const run = runs.find((r) => r.point === p)!;
    const m: number[] = [];
    for (const i of idx) m[i] = scoreCase(run.cut[i]!).mase;
    return m;
  });
  const rng = mulberry32(1);
  const draws = Array.from({ length: DRAWS }, () =>
    groups.map((g) => g.map(() => g[Math.floor(rng() * g.length)]!)),
  );
  const best = draws.map((d) => objective(mase[0]!, d));
  const gap0 = (k: number) =>
    objective(mase[k]!, groups) - objective(mase[0]!, groups);
  return ranking.filter((_, k) => {
    if (k === 0) return true;
    const d = draws.map((g, j) => objective(mase[k]!, g) - best[j]!);
    const m = mean(d);
    const se = Math.sqrt(mean(d.map((x) => (x - m) ** 2)));
    return gap0(k) <= se;
  });
}

/** Elementwise mean of arrays of equal length. */
const meanOf = (xs: readonly Float64Array[]) =>
  Float64Array.from(xs[0]!, (_, t) => mean(xs.map((x) => x[t]!)));

/**
 * The equal-weight combination of `points` at `scaleBy`: means and
 * bounds averaged (quantile averaging) case by case.
 *
 * @param runs - every setting's results
 * @param points - the point settings to combine
 * @param scaleBy - the interval scale
 * @returns a run named by the points joined with ` + `
 */
export function blendRun(
  runs: readonly SettingRun[],
  points: readonly string[],
  scaleBy: string,
): SettingRun {
  const members = points.map(
    (p) => runs.find((r) => r.point === p && r.scaleBy === scaleBy)!,
  );
  if (members.length === 1) return members[0]!;
  const cut = members[0]!.cut.map((first, i): Scored => {
    const at = (k: keyof Scored) =>
      meanOf(members.map((m) => m.cut[i]![k] as Float64Array));
    return {
      y: first.y,
      scale: first.scale,
      mean: at('mean'),
      lo80: at('lo80'),
      hi80: at('hi80'),
      lo95: at('lo95'),
      hi95: at('hi95'),
    };
  });
  return { point: points.join(' + '), scaleBy, base: members[0]!.base, cut };
}
