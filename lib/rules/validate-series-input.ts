import { isIsoDay } from '#lib/domain/dates';
import { InputError } from '#lib/errors';
import { quoted } from '#lib/input-message';
import type { SeriesInput } from './types.ts';

/**
 * Checks what `evaluateSeries` assumes: a real as-of date, at least one
 * member link, and forecast bounds as long as the mean.
 *
 * @param input - the series input
 * @throws InputError naming the series and the field
 * @example
 * validateSeriesInput({ ...input, links: [] }); // throws
 */
export function validateSeriesInput(input: SeriesInput): void {
  const where = `series ${input.level} '${quoted(input.key)}'`;
  if (!isIsoDay(input.asOf)) {
    throw new InputError(where, 'must be a YYYY-MM-DD date', {
      field: 'asOf',
      value: input.asOf,
    });
  }
  if (input.links.length === 0) {
    throw new InputError(where, 'needs at least one inventory link', {
      field: 'links',
    });
  }
  const length = input.forecast.mean.length;
  for (const [side, byLevel] of [
    ['lower', input.forecast.lower],
    ['upper', input.forecast.upper],
  ] as const) {
    for (const [level, values] of Object.entries(byLevel)) {
      if (values.length !== length) {
        throw new InputError(where, `must have ${length} days like the mean`, {
          field: `forecast.${side}.${level}`,
          value: values.length,
        });
      }
    }
  }
}
