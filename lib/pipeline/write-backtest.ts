import type { BacktestResult } from '#lib/domain/backtest';
import {
  backtestFiles,
  type DecisionBacktestSummary,
} from '#lib/domain/backtest-summary';
import { backtestMissesCsv } from '#lib/report/backtest-misses-csv';
import { encodeAndDigest } from './encode-and-digest.ts';
import { backtestMisses, summarizeBacktest } from './summarize-backtest.ts';

/**
 * Writes one file from its bytes in pieces, replacing it whole or not at
 * all: `ObjectStore.putPieces` for the report store, an output file for
 * `headroom backtest --out`.
 */
export type PutBacktestFile = (
  path: string,
  bytes: Iterable<Uint8Array>,
  contentType: string,
) => Promise<void>;

/**
 * Writes a backtest's three files (`backtestFiles(path)`): every miss as
 * CSV (`backtestMissesCsv`, streamed: its text is never whole), the whole
 * result as JSON, then the summary publish reads (`summarizeBacktest`,
 * with the misses file's size and SHA-256 for the report's manifest).
 * The summary goes last: one that is there names a misses file already
 * written, and a backtest stopped midway leaves the previous summary.
 * The same for `headroom backtest` and the backtest state machine's merge
 * (docs/architecture.md "The decision backtest").
 *
 * @param put - writes one file
 * @param path - where the whole result goes, e.g. `BACKTEST_KEY`
 * @param result - the backtest
 * @returns the summary, as written
 * @example
 * await writeBacktest((k, b, t) => store.putPieces(k, b, t), BACKTEST_KEY,
 *   result);
 */
export async function writeBacktest(
  put: PutBacktestFile,
  path: string,
  result: BacktestResult,
): Promise<DecisionBacktestSummary> {
  const files = backtestFiles(path);
  const misses = backtestMisses(result.cases);
  const csv = encodeAndDigest(backtestMissesCsv(misses));
  await put(files.misses, csv.bytes, 'text/csv; charset=utf-8');
  await put(files.result, encodeJson(result), JSON_TYPE);
  const summary = summarizeBacktest(result, misses, csv.digest());
  await put(files.summary, encodeJson(summary), JSON_TYPE);
  return summary;
}

const JSON_TYPE = 'application/json';

const encodeJson = (value: unknown) => [Buffer.from(encodeBacktest(value))];

/**
 * A backtest's file as JSON text: one space of indent (a fleet's cases
 * run to megabytes) and a final newline.
 *
 * @param value - the result or its summary
 * @returns the file's text
 * @example
 * JSON.parse(encodeBacktest(result)).kind; // 'headroom-backtest'
 */
export function encodeBacktest(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}
