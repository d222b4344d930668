import type { CleanedPoint } from '#lib/domain/forecast';
import type { LongSeries } from '#lib/forecast/long-series';
import { isoDay } from '#lib/forecast/parse-day';
import { plural } from '#lib/report/format';

/**
 * Days without a value at the end of a series (rows whose `y` is empty
 * or `NA`); 0 for a series with no value at all, which the command
 * refuses.
 *
 * @param values - the series' days, NaN where there is no value
 * @returns the days after its last value
 * @example
 * trailingGap([1, 2, Number.NaN]); // 1
 */
export function trailingGap(values: readonly number[]): number {
  let last = values.length - 1;
  while (last >= 0 && !Number.isFinite(values[last])) last -= 1;
  return last < 0 ? 0 : values.length - 1 - last;
}

/**
 * What the engine did of a series' days without a value, worded for the
 * command's warnings (docs/architecture.md "The forecast engine": the
 * days between two values are filled by interpolation; after the last
 * value, the forecast starts from it). Rows never on consecutive days
 * (weekly or monthly data) are named: the engine reads daily series.
 *
 * @param s - the series
 * @param gap - its {@link trailingGap}
 * @returns zero, one or two warnings
 * @example
 * missingDayWarnings({ id: 'a', start: 0, values: [1, Number.NaN, 3] }, 0);
 * // ['1 day between its first and last value has no row or no y, …']
 */
export function missingDayWarnings(s: LongSeries, gap: number): string[] {
  const { values } = s;
  const end = values.length - gap;
  let first = 0;
  while (first < end && !Number.isFinite(values[first])) first += 1;
  let missing = 0;
  let consecutive = false;
  for (let i = first; i < end; i += 1) {
    if (!Number.isFinite(values[i])) missing += 1;
    else if (i > first && Number.isFinite(values[i - 1])) consecutive = true;
  }
  const warnings: string[] = [];
  if (missing > 0) {
    warnings.push(
      `${plural(missing, 'day')} between its first and last value ` +
        `${missing === 1 ? 'has' : 'have'} no row or ` +
        'no y, filled by interpolation' +
        (consecutive
          ? ''
          : '; its values are never on consecutive days (weekly data?): ' +
            'the engine reads daily series, and --horizon and --season count days'),
    );
  }
  if (gap > 0) warnings.push(trailingWarning(s, end - 1, gap));
  return warnings;
}

function trailingWarning(s: LongSeries, last: number, gap: number): string {
  return (
    `${gap === 1 ? 'its last day has' : `its last ${gap} days have`} no y: forecast from its last value ` +
    `(line ${s.lines?.[last]}, ${isoDay(s.start + last)}), the output ` +
    'starting the day after its last row'
  );
}

/**
 * A warning when the engine replaced a series' last value in its fit, as
 * a spike or a dip (docs/architecture.md "The forecast engine", cleaning):
 * the forecast then does not start from the value the user sees last,
 * which it did without a word (a last y of 300 on a line at 220 was
 * forecast from 221).
 *
 * @param s - the series
 * @param cleaned - the forecast's cleaned points (indexes into `s.values`)
 * @param gap - its {@link trailingGap}
 * @returns zero or one warning
 * @example
 * cleanedLastWarning(s, f.cleaned, 0);
 * // ['its last value (line 122, 2024-04-30, y=300) was read as a spike …']
 */
export function cleanedLastWarning(
  s: LongSeries,
  cleaned: readonly CleanedPoint[],
  gap: number,
): string[] {
  const last = s.values.length - 1 - gap;
  const point = cleaned.find(
    (c) => c.index === last && (c.kind === 'spike' || c.kind === 'dip'),
  );
  if (point === undefined) return [];
  const replacement = Number(point.replacement.toPrecision(6));
  return [
    `its last value (line ${s.lines?.[last]}, ${isoDay(s.start + last)}, ` +
      `y=${point.original}) was read as a ${point.kind} and replaced by ` +
      `${replacement} in the fit: the forecast does not start from it`,
  ];
}
