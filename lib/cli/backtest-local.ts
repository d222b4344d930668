import { existsSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { BACKTEST_KEY, type BacktestResult } from '#lib/domain/backtest';
import { backtestFiles } from '#lib/domain/backtest-summary';
import { InputError } from '#lib/errors';
import type { BacktestNames } from '#lib/pipeline/backtest-dates';
import {
  backtestPieces,
  type PutBacktestFile,
  writeBacktest,
} from '#lib/pipeline/write-backtest';
import { readConfigFile } from '#lib/wiring/local';
import { formatBacktest } from './format-backtest.ts';
import type { OutputFile } from './output.ts';
import { openMadeOutput } from './output-file.ts';
import { replayLocal } from './replay-backtest.ts';

/** Where `headroom backtest` writes, so the next run's accuracy page shows it. */
export const DEFAULT_BACKTEST_OUT = `out/${BACKTEST_KEY}`;

/** The command's flags for a range's parts, as its messages name them. */
export const BACKTEST_FLAGS: BacktestNames = {
  from: '--from',
  to: '--to',
  everyDays: '--every',
  rollUp: "'headroom run'",
};

/** Parsed options of `headroom backtest`. */
export interface BacktestOptions {
  readonly lake: string;
  readonly inventory: string;
  readonly config?: string;
  readonly from?: string;
  readonly to?: string;
  readonly every: number;
  readonly out: string;
  readonly quiet?: boolean;
  /** Worker threads for the batches (default 1: in turn, in this thread). */
  readonly workers?: number;
}

/**
 * Runs a backtest on local folders, writes its JSON, with its summary
 * (every miss) beside it as the backtest state machine writes them
 * (`writeBacktest`: `backtest-summary.json` for `backtest.json`; not
 * beside a link, device or pipe), and prints a summary.
 *
 * @param options - the command's options
 * @returns the backtest's result
 * @throws InputError when the lake folder does not exist
 * @example
 * await backtestLocal({ lake, inventory, from: '2026-03-01',
 *   to: '2026-09-01', every: 30, out: 'bt.json' });
 */
export async function backtestLocal(
  options: BacktestOptions,
): Promise<BacktestResult> {
  const lake = resolve(options.lake);
  if (!existsSync(lake)) {
    throw new InputError(lake, 'the lake folder does not exist');
  }
  const config = await readConfigFile(options.config);
  const out = resolve(options.out);
  // Opened first: a --out that cannot be written stops before the replay.
  const output = await openMadeOutput(out);
  try {
    // The dates the options leave out are filled in as the backtest
    // state machine fills them in.
    const given = {
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
      everyDays: options.every,
    };
    const paths = { lake, inventory: resolve(options.inventory), out };
    const result = await replayLocal(
      {
        ...paths,
        config,
        quiet: options.quiet === true,
        workers: options.workers ?? 1,
      },
      given,
      BACKTEST_FLAGS,
    );
    const written = await writeFiles(out, output, result);
    process.stdout.write(formatBacktest(result, written.map(shown).join(', ')));
    return result;
  } catch (error) {
    await output.abandon();
    throw error;
  }
}

/** A path as the console shows it: relative, unless outside the folder. */
function shown(path: string): string {
  const relativePath = relative(process.cwd(), path);
  return relativePath.startsWith('..') ? path : relativePath;
}

/**
 * The result into its output; beside a file (or where none was), its
 * summary.
 *
 * @returns the paths written
 */
async function writeFiles(
  out: string,
  output: OutputFile,
  result: BacktestResult,
): Promise<string[]> {
  const put = putFile(out, output);
  // Opened, it is still a link, a device or a pipe: nothing is beside it.
  const kind = await lstat(out).catch(() => undefined);
  if (kind && !kind.isFile()) {
    await put(out, backtestPieces(result, 'cases'), 'application/json');
    return [out];
  }
  await writeBacktest(put, out, result);
  return Object.values(backtestFiles(out));
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
