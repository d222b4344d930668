import type { CleanedPoint, SeriesForecast } from '#lib/domain/forecast';
import { cleanSeries } from './clean.ts';
import { atOrdinaryScale } from './decimal-scale.ts';
import { detectEndStep } from './end-step.ts';
import { setFarApartAside } from './far-apart.ts';
import { withSetAside } from './far-apart-warning.ts';
import { applyStep, undoStep } from './follow-step.ts';
import { fillGaps, type PreparedSeries } from './prepare.ts';
import { chooseSafeForecast } from './safe-forecast.ts';
import { fillSeasonally } from './seasonal-fill.ts';
import { seasonalNaive } from './seasonal-naive.ts';
import { MIN_SELECT_LENGTH } from './select-or-fallback.ts';
import { DEFAULT_SETTING, type EngineSetting } from './settings.ts';
import { DEFAULT_STEP } from './step-settings.ts';
import { trimTurnUp } from './turn-up.ts';
import type { ForecastOptions } from './types.ts';
import { validateOptions } from './validate-options.ts';

export type { ForecastOptions } from './types.ts';

/**
 * Forecast one regular daily series (NaN for missing days). Empty,
 * all-missing or short input gets the fallback model and a warning. Every
 * returned number is finite, lower ≤ mean ≤ upper, and the levels are
 * nested. A series beyond 1e±100 is fitted divided by a power of 10^20
 * ({@link atOrdinaryScale}): times 1e200, its forecast is times 1e200;
 * a value no one scale fits with most of the series (a glitch of 1e200
 * among values about 100) is set aside first, with a warning
 * ({@link setFarApartAside}).
 *
 * @param values - daily values in time order, NaN where missing
 * @param options - horizon, levels, season
 * @returns the forecast with model name, backtest, cleaned points, warnings
 * @throws InputError when `values` is not an array or options are invalid
 * @throws ForecastRangeError when the forecast exceeds the range of a
 *   double (values near 1.8e308)
 * @example
 * const f = forecastSeries([5, 6, 7, 8, 9, 10, 11], { horizon: 3,
 *   levels: [80, 95] });
 * f.mean.length; // 3
 */
export function forecastSeries(
  values: readonly number[],
  options: ForecastOptions,
): SeriesForecast {
  validateOptions(values, options);
  const { values: kept, aside } = setFarApartAside(values);
  const f = atOrdinaryScale(kept, (v) => forecastScaled(v, options));
  return withSetAside(f, aside);
}

/** {@link forecastSeries} of valid input of an ordinary magnitude. */
function forecastScaled(
  values: readonly number[],
  options: ForecastOptions,
): SeriesForecast {
  const season = Math.max(1, Math.round(options.season ?? 7));
  const levels = [...new Set(options.levels)].sort((a, b) => a - b);
  const { horizon } = options;
  const gapless = fillGaps(values);
  if (gapless.values.length === 0) return emptyForecast(horizon, levels);
  const warnings: string[] = [];
  const prepared = fillSeasonally(trimTurnUp(gapless, warnings), season);
  const setting = options.setting ?? DEFAULT_SETTING;
  const { step, rule, actuals, clean } = steadySeries(
    prepared,
    season,
    setting,
  );
  const { chosen, safe } = chooseSafeForecast(
    clean.values,
    { horizon, levels, season, actuals },
    { prepared, options, warnings },
  );
  const stepped = step && rule ? applyStep(safe, step, rule) : undefined;
  const shift = (i: number) => i + prepared.offset;
  return {
    model: chosen.model,
    ...(stepped?.forecast ?? safe),
    ...(chosen.backtest ? { backtest: chosen.backtest } : {}),
    cleaned: cleanedPoints(prepared, clean.cleaned),
    warnings,
    ...(stepped
      ? { step: { ...stepped.step, index: shift(stepped.step.index) } }
      : {}),
  };
}

/**
 * The series the models see (docs/architecture.md "Steps"): a step at
 * the end, detected before cleaning, is undone (its days divided by its
 * ratio), then the series is cleaned.
 */
function steadySeries(
  prepared: PreparedSeries,
  season: number,
  setting: EngineSetting,
) {
  const rule = setting.step ?? DEFAULT_STEP;
  const step =
    rule && prepared.observed >= MIN_SELECT_LENGTH
      ? detectEndStep(prepared.values, season, rule)
      : undefined;
  const unstepped = step ? undoStep(prepared.values, step) : prepared.values;
  const clean = cleanSeries(unstepped, season, setting.clean);
  return { step, rule, actuals: clean.levelled, clean };
}

/**
 * The days filled in and the days cleaned, at their index in the input
 * (the prepared series starts at its first finite value), in index order.
 */
function cleanedPoints(
  prepared: PreparedSeries,
  cleaned: readonly CleanedPoint[],
): CleanedPoint[] {
  const points = [...prepared.cleaned, ...cleaned].map((c) => ({
    ...c,
    index: c.index + prepared.offset,
  }));
  points.sort((a, b) => a.index - b.index);
  return points;
}

function emptyForecast(horizon: number, levels: readonly number[]) {
  const zeros = Array.from({ length: horizon }, () => 0);
  const bounds = Object.fromEntries(levels.map((l) => [l, zeros]));
  return {
    model: seasonalNaive.name,
    mean: zeros,
    lower: bounds,
    upper: bounds,
    cleaned: [],
    warnings: ['no observations: forecast is zero'],
  };
}
