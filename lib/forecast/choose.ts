import type { BacktestRun } from './backtest.ts';
import {
  blendPath,
  medianCandidate,
  medianPath,
  shrinkWeight,
} from './combine.ts';
import { pickCandidate, type RankedCandidate } from './score-runs.ts';
import type { EngineSetting } from './settings.ts';

/**
 * How the mean forecast is built from the members' forecasts:
 * w · mean(single) + (1 − w) · median(median).
 */
export interface Recipe {
  readonly single: readonly string[];
  readonly median: readonly string[];
  readonly w: number;
  /** Name recorded as the forecast's model. */
  readonly label: string;
  /** The recipe's mean path at each backtest run. */
  readonly path: (run: BacktestRun) => readonly number[];
}

/**
 * Apply the setting's rule to the backtest: select (switch from the first
 * model only on a `margin` gain), median of the pool, or shrink (median,
 * blended toward the best candidate as its gain over the median grows).
 *
 * @param runs - backtest runs
 * @param ranked - scored single models and means of the best two and three
 * @param names - pool members present in every run, in pool order (the
 *   median's voters; `ranked` may also hold challengers)
 * @param setting - rule and margin
 * @returns the recipe, undefined when nothing could be scored
 * @example
 * chooseRecipe(runs, scoreRuns(runs, names), names, DEFAULT_SETTING);
 */
export function chooseRecipe(
  runs: readonly BacktestRun[],
  ranked: readonly RankedCandidate[],
  names: readonly string[],
  setting: EngineSetting,
): Recipe | undefined {
  if (setting.rule === 'select') {
    const best = pickCandidate(ranked, names[0]!, setting.margin);
    return best && single(best);
  }
  const combo = medianCandidate(runs, names);
  if (names.length === 1 || !Number.isFinite(combo.score)) {
    // No median to beat: the pool's best, never a challenger unopposed.
    const own = ranked.find((c) => c.members.every((m) => names.includes(m)));
    return own && single(own);
  }
  const best = ranked[0];
  const w =
    setting.rule === 'shrink' && best
      ? shrinkWeight(best.score, combo.score, setting.margin)
      : 0;
  const median = `median:${names.join('+')}`;
  if (w === 0 || best === undefined) {
    return { single: [], median: names, w: 0, label: median, path: combo.path };
  }
  if (w === 1) return single(best);
  const cache = new Map<BacktestRun, readonly number[]>();
  const path = (run: BacktestRun) => {
    const hit = cache.get(run);
    if (hit) return hit;
    const p = blendPath(best.path(run), combo.path(run), w);
    cache.set(run, p);
    return p;
  };
  const label = `${best.members.join('+')}~${w.toFixed(2)}/${median}`;
  return { single: best.members, median: names, w, label, path };
}

function single(c: RankedCandidate): Recipe {
  return {
    single: c.members,
    median: [],
    w: 1,
    label: c.members.join('+'),
    path: c.path,
  };
}

/**
 * The recipe's mean forecast from the members' own final forecasts.
 *
 * @param recipe - from {@link chooseRecipe}
 * @param means - member name → final mean forecast
 * @returns the combined mean path
 * @example
 * recipeMean(recipe, { theta: [1, 2], 'snaive-drift': [3, 4] });
 */
export function recipeMean(
  recipe: Recipe,
  means: Readonly<Record<string, readonly number[]>>,
): number[] {
  const avg = (names: readonly string[]) => {
    const paths = names.map((n) => means[n]!);
    return paths[0]!.map(
      (_, i) => paths.reduce((s, p) => s + p[i]!, 0) / paths.length,
    );
  };
  const med = () => medianPath(recipe.median.map((n) => means[n]!));
  if (recipe.w === 1) return avg(recipe.single);
  if (recipe.w === 0) return med();
  return blendPath(avg(recipe.single), med(), recipe.w);
}
