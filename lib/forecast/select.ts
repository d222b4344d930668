import type { BacktestSummary, CleanedPoint } from '#lib/domain/forecast';
import { planBacktest, recentLevel, runBacktest } from './backtest.ts';
import { errorScale } from './calibrate.ts';
import { CANDIDATES } from './candidates.ts';
import { normalBounds } from './intervals.ts';
import { maseScale } from './metrics.ts';
import { pickCandidate, scoreRuns, summarizeRuns } from './score-runs.ts';
import { zForLevel } from './stats.ts';
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
 * chosen forecast's backtest errors (Student-t with two degrees of freedom
 * per origin: few origins, heavier tails).
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
  if (best === undefined) {
    warnings.push('no backtest possible: used the first candidate');
    const model = usable[0]!;
    const forecast = model.forecast(values, season, horizon, levels);
    return { model: model.name, forecast, cleaned: [] };
  }
  const members = best.members.map((n) => usable.find((m) => m.name === n)!);
  const own = members.map((m) => m.forecast(values, season, horizon, levels));
  const mean = own[0]!.mean.map(
    (_, i) => own.reduce((s, f) => s + f.mean[i]!, 0) / own.length,
  );
  const rel = errorScale(runs, best.path, Math.max(horizon, plan.horizon));
  const forecast =
    rel === undefined
      ? { ...own[0]!, mean }
      : normalBounds(
          mean,
          rel.slice(0, horizon).map((s) => s * recentLevel(values, season)),
          levels,
          Math.max(3, 2 * runs.length),
        );
  const halfWidths = Object.fromEntries(
    levels.map((l) => [l, (rel ?? []).map((s) => s * zForLevel(l))]),
  );
  const scale = maseScale(values, season);
  const backtest = summarizeRuns(runs, best.path, scale, halfWidths);
  return { model: best.members.join('+'), forecast, backtest, cleaned: [] };
}
