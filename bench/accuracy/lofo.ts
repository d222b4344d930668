/**
 * Leave-one-family-out choice of the engine setting: every choice is made
 * on four families and scored on the fifth. Point forecasts (pool, rule,
 * margin) are chosen by the mean over families of log mean MASE (each
 * family weighs the same, whatever its case count); then the interval
 * scale and the widening per level by the pooled coverage closest to
 * nominal on the same four families.
 */
import type { Case, Family, Scored } from './data.ts';
import { type CaseScore, scoreCase } from './score.ts';

/** Results of one setting on every case. */
export interface SettingRun {
  /** Point part of the setting (pool/rule/margin). */
  readonly point: string;
  readonly scaleBy: string;
  /** Widening the engine applied (the smallest of the grid). */
  readonly base: number;
  readonly cut: readonly Scored[];
}

/** What one fold chose. */
export interface Choice {
  readonly point: string;
  readonly scaleBy: string;
  readonly w80: number;
  readonly w95: number;
}

const mean = (xs: readonly number[]) =>
  xs.reduce((a, b) => a + b, 0) / xs.length;

/** Mean over the families present of log(mean MASE of the family). */
function pointObjective(
  run: SettingRun,
  cases: readonly Case[],
  idx: number[],
) {
  const byFam = new Map<Family, number[]>();
  for (const i of idx) {
    const list = byFam.get(cases[i]!.family) ?? [];
    list.push(scoreCase(run.cut[i]!).mase);
    byFam.set(cases[i]!.family, list);
  }
  return mean([...byFam.values()].map((xs) => Math.log(mean(xs))));
}

/** Point settings ranked on the cases `idx` (best first). */
export function rankPoints(
  runs: readonly SettingRun[],
  cases: readonly Case[],
  idx: number[],
): string[] {
  const points = [...new Set(runs.map((r) => r.point))];
  const score = new Map(
    points.map((p) => [
      p,
      pointObjective(runs.find((r) => r.point === p)!, cases, idx),
    ]),
  );
  return points.sort((a, b) => score.get(a)! - score.get(b)!);
}

/** Pooled coverage at one level with an absolute widening w. */
function coverageAt(run: SettingRun, idx: number[], level: 80 | 95, w: number) {
  let inside = 0;
  let days = 0;
  for (const i of idx) {
    const f = w / run.base;
    const s = scoreCase(run.cut[i]!, f, f);
    inside += level === 80 ? s.in80 : s.in95;
    days += s.days;
  }
  return (100 * inside) / days;
}

/** Best widening per level and its total coverage gap, for one run. */
export function fitWidening(
  run: SettingRun,
  idx: number[],
  grid: readonly number[],
): { w80: number; w95: number; gap: number } {
  const best = (level: 80 | 95) => {
    let pick = { w: grid[0]!, gap: Number.POSITIVE_INFINITY };
    for (const w of grid) {
      const gap = Math.abs(coverageAt(run, idx, level, w) - level);
      if (gap < pick.gap - 1e-9) pick = { w, gap };
    }
    return pick;
  };
  const [a, b] = [best(80), best(95)];
  return { w80: a.w, w95: b.w, gap: a.gap + b.gap };
}

/**
 * Choose a whole setting on the cases `idx`.
 *
 * @param runs - every setting's results
 * @param cases - all cases
 * @param idx - the training cases
 * @param grid - widening factors
 * @returns the choice and the ranking of point settings
 */
export function choose(
  runs: readonly SettingRun[],
  cases: readonly Case[],
  idx: number[],
  grid: readonly number[],
): { choice: Choice; ranking: string[]; scaleRanking: string[] } {
  const ranking = rankPoints(runs, cases, idx);
  const point = ranking[0]!;
  const fits = runs
    .filter((r) => r.point === point)
    .map((r) => ({ r, ...fitWidening(r, idx, grid) }))
    .sort((a, b) => a.gap - b.gap);
  const top = fits[0]!;
  const choice = { point, scaleBy: top.r.scaleBy, w80: top.w80, w95: top.w95 };
  return { choice, ranking, scaleRanking: fits.map((f) => f.r.scaleBy) };
}

/**
 * Scores of the cases `idx` under a choice.
 *
 * @param runs - every setting's results
 * @param choice - the setting
 * @param idx - cases to score
 * @returns case index → score
 */
export function scoreChoice(
  runs: readonly SettingRun[],
  choice: Choice,
  idx: number[],
): Map<number, CaseScore> {
  const run = runs.find(
    (r) => r.point === choice.point && r.scaleBy === choice.scaleBy,
  )!;
  return new Map(
    idx.map((i) => [
      i,
      scoreCase(run.cut[i]!, choice.w80 / run.base, choice.w95 / run.base),
    ]),
  );
}
