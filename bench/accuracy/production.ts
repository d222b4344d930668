/** The production default `bench:accuracy` chooses from the LOFO folds. */
import { WIDEN_GRID } from '#lib/forecast/index';
import { type Case, FAMILIES } from './data.ts';
import { type Choice, choose, type SettingRun } from './lofo.ts';

/** A choice in words, as the fold lines print it. */
export function describe(c: Choice): string {
  return `${c.point}/${c.scaleBy}, widen below ${c.w80}/${c.w95}, above ${c.u80}/${c.u95}`;
}

/**
 * What `bench:accuracy` prints loudly when LOFO does not measure what
 * ships: run on all five families, a fold's procedure averages several
 * point settings (`tieBand`), while the engine ships one setting alone.
 *
 * @param allFive - the choice made on all five families
 * @param shipped - the point setting the engine ships
 * @returns the warning, or `undefined` when the set is one setting
 */
export function blendWarning(
  allFive: Choice,
  shipped: string,
): string | undefined {
  if (allFive.members.length < 2) return undefined;
  return `WARNING: on all five families a fold would average ${allFive.members.join(', ')}, but the engine ships ${shipped} alone: the LOFO figures measure that average, not what ships (docs/architecture.md "The forecast engine").`;
}

/**
 * The entry of `grid` most picks name; a tie of counts keeps the
 * earlier entry of `grid`.
 *
 * @param picks - what each fold chose
 * @param grid - the candidates, most cautious first
 * @returns the production choice
 */
export function mostChosen<T>(picks: readonly T[], grid: readonly T[]): T {
  const count = (g: T) => picks.filter((p) => p === g).length;
  return grid.reduce((best, g) => (count(g) > count(best) ? g : best));
}

/**
 * The production default: the point setting of best mean LOFO rank, its
 * most chosen scaling and the median widening (per level and side) of
 * the inner folds.
 */
export function production(
  runs: SettingRun[],
  cases: readonly Case[],
  folds: ReturnType<typeof choose>[],
): Choice {
  const points = folds[0]!.ranking;
  const meanRank = (p: string) =>
    folds.reduce((a, f) => a + f.ranking.indexOf(p), 0) / folds.length + 1;
  const point = [...points].sort((a, b) => meanRank(a) - meanRank(b))[0]!;
  console.log(
    `\nmean LOFO rank of the point settings (1 = best): ${[...points]
      .sort((a, b) => meanRank(a) - meanRank(b))
      .map((p) => `${p} ${meanRank(p).toFixed(1)}`)
      .join(', ')}`,
  );
  const all = cases.map((_, i) => i);
  const inner = FAMILIES.map((f) => {
    const idx = all.filter((i) => cases[i]!.family !== f);
    return choose(
      runs.filter((r) => r.point === point),
      cases,
      idx,
      WIDEN_GRID,
    ).choice;
  });
  const picks = inner.map((c) => c.scaleBy);
  const scaleBy = mostChosen(picks, [...new Set(picks)]);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const same = inner.filter((c) => c.scaleBy === scaleBy);
  return {
    point,
    members: [point],
    scaleBy,
    w80: med(same.map((c) => c.w80)),
    w95: med(same.map((c) => c.w95)),
    u80: med(same.map((c) => c.u80)),
    u95: med(same.map((c) => c.u95)),
  };
}
