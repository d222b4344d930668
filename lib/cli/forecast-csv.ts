import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { SeriesForecast } from '#lib/domain/forecast';
import { InputError } from '#lib/errors';
import { type LongSeries, seriesFromRecords } from '#lib/forecast/long-series';
import { isoDay } from '#lib/forecast/parse-day';
import { quoted } from '#lib/input-message';
import { num } from './ascii-number.ts';
import type { ForecastCliOptions } from './forecast.ts';
import { forecastLong } from './forecast-long.ts';

/**
 * Forecast every series of a long CSV text in memory: what the command
 * (`streamForecast`, which streams) writes for valid input, kept as the
 * tests' reference. It does not repeat the stream reader's checks of
 * malformed input (field counts, a column named twice, UTF-8, line
 * length); those are the command's alone.
 *
 * @param text - CSV content
 * @param file - its name, for messages
 * @param options - horizon, season, levels
 * @returns the output CSV and one warning per series that needed one
 * @throws InputError for malformed input
 * @example
 * forecastCsv('series_id,ds,y\na,2024-01-01,5\n', 'in.csv',
 *   { horizon: 2, season: 7, levels: [80] }).csv;
 */
export function forecastCsv(
  text: string,
  file: string,
  options: Pick<ForecastCliOptions, 'horizon' | 'season' | 'levels'>,
): { csv: string; warnings: string[] } {
  let records: string[][];
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    });
  } catch (error) {
    throw new InputError(file, `not a CSV: ${(error as Error).message}`);
  }
  const series = seriesFromRecords(records, file);
  const warnings: string[] = [];
  const rows: (string | number)[][] = [header(options.levels)];
  for (const s of series) {
    const f = forecastLong(s, file, options);
    for (const w of f.warnings)
      warnings.push(`${file}: series '${quoted(s.id)}': ${w}`);
    rows.push(...outputRows(s, f, options.levels));
  }
  return { csv: stringify(rows), warnings };
}

function header(levels: readonly number[]): string[] {
  return [
    'series_id',
    'ds',
    'mean',
    ...levels.flatMap((l) => [`lo${l}`, `hi${l}`]),
  ];
}

function outputRows(
  s: LongSeries,
  f: SeriesForecast,
  levels: readonly number[],
): (string | number)[][] {
  const last = s.start + s.values.length - 1;
  return f.mean.map((m, i) => [
    s.id,
    isoDay(last + i + 1),
    num(m),
    ...levels.flatMap((l) => [num(f.lower[l]![i]!), num(f.upper[l]![i]!)]),
  ]);
}
