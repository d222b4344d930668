import { REPEAT_LAST_SEASON, repeatLastSeason } from './repeat-last-season.ts';
import { seasonalNaive } from './seasonal-naive.ts';
import {
  type Selection,
  type SelectOptions,
  selectForecast,
} from './select.ts';
import { DEFAULT_SETTING } from './settings.ts';
import type { ForecastOptions, PointForecast } from './types.ts';

/** Fewest observations for model selection; below it the fallback runs. */
export const MIN_SELECT_LENGTH = 28;

/**
 * The selected forecast ({@link selectForecast}), or else, with a warning
 * saying why: for a short history the last season repeated
 * (`repeatLastSeason`, no drift), and when the selection throws the
 * seasonal naive fallback with drift. The selection names the model that
 * produced it.
 *
 * @param y - the cleaned series
 * @param select - horizon, levels, season and the uncleaned actuals
 * @param run - the observed days, the caller's options (candidates,
 *   setting), the fallback forecast (made only when used) and the
 *   warnings to add to
 * @returns the selection
 * @example
 * selectOrFallback(y, { horizon: 90, levels: [80], season: 7 },
 *   { observed: 400, options, fallback: () => f, warnings: [] }).model;
 */
export function selectOrFallback(
  y: readonly number[],
  select: SelectOptions,
  run: {
    readonly observed: number;
    readonly options: ForecastOptions;
    readonly fallback: () => PointForecast;
    readonly warnings: string[];
  },
): Selection {
  return run.observed < MIN_SELECT_LENGTH
    ? shortSeries(y, select, run)
    : trySelect(y, select, run.warnings, run.options, run.fallback);
}

function trySelect(
  y: readonly number[],
  select: SelectOptions,
  warnings: string[],
  options: ForecastOptions,
  fallback: () => PointForecast,
): Selection {
  try {
    return selectForecast(
      y,
      select,
      warnings,
      options.candidates,
      options.setting,
    );
  } catch (error) {
    warnings.push(
      `model selection failed (${(error as Error).message}); ` +
        `used the ${seasonalNaive.name} fallback`,
    );
    return { model: seasonalNaive.name, forecast: fallback(), cleaned: [] };
  }
}

function shortSeries(
  y: readonly number[],
  { season, horizon, levels }: SelectOptions,
  { observed, options, warnings }: Parameters<typeof selectOrFallback>[2],
): Selection {
  warnings.push(
    `short history: ${observed} observation${observed === 1 ? '' : 's'}, ` +
      `fewer than ` +
      `${MIN_SELECT_LENGTH}; used ${repeated(y.length, season)} ` +
      `(${REPEAT_LAST_SEASON})`,
  );
  const setting = options.setting ?? DEFAULT_SETTING;
  const forecast = repeatLastSeason(y, season, horizon, levels, setting);
  return { model: REPEAT_LAST_SEASON, forecast, cleaned: [] };
}

/**
 * What `repeatLastSeason` repeats, in words: its last week, or with a
 * week of days or fewer its last days, whose bounds come from those days
 * alone (docs/architecture.md "The forecast engine", short series).
 */
function repeated(days: number, season: number): string {
  if (days > season) return 'its last week repeated, with no trend';
  const last =
    days === season
      ? `its ${days} days`
      : days === 2
        ? 'its last day'
        : `its last ${days - 1} days`;
  return days === 1
    ? 'its one day repeated, with no trend, its bounds of no width'
    : `${last} repeated, with no trend, its bounds from the spread of ` +
        `its ${days} days alone`;
}
