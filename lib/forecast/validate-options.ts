import { InputError } from '#lib/errors';
import type { ForecastOptions } from './types.ts';

/**
 * Reject misuse of {@link forecastSeries}: values that are not an array, a
 * horizon that is not a whole number ≥ 0, levels outside (0, 100), a season
 * below 1.
 *
 * @param values - what was passed as values
 * @param options - what was passed as options
 * @throws InputError naming the field and the value
 * @example
 * validateOptions([1, 2], { horizon: 3, levels: [80] }); // passes
 */
export function validateOptions(
  values: unknown,
  options: ForecastOptions,
): void {
  if (!Array.isArray(values)) {
    throw new InputError('forecastSeries', 'values must be an array', {
      field: 'values',
      value: typeof values,
    });
  }
  const { horizon, levels, season } = options ?? {};
  if (!Number.isInteger(horizon) || horizon < 0) {
    throw new InputError('forecastSeries', 'horizon must be an integer ≥ 0', {
      field: 'horizon',
      value: horizon,
    });
  }
  const goodLevels =
    Array.isArray(levels) &&
    levels.every((l) => typeof l === 'number' && l > 0 && l < 100);
  if (!goodLevels) {
    throw new InputError('forecastSeries', 'levels must be in (0, 100)', {
      field: 'levels',
      value: levels,
    });
  }
  if (season !== undefined && !(Number.isFinite(season) && season >= 1)) {
    throw new InputError('forecastSeries', 'season must be ≥ 1', {
      field: 'season',
      value: season,
    });
  }
}
