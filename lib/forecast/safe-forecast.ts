import { finalizeForecast } from './finalize.ts';
import type { PreparedSeries } from './prepare.ts';
import { seasonalNaive } from './seasonal-naive.ts';
import type { Selection, SelectOptions } from './select.ts';
import { selectOrFallback } from './select-or-fallback.ts';
import type { ForecastOptions, PointForecast } from './types.ts';

/**
 * The model chosen for a cleaned series ({@link selectOrFallback}:
 * seasonal naive where the selection throws) and its forecast made safe
 * to hand out ({@link finalizeForecast}): seasonal naive's mean on any
 * day the chosen forecast left non-finite, nothing below 0 for a series
 * that never goes below it.
 *
 * @param y - the cleaned series
 * @param select - horizon, levels, season and the uncleaned actuals
 * @param run - the prepared series (its observed days and values), the
 *   caller's options and the warnings to add to
 * @returns the selection and its safe forecast
 * @example
 * const { chosen, safe } = chooseSafeForecast(y,
 *   { horizon: 90, levels: [80], season: 7 },
 *   { prepared, options, warnings: [] });
 */
export function chooseSafeForecast(
  y: readonly number[],
  select: SelectOptions,
  run: {
    readonly prepared: PreparedSeries;
    readonly options: ForecastOptions;
    readonly warnings: string[];
  },
): { chosen: Selection; safe: PointForecast } {
  const { horizon, levels, season } = select;
  const { prepared, options, warnings } = run;
  const floor = prepared.values.every((x) => x >= 0) ? 0 : undefined;
  const naive = seasonalNaive.fit(y, season);
  // The fallback's bounds are used only when the selection throws; its
  // mean fills any day the chosen forecast left non-finite.
  const fallback = () => seasonalNaive.predict(naive, horizon, levels);
  const { observed } = prepared;
  const chosen = selectOrFallback(y, select, {
    observed,
    options,
    fallback,
    warnings,
  });
  const { mean } = seasonalNaive.predict(naive, horizon, []);
  const safe = finalizeForecast(chosen.forecast, levels, mean, floor);
  return { chosen, safe };
}
