import type { InputLocation } from '#lib/errors';
import type { LongSeries } from '#lib/forecast/long-series';
import { quoted } from '#lib/input-message';
import { spreadsheetSafe } from '#lib/report/spreadsheet-safe';
import { AsciiWriter } from './ascii-writer.ts';
import { forecastLong } from './forecast-long.ts';
import { writeForecast } from './format-forecast.ts';

/** A batch of series to forecast, as sent to a worker. */
export interface ForecastBatch {
  readonly file: string;
  readonly series: readonly LongSeries[];
  readonly horizon: number;
  readonly season: number;
  readonly levels: readonly number[];
  /** Write ids a spreadsheet would run as formulas with a leading `'`. */
  readonly spreadsheetSafe?: boolean;
}

/** What the pool's worker (`forecast-worker.mjs`) returns for a batch. */
export type WorkerResult =
  | ReturnType<typeof forecastBatch>
  | {
      readonly inputError: {
        readonly file: string;
        readonly problem: string;
        readonly location: InputLocation;
      };
    };

/**
 * Forecast a batch and format its CSV rows: the unit of work of
 * `headroom forecast`, run in the main thread or in a pool worker.
 *
 * @param batch - series and options
 * @returns the CSV rows (UTF-8) and one warning per series that needed
 *   one; the rows are a view of this thread's buffer, valid until the
 *   next call (copy them to keep them)
 * @example
 * forecastBatch({ file: 'in.csv', series, horizon: 30, season: 7,
 *   levels: [80, 95] }).bytes;
 */
export function forecastBatch(batch: ForecastBatch): {
  bytes: Uint8Array;
  warnings: string[];
} {
  const { horizon, season, levels } = batch;
  const out = WRITER;
  out.clear();
  const warnings: string[] = [];
  for (const s of batch.series) {
    const f = forecastLong(s, batch.file, { horizon, season, levels });
    for (const w of f.warnings) {
      warnings.push(`${batch.file}: series '${quoted(s.id)}': ${w}`);
    }
    const id = batch.spreadsheetSafe ? spreadsheetSafe(s.id) : s.id;
    writeForecast(out, id, s.start + s.values.length - 1, f, levels);
  }
  return { bytes: out.view(), warnings };
}

/**
 * One buffer per thread, reused by every batch: a new one per batch grew
 * from 64 kB to a megabyte each time, and a copy per batch (a fresh
 * megabyte, its pages zeroed by the system) cost a fifth of formatting.
 */
const WRITER = new AsciiWriter();
