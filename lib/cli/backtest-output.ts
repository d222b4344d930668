import { stat } from 'node:fs/promises';
import type { BacktestResult } from '#lib/domain/backtest';
import { backtestFiles } from '#lib/domain/backtest-summary';
import {
  backtestPieces,
  type PutBacktestFile,
  writeBacktest,
} from '#lib/pipeline/write-backtest';
import type { OutputFile } from './output.ts';
import { openMadeOutput } from './output-file.ts';
import { isOwnStream } from './own-stream.ts';

/**
 * Writes `headroom backtest`'s result into its output, opened before the
 * replay, and beside a file (or where none was yet) its summary
 * (`writeBacktest`), also when `out` is a symbolic link to a file: beside
 * the link, the name given, which is where publish reads it (`state/`;
 * docs/architecture.md "The decision backtest"). A device, a pipe or the
 * process's own stream gets the result alone.
 *
 * @param out - the output's path, as given, resolved
 * @param output - the output, open
 * @param result - the backtest
 * @returns the paths written
 * @example
 * const written = await writeBacktestOutput(out, await openMadeOutput(out),
 *   result); // [out, '…/backtest-summary.json']
 */
export async function writeBacktestOutput(
  out: string,
  output: OutputFile,
  result: BacktestResult,
): Promise<string[]> {
  const put = putFile(out, output);
  if (!(await hasFolderBeside(out))) {
    await put(out, backtestPieces(result, 'cases'), 'application/json');
    return [out];
  }
  await writeBacktest(put, out, result);
  return Object.values(backtestFiles(out));
}

/**
 * Whether `out`, opened, is a file (through a symbolic link too, or none
 * yet: it appears once written) with a folder beside it for the summary:
 * not a device, a pipe or the process's own stream (`/dev/stdout`, which
 * is a link, to a file when the shell redirects it: `/dev/` takes no
 * summary).
 */
async function hasFolderBeside(out: string): Promise<boolean> {
  if (isOwnStream(out)) return false;
  const kind = await stat(out).catch(() => undefined);
  return kind === undefined || kind.isFile();
}

/**
 * Writes a file of the backtest: `out` into its output already open, the
 * summary into an output of its own, each in
 * place only once whole.
 */
function putFile(out: string, output: OutputFile): PutBacktestFile {
  return async (path: string, bytes: Iterable<Uint8Array>) => {
    const file = path === out ? output : await openMadeOutput(path);
    try {
      for (const piece of bytes) await file.write(piece);
    } catch (error) {
      await file.abandon();
      throw error;
    }
    await file.finish();
  };
}
