/**
 * Leave-one-family-out choice of the engine setting: every choice is made
 * on four families and scored on the fifth. Point forecasts (pool, rule,
 * margin) are ranked by the mean over families of log mean MASE (each
 * family weighs the same, whatever its case count), and those within one
 * standard error of the best are averaged (`tieBand`); then the interval
 * scale and the widening per level and side by the pooled share of days
 * outside each bound closest to nominal ((100 − p)/2 % above the upper
 * bound, as many below the lower) on the same four families.
 */
import type { Case, Family, Scored } from './data.ts';
import { type CaseScore, scoreCase } from './score.ts';
import { blendRun, tieBand } from './tie-band.ts';
import { fitWidening } from './widening.ts';

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
  /** The point setting, or the combined ones' names joined by ` + `. */
  readonly point: string;
  /** The point settings combined with equal weights (`tieBand`). */
  readonly members: readonly string[];
  readonly scaleBy: string;
  /** Widening below the mean at 80 and 95 %. */
  readonly w80: number;
  readonly w95: number;
  /** Widening above the mean at 80 and 95 %. */
  readonly u80: number;
  readonly u95: number;
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

/**
 * Choose a whole setting on the cases `idx`.
 *
 * @param runs - every setting's results
 * @param cases - all cases
 * @param idx - the training cases
 * @param grid - widening factors
 * @returns the choice, the ranking of point settings, and that of the
 *   chosen point's interval parts with their coverage gaps (points)
 */
export function choose(
  runs: readonly SettingRun[],
  cases: readonly Case[],
  idx: number[],
  grid: readonly number[],
) {
  const ranking = rankPoints(runs, cases, idx);
  const members = tieBand(runs, cases, idx, ranking);
  const fits = runs
    .filter((r) => r.point === ranking[0])
    .map((r) => blendRun(runs, members, r.scaleBy))
    .map((r) => ({ r, ...fitWidening(r, idx, grid) }))
    .sort((a, b) => a.gap - b.gap);
  const top = fits[0]!;
  const { w80, w95, u80, u95 } = top;
  const point = top.r.point;
  const choice: Choice = {
    point,
    members,
    scaleBy: top.r.scaleBy,
    w80,
    w95,
    u80,
    u95,
  };
  const scaleRanking = fits.map((f) => f.r.scaleBy);
  return { choice, ranking, scaleRanking, scaleGaps: fits.map((f) => f.gap) };
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
  const run = blendRun(runs, choice.members, choice.scaleBy);
  return new Map(
    idx.map((i) => [
      i,
      scoreCase(
        run.cut[i]!,
        choice.w80 / run.base,
        choice.w95 / run.base,
        choice.u80 / run.base,
        choice.u95 / run.base,
      ),
    ]),
  );
}
