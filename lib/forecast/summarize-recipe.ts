import type { BacktestSummary } from '#lib/domain/forecast';
import type { BacktestRun } from './backtest.ts';
import type { calibrateRecipe } from './calibrate-recipe.ts';
import type { Recipe } from './choose.ts';
import { maseScale } from './metrics.ts';
import { summarizeRuns } from './summarize-runs.ts';

/**
 * The backtest summary of a chosen recipe ({@link summarizeRuns}): MASE
 * (against the series' seasonal scale) and sMAPE of its mean path on the
 * backtest runs as they came, and the coverage of the bounds the
 * calibration gives each level (its relative scale times the level's
 * multiplier per side) on the calibration's runs, which those bounds were
 * fitted to: a later rise divided out, and with `scaleBy: 'noise'`
 * rescaled to today's noise (docs/architecture.md "The forecast engine",
 * Intervals). Without a calibration, no width.
 *
 * @param values - finite, cleaned series
 * @param chosen - the recipe, the backtest runs and the calibration
 *   (undefined without usable errors)
 * @param options - the interval levels and the season
 * @returns the summary
 * @example
 * summarizeRecipe(y, { recipe, runs, cal }, { levels: [80], season: 7 });
 */
export function summarizeRecipe(
  values: readonly number[],
  chosen: {
    readonly recipe: Recipe;
    readonly runs: readonly BacktestRun[];
    readonly cal: ReturnType<typeof calibrateRecipe>;
  },
  options: { readonly levels: readonly number[]; readonly season: number },
): BacktestSummary {
  const { recipe, runs, cal } = chosen;
  const distances = Object.fromEntries(
    options.levels.map((l) => [
      l,
      {
        lower: (cal?.rel ?? []).map((s) => s * (cal?.k.lower[l] ?? 0)),
        upper: (cal?.rel ?? []).map((s) => s * (cal?.k.upper[l] ?? 0)),
      },
    ]),
  );
  const scale = maseScale(values, options.season);
  const errors = summarizeRuns(runs, recipe.path, scale, {});
  const held = summarizeRuns(
    cal?.runs ?? runs,
    cal?.path ?? recipe.path,
    scale,
    distances,
  );
  return { ...held, mase: errors.mase, smape: errors.smape };
}
