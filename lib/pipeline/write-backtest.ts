import { createHash } from 'node:crypto';
import type { BacktestResult } from '#lib/domain/backtest';
import {
  type BacktestResultFile,
  backtestFiles,
  type DecisionBacktestSummary,
} from '#lib/domain/backtest-summary';
import { jsonObjectPieces } from '#lib/report/text-pieces';
import { summarizeBacktest } from './summarize-backtest.ts';

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
 * Writes a backtest's two files (`backtestFiles(path)`): the whole result
 * as JSON, then the summary publish reads (`summarizeBacktest`: its head,
 * totals, per-date scores and every miss), which records the size and
 * SHA-256 of the result as written (`resultFile`, counted as its pieces
 * pass). Each replaces the previous backtest's whole or not at all, and
 * the page, its list of misses and the misses file are all made from the
 * summary alone, so a backtest stopped between the two leaves the
 * previous one shown whole, and publish, finding a result of another
 * size, says so (`loadBacktest`). The same for `headroom backtest` and
 * the backtest state machine's merge (docs/architecture.md "The decision
 * backtest").
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
  const written = measured(backtestPieces(result, 'cases'));
  await put(files.result, written.pieces, JSON_TYPE);
  // The identity first, where a reader of the file finds it.
  const { misses, ...head } = summarizeBacktest(result);
  const summary = { ...head, resultFile: written.file(), misses };
  await put(files.summary, backtestPieces(summary, 'misses'), JSON_TYPE);
  return summary;
}

const JSON_TYPE = 'application/json';

/**
 * The pieces as they are, counted and hashed as they are read: `file()`
 * once all were read gives the bytes and SHA-256 of what was written.
 */
function measured(pieces: Iterable<Uint8Array>) {
  const hash = createHash('sha256');
  let bytes = 0;
  function* counted(): Generator<Uint8Array> {
    for (const piece of pieces) {
      hash.update(piece);
      bytes += piece.byteLength;
      yield piece;
    }
  }
  return {
    pieces: counted(),
    file: (): BacktestResultFile => ({ bytes, sha256: hash.digest('hex') }),
  };
}

/**
 * A backtest's file as `encodeBacktest` writes it, in pieces: its array
 * `key` (the result's cases, the summary's misses) a thousand items at a
 * time, so that a fleet's 70–112 MB of text is never held whole
 * (docs/architecture.md "The decision backtest").
 *
 * @param value - the result or its summary
 * @param key - its array field
 * @returns the file's bytes, in pieces
 * @example
 * await store.putPieces(BACKTEST_KEY, backtestPieces(result, 'cases'));
 */
export function* backtestPieces<T extends object>(
  value: T,
  key: keyof T & string,
): Generator<Uint8Array> {
  const fields = value as Readonly<Record<string, unknown>>;
  for (const piece of jsonObjectPieces(fields, key, 1)) {
    yield Buffer.from(piece);
  }
  yield Buffer.from('\n');
}

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
