import type { BacktestSummary, CleanedPoint } from '#lib/domain/forecast';
import { planBacktest, recentLevel, runBacktest } from './backtest.ts';
import { errorMultipliers } from './calibrate.ts';
import { CANDIDATES } from './candidates.ts';
import { guardedScale } from './guard-scale.ts';
import { scaledBounds } from './intervals.ts';
import { maseScale } from './metrics.ts';
import { pickCandidate, scoreRuns, summarizeRuns } from './score-runs.ts';
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

/** Relative backtest gain another model needs to replace the default. */
export const SWITCH_MARGIN = 0.2;

/** Fewest training days kept at a backtest origin. */
export const MIN_TRAIN = 56;

/**
 * Choose per series by rolling-origin backtest among the candidates and
 * the mean of the best two and three, then calibrate intervals from the
 * chosen forecast's backtest errors (scale per horizon and empirical
 * multipliers per level).
 *
 * @param values - finite, cleaned series
 * @param options - horizon, levels, season
 * @param warnings - receives notes
 * @param models - candidates (default: every model family)
 * @returns the chosen forecast
 * @example
 * selectForecast(y, { horizon: 90, levels: [80, 95], season: 7 }, []);
 */
export function selectForecast(
  values: readonly number[],
  options: SelectOptions,
  warnings: string[],
  models: readonly Forecaster[] = CANDIDATES,
): Selection {
  const { horizon, levels, season } = options;
  const usable = models.filter((m) => m.minLength <= values.length);
  const plan = planBacktest(values.length, horizon, MIN_TRAIN);
  const runs = runBacktest(values, usable, plan, season, options.actuals);
  const ranked = scoreRuns(
    runs,
    usable.map((m) => m.name),
  );
  const best = pickCandidate(ranked, usable[0]!.name, SWITCH_MARGIN);
  if (best === undefined)
    return firstCandidate(usable[0]!, values, options, warnings);
  const members = best.members.map((n) => usable.find((m) => m.name === n)!);
  const own = members.map((m) =>
    finalForecast(m, values, options, runs[0]?.fits?.[m.name]),
  );
  const mean = own[0]!.mean.map(
    (_, i) => own.reduce((s, f) => s + f.mean[i]!, 0) / own.length,
  );
  const steps = Math.max(horizon, plan.horizon);
  const rel = guardedScale(runs, best.path, ranked, steps);
  const k = rel && errorMultipliers(runs, best.path, rel, levels);
  const forecast =
    rel === undefined || k === undefined
      ? { ...own[0]!, mean }
      : scaledBounds(
          mean,
          rel.slice(0, horizon).map((s) => s * recentLevel(values, season)),
          k,
        );
  const halfWidths = Object.fromEntries(
    levels.map((l) => [l, (rel ?? []).map((s) => s * (k?.[l] ?? 0))]),
  );
  const scale = maseScale(values, season);
  const backtest = summarizeRuns(runs, best.path, scale, halfWidths);
  return { model: best.members.join('+'), forecast, backtest, cleaned: [] };
}

/** Forecast of one chosen model, refitted from its latest-origin fit. */
function finalForecast(
  model: Forecaster,
  values: readonly number[],
  { horizon, levels, season }: SelectOptions,
  earlier: unknown,
): PointForecast {
  if (model.refit === undefined || earlier === undefined) {
    return model.forecast(values, season, horizon, levels);
  }
  const fit = model.refit(values, season, earlier);
  return model.predict(fit, horizon, levels);
}

function firstCandidate(
  model: Forecaster,
  values: readonly number[],
  { horizon, levels, season }: SelectOptions,
  warnings: string[],
): Selection {
  warnings.push('no backtest possible: used the first candidate');
  const forecast = model.forecast(values, season, horizon, levels);
  return { model: model.name, forecast, cleaned: [] };
}
