import type { BacktestRun } from './backtest.ts';
import type { calibrateRecipe } from './calibrate-recipe.ts';
import { type Recipe, recipeMean } from './choose.ts';
import { scaledBounds } from './intervals.ts';
import type { Forecaster, PointForecast } from './types.ts';

/** Horizon, levels and season of a final forecast (a `SelectOptions`). */
interface FinalOptions {
  readonly horizon: number;
  readonly levels: readonly number[];
  readonly season: number;
}

/**
 * The chosen recipe's forecast from the whole series: each member's final
 * forecast (refitted from its latest-origin fit where it can be), combined
 * into the recipe's mean ({@link recipeMean}), with the calibrated
 * intervals ({@link scaledBounds}) or, without a calibration, the bounds
 * of the recipe's first member.
 *
 * @param values - finite, cleaned series
 * @param chosen - the recipe, the usable pool, the backtest runs and the
 *   calibration (undefined without usable errors)
 * @param options - horizon, levels, season
 * @returns the forecast
 * @example
 * forecastRecipe(y, { recipe, usable, runs, cal }, options);
 */
export function forecastRecipe(
  values: readonly number[],
  chosen: {
    readonly recipe: Recipe;
    readonly usable: readonly Forecaster[];
    readonly runs: readonly BacktestRun[];
    readonly cal: ReturnType<typeof calibrateRecipe>;
  },
  options: FinalOptions,
): PointForecast {
  const { recipe, usable, runs, cal } = chosen;
  // The members' own bounds are used only without calibrated intervals;
  // otherwise they are not computed (the means do not depend on them).
  const final = cal ? { ...options, levels: [] } : options;
  const finals = Object.fromEntries(
    [...new Set([...recipe.single, ...recipe.median])].map((n) => {
      const m = usable.find((x) => x.name === n)!;
      return [n, finalForecast(m, values, final, runs[0]?.fits?.[n])];
    }),
  );
  const mean = recipeMean(
    recipe,
    Object.fromEntries(Object.entries(finals).map(([k, f]) => [k, f.mean])),
  );
  const own = finals[recipe.single[0] ?? recipe.median[0]!]!;
  return cal ? scaledBounds(mean, cal.sd, cal.k) : { ...own, mean };
}

/** Forecast of one chosen model, refitted from its latest-origin fit. */
function finalForecast(
  model: Forecaster,
  values: readonly number[],
  { horizon, levels, season }: FinalOptions,
  earlier: unknown,
): PointForecast {
  if (model.refit === undefined || earlier === undefined) {
    return model.forecast(values, season, horizon, levels);
  }
  const fit = model.refit(values, season, earlier);
  return model.predict(fit, horizon, levels);
}
