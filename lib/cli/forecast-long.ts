import type { SeriesForecast } from '#lib/domain/forecast';
import { ForecastRangeError, InputError } from '#lib/errors';
import { dropLeading } from '#lib/forecast/drop-leading';
import { namedFarApart } from '#lib/forecast/far-apart-warning';
import { type ForecastOptions, forecastSeries } from '#lib/forecast/index';
import type { LongSeries } from '#lib/forecast/long-series';
import { CSV_DAYS, isoDay } from '#lib/forecast/parse-day';
import { quoted } from '#lib/input-message';
import {
  cleanedLastWarning,
  missingDayWarnings,
  trailingGap,
} from './missing-days.ts';
import { seasonWarning } from './season-warning.ts';

/**
 * Forecast one series of a long CSV. A forecast beyond the range of a
 * double (values near 1.8e308) stops the command with an error naming
 * the line and value of the series' largest value, not a row of NaN, as
 * does a series without a value (not a forecast of zero); a
 * value the engine set aside as far apart from the rest (a glitch of
 * 1e200 among values about 100) is named by its line; one
 * whose dates would run past 9999-12-31 names the series' last day. Days
 * without a value are named in the warnings ({@link missingDayWarnings}),
 * and so is a last value the fit replaced ({@link cleanedLastWarning}),
 * and a season the series is too short for ({@link seasonWarning}).
 *
 * @param s - the series, with the line of each value
 * @param file - the CSV's name, for messages
 * @param options - horizon, levels, season
 * @returns the forecast
 * @throws InputError naming file, line, series, field and value
 * @example
 * forecastLong(series, 'in.csv', { horizon: 90, levels: [80, 95] });
 */
export function forecastLong(
  s: LongSeries,
  file: string,
  options: ForecastOptions,
): SeriesForecast {
  checkLastDate(s, file, options.horizon);
  checkSomeValue(s, file);
  // Past the last value the engine forecasts from it: the days up to the
  // last row are forecast too, then dropped, so that the output's days
  // are the days forecast (they were dated from the last row).
  const gap = trailingGap(s.values);
  try {
    const f = forecastSeries(s.values, {
      ...options,
      horizon: options.horizon + gap,
    });
    const warnings = [
      ...farApartLines(s, f),
      ...missingDayWarnings(s, gap),
      ...cleanedLastWarning(s, f.cleaned, gap),
      ...seasonWarning(s, options.season),
    ];
    return { ...dropLeading(f, gap), warnings };
  } catch (error) {
    if (!(error instanceof ForecastRangeError)) throw error;
    throw new InputError(
      file,
      `series '${quoted(s.id)}': too large to forecast: its forecast exceeds the ` +
        'largest number a double holds (about 1.8e308)',
      { line: s.lines?.[error.index], field: 'y', value: error.value },
    );
  }
}

/**
 * A series must have a value: one whose every `y` is empty (or `NA`) was
 * forecast as zero, bounds of no width, a forecast as certain as one can
 * read, from nothing, which a comparison would score as Headroom's.
 */
function checkSomeValue(s: LongSeries, file: string) {
  if (s.values.some(Number.isFinite)) return;
  const lines = Array.from(s.lines ?? []).filter((l) => l > 0);
  const [first, last] = [Math.min(...lines), Math.max(...lines)];
  const rows =
    lines.length === 1 ? 'its row' : `any of its ${lines.length} rows`;
  const span = lines.length === 1 ? '' : ` (lines ${first} to ${last})`;
  throw new InputError(
    file,
    `series '${quoted(s.id)}': no value in ${rows}${span}: nothing to ` +
      'forecast from; give it values or remove its rows',
    { line: first, field: 'y' },
  );
}

/**
 * The forecast's last date must be a `YYYY-MM-DD` date: a series ending
 * 9999-12-01 forecast 40 days wrote `+010000-01` in the `ds` column.
 */
function checkLastDate(s: LongSeries, file: string, horizon: number) {
  const last = s.start + s.values.length - 1;
  if (last + horizon <= CSV_DAYS.last) return;
  throw new InputError(
    file,
    `series '${quoted(s.id)}': out of range: a forecast of ${horizon} ` +
      `days after this last day would run past ${isoDay(CSV_DAYS.last)}`,
    { line: s.lines?.[s.values.length - 1], field: 'ds', value: isoDay(last) },
  );
}

/**
 * The forecast's warnings, that of the values set aside as far apart
 * from the rest (`farApartWarning`) naming their lines and days.
 */
function farApartLines(s: LongSeries, f: SeriesForecast): string[] {
  return namedFarApart(
    s.values,
    f,
    (i) => `line ${s.lines?.[i]}, ${isoDay(s.start + i)}`,
    (count) =>
      count === 1
        ? 'remove it or leave it empty'
        : 'remove them or leave them empty',
  );
}
