import type { BacktestSummary, CleanedPoint } from '#lib/domain/forecast';
import { planBacktest, runBacktest } from './backtest.ts';
import { calibrateRecipe } from './calibrate-recipe.ts';
import { CHALLENGERS, NO_BACKTEST_MODEL, POOLS } from './candidates.ts';
import { chooseRecipe } from './choose.ts';
import { widenAbout } from './intervals.ts';
import { maseScale } from './metrics.ts';
import { forecastRecipe } from './recipe-forecast.ts';
import { type RankedCandidate, scoreModels, withMeans } from './score-runs.ts';
import { DEFAULT_SETTING, type EngineSetting } from './settings.ts';
import { summarizeRuns } from './summarize-runs.ts';
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
  // Each model is scored once; the pool's are ranked alone and with the
  // challengers from those scores.
  const alone = scoreModels(runs, names);
  const poolRanked = withMeans(
    runs,
    alone.filter((c) => voters.includes(c.members[0]!)),
  );
  const ranked =
    voters.length < names.length
      ? withChallengers(poolRanked, withMeans(runs, alone), voters)
      : poolRanked;
  const recipe = chooseRecipe(runs, ranked, voters, setting);
  if (recipe === undefined) {
    const n = values.length;
    const own = models === undefined && NO_BACKTEST_MODEL.minLength <= n;
    const short = own ? NO_BACKTEST_MODEL : usable[0]!;
    const alone = firstCandidate(short, values, options, warnings);
    const widen = own ? setting.widenAlone : undefined;
    return widen
      ? { ...alone, forecast: widenAbout(alone.forecast, widen) }
      : alone;
  }
  // The intervals' guard reads the pool's models alone: a challenger
  // changes nothing unless it wins the blend.
  const cal = calibrateRecipe(
    values,
    runs,
    recipe,
    poolRanked,
    options,
    setting,
  );
  const chosen = { recipe, usable, runs, cal };
  const forecast = forecastRecipe(values, chosen, options);
  const distances = Object.fromEntries(
    options.levels.map((l) => [
      l,
      {
        lower: (cal?.rel ?? []).map((s) => s * (cal?.k.lower[l] ?? 0)),
        upper: (cal?.rel ?? []).map((s) => s * (cal?.k.upper[l] ?? 0)),
      },
    ]),
  );
  const backtest = summarizeRuns(
    cal?.runs ?? runs,
    cal?.path ?? recipe.path,
    maseScale(values, options.season),
    distances,
  );
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
 * The pool's candidates as they are without challengers (its models and
 * the means of its best two and three), and those holding a challenger,
 * best first, the pool's first on a tie. Ranked together from the start,
 * a challenger among the best three models took the place of the pool's
 * own mean of three (or two) in the ranking, and the forecast changed
 * where the challenger did not win.
 */
function withChallengers(
  own: readonly RankedCandidate[],
  all: readonly RankedCandidate[],
  voters: readonly string[],
): RankedCandidate[] {
  const theirs = all.filter((c) => c.members.some((n) => !voters.includes(n)));
  return [...own, ...theirs].sort((a, b) => a.score - b.score);
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
