import { Piscina } from 'piscina';
import { InputError } from '#lib/errors';
import type { LongSeries } from '#lib/forecast/long-series';
import {
  type ForecastBatch,
  forecastBatch,
  type WorkerResult,
} from './forecast-batch.ts';
import { forecastHeader } from './format-forecast.ts';
import { FormulaIds } from './formula-ids.ts';
import { InputOrder } from './input-order.ts';
import { cannotWrite, type OutputFile } from './output.ts';
import { openOutput } from './output-file.ts';
import { assertNotInput, assertReadable, readSeries } from './read-series.ts';

/** Series per unit of work: small enough to keep memory flat. */
export const BATCH = 25;

/** Options of {@link streamForecast}. */
export interface StreamOptions {
  readonly input: string;
  readonly output: string;
  readonly horizon: number;
  readonly season: number;
  readonly levels: readonly number[];
  /** Threads; 1 forecasts in this thread, more use a Piscina pool. */
  readonly workers: number;
  /** Write ids a spreadsheet would run as formulas with a leading `'`. */
  readonly spreadsheetSafe?: boolean;
  /** Receives each warning as it comes. */
  readonly warn: (message: string) => void;
}

/**
 * Forecasts a batch. Its bytes may be a view of a buffer that the next
 * call reuses: the pump writes them before it runs another batch in the
 * same thread.
 */
type Run = (batch: ForecastBatch) => Promise<ReturnType<typeof forecastBatch>>;

/**
 * Forecast a long CSV into a forecast CSV, streaming both: series are
 * read one at a time, forecast in batches (in a worker pool when
 * `workers` > 1, at most two batches per worker in flight) and written in
 * input order, so memory stays flat whatever the file size. The output
 * appears only once complete.
 *
 * @param o - files, horizon, season, levels, workers, warning sink
 * @returns the number of series forecast
 * @throws InputError for unreadable or malformed input, or an output that
 *   cannot be written
 * @example
 * await streamForecast({ input: 'in.csv', output: 'out.csv', horizon: 90,
 *   season: 7, levels: [80, 95], workers: 1, warn: console.warn });
 */
export async function streamForecast(o: StreamOptions): Promise<number> {
  await assertReadable(o.input);
  await assertNotInput(o.input, o.output);
  const pool =
    o.workers > 1
      ? new Piscina({
          filename: new URL('./forecast-worker.mjs', import.meta.url).href,
          minThreads: o.workers,
          maxThreads: o.workers,
        })
      : undefined;
  // In this thread, a batch's bytes are a view of the thread's buffer,
  // written before the next batch reuses it (one batch in flight).
  const run: Run = pool
    ? (batch) => pool.run(batch).then(fromWorker)
    : async (batch) => forecastBatch(batch);
  const out = await openOutput(o.output);
  let done = false;
  try {
    const count = await pump(o, run, out, pool ? 2 * o.workers : 1);
    done = true;
    return count;
  } finally {
    await pool?.destroy();
    await (done ? out.finish() : out.abandon());
  }
}

async function pump(
  o: StreamOptions,
  run: Run,
  out: OutputFile,
  inFlight: number,
): Promise<number> {
  const write = (bytes: Uint8Array) =>
    out.write(bytes).catch((e: Error) => {
      throw cannotWrite(o.output, e);
    });
  await write(Buffer.from(forecastHeader(o.levels)));
  const queue = new InputOrder(write, o.warn, inFlight);
  const { horizon, season, levels, spreadsheetSafe = false } = o;
  const formulas = new FormulaIds();
  let count = 0;
  for await (const series of batches(o.input, queue, formulas)) {
    count += series.length;
    const batch = { file: o.input, series, horizon, season, levels };
    await queue.add(run({ ...batch, spreadsheetSafe }));
  }
  await queue.drain();
  const formulaWarning = formulas.warning(o.input, spreadsheetSafe);
  if (formulaWarning !== undefined) o.warn(formulaWarning);
  if (count === 0) {
    o.warn(
      `${o.input}: no rows after the header: the output holds its header only`,
    );
  }
  return count;
}

/**
 * The input's series in batches of {@link BATCH}. A bad row read after a
 * batch that fails is later in the file: the batches in `queue` are
 * finished first, so the first error in the file is the one named.
 */
async function* batches(
  input: string,
  queue: InputOrder,
  formulas: FormulaIds,
): AsyncGenerator<LongSeries[]> {
  const series = readSeries(input);
  let batch: LongSeries[] = [];
  for (;;) {
    const next = await series.next().catch(async (error: unknown) => {
      await queue.drain();
      throw error;
    });
    if (next.done) break;
    formulas.see(next.value.id);
    batch.push(next.value);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** A worker's rows, or its InputError thrown again in this thread. */
function fromWorker(r: WorkerResult): ReturnType<typeof forecastBatch> {
  if (!('inputError' in r)) return r;
  const { file, problem, location } = r.inputError;
  throw new InputError(file, problem, location);
}
