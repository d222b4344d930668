import type { BacktestSummary, CleanedPoint } from '#lib/domain/forecast';
import { planBacktest, runBacktest } from './backtest.ts';
import { calibrateRecipe } from './calibrate-recipe.ts';
import { CHALLENGERS, NO_BACKTEST_MODEL, POOLS } from './candidates.ts';
import { chooseRecipe } from './choose.ts';
import { widenAbout } from './intervals.ts';
import { rankPool } from './rank-pool.ts';
import { forecastRecipe } from './recipe-forecast.ts';
import { DEFAULT_SETTING, type EngineSetting } from './settings.ts';
import { summarizeRecipe } from './summarize-recipe.ts';
import type { Forecaster, PointForecast } from './types.ts';

/** What the selection produced for one series. */
export interface Selection {
  readonly model: string;
  readonly forecast: PointForecast;
  readonly backtest?: BacktestSummary;
  readonly cleaned: readonly CleanedPoint[];
}

/** Horizon, levels and season of a selection. */
export interface SelectOptions {
  readonly horizon: number;
  readonly levels: readonly number[];
  readonly season: number;
  /** Uncleaned series the backtest scores against (default: values). */
  readonly actuals?: readonly number[];
}

/** Fewest training days kept at a backtest origin. */
export const MIN_TRAIN = 56;

/**
 * Forecast one series by the setting's rule over a rolling-origin backtest
 * of the pool ({@link chooseRecipe}), with conformal intervals from the
 * chosen forecast's backtest errors ({@link conformalMultipliers}), scaled
 * per series by its level or noise now.
 *
 * @param values - finite, cleaned series
 * @param options - horizon, levels, season
 * @param warnings - receives notes
 * @param models - pool (default: the setting's)
 * @param setting - engine setting (default: the production one)
 * @returns the forecast and its backtest summary
 * @example
 * selectForecast(y, { horizon: 90, levels: [80, 95], season: 7 }, []);
 */
export function selectForecast(
  values: readonly number[],
  options: SelectOptions,
  warnings: string[],
  models?: readonly Forecaster[],
  setting: EngineSetting = DEFAULT_SETTING,
): Selection {
  const pool = models ?? POOLS[setting.pool];
  // Challengers join the backtest and the ranking, not the median.
  const challengers =
    models === undefined && setting.challengers
      ? CHALLENGERS[setting.challengers]
      : [];
  const usable = [...pool, ...challengers].filter(
    (m) => m.minLength <= values.length,
  );
  const { runs, names } = backtestPool(values, usable, options, setting);
  const voters = names.filter((n) => pool.some((m) => m.name === n));
  const ranked = rankPool(runs, names, voters);
  const recipe = chooseRecipe(runs, ranked.all, voters, setting);
  if (recipe === undefined) {
    const own = models === undefined;
    return selectUnscored(values, usable, own, options, warnings, setting);
  }
  // The intervals' guard reads the pool's models alone: a challenger
  // changes nothing unless it wins the blend.
  const cal = calibrateRecipe(
    values,
    runs,
    recipe,
    ranked.pool,
    options,
    setting,
  );
  const chosen = { recipe, usable, runs, cal };
  const forecast = forecastRecipe(values, chosen, options);
  const backtest = summarizeRecipe(values, chosen, options);
  return { model: recipe.label, forecast, backtest, cleaned: [] };
}

/**
 * The rolling-origin backtest of the usable pool (pruned as it goes under
 * the `select` rule), and the names of the models it scored.
 */
function backtestPool(
  values: readonly number[],
  usable: readonly Forecaster[],
  options: SelectOptions,
  setting: EngineSetting,
) {
  const plan = planBacktest(values.length, options.horizon, MIN_TRAIN);
  const prune = setting.rule === 'select';
  const runs = runBacktest(
    values,
    usable,
    plan,
    options.season,
    options.actuals,
    prune,
  );
  const names = usable
    .map((m) => m.name)
    .filter((n) => n in (runs[0]?.means ?? {}));
  return { runs, names };
}

/**
 * The forecast of a series no backtest could score: the no-backtest
 * model when the pool is the setting's own and the series is long enough
 * for it, widened by the setting's `widenAlone`; else the first usable
 * model as it is.
 */
function selectUnscored(
  values: readonly number[],
  usable: readonly Forecaster[],
  ownPool: boolean,
  options: SelectOptions,
  warnings: string[],
  setting: EngineSetting,
): Selection {
  const own = ownPool && NO_BACKTEST_MODEL.minLength <= values.length;
  const short = own ? NO_BACKTEST_MODEL : usable[0]!;
  const alone = firstCandidate(short, values, options, warnings);
  const widen = own ? setting.widenAlone : undefined;
  return widen
    ? { ...alone, forecast: widenAbout(alone.forecast, widen) }
    : alone;
}

function firstCandidate(
  model: Forecaster,
  values: readonly number[],
  { horizon, levels, season }: SelectOptions,
  warnings: string[],
): Selection {
  warnings.push(
    `no backtest possible on ${values.length} observations: used ${model.name} alone`,
  );
  const forecast = model.forecast(values, season, horizon, levels);
  return { model: model.name, forecast, cleaned: [] };
}
