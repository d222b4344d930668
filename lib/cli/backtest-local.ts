import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { BACKTEST_KEY, type BacktestResult } from '#lib/domain/backtest';
import { InputError } from '#lib/errors';
import type { BacktestNames } from '#lib/pipeline/backtest-dates';
import { readConfigFile } from '#lib/wiring/read-config-file';
import { writeBacktestOutput } from './backtest-output.ts';
import { checkInventory } from './check-inventory.ts';
import { checkOutsideLakeTables } from './check-outside-lake-tables.ts';
import { checkLakeFolder } from './check-run-folders.ts';
import { formatBacktest } from './format-backtest.ts';
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
 * (`writeBacktest`: `backtest-summary.json` for `backtest.json`, beside
 * a symbolic link too; not beside a device or pipe), and prints a
 * summary.
 *
 * @param options - the command's options
 * @returns the backtest's result
 * @throws InputError when the lake folder does not exist, is a file or
 *   is one of the lake's tables, or the inventory is no folder
 * @example
 * await backtestLocal({ lake, inventory, from: '2026-03-01',
 *   to: '2026-09-01', every: 30, out: 'bt.json' });
 */
export async function backtestLocal(
  options: BacktestOptions,
): Promise<BacktestResult> {
  const lake = await checkedLake(options.lake);
  await checkInventory(resolve(options.inventory));
  const config = await readConfigFile(options.config);
  const out = resolve(options.out);
  await checkOutsideLakeTables(out, lake, '--out');
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
    const written = await writeBacktestOutput(out, output, result);
    process.stdout.write(formatBacktest(result, written.map(shown).join(', ')));
    return result;
  } catch (error) {
    await output.abandon();
    throw error;
  }
}

/** The --lake folder, resolved: there, a folder, and not one of its tables. */
async function checkedLake(path: string): Promise<string> {
  const lake = resolve(path);
  if (!existsSync(lake)) {
    throw new InputError(lake, 'the lake folder does not exist');
  }
  await checkLakeFolder(lake, 'series_daily');
  return lake;
}

/** A path as the console shows it: relative, unless outside the folder. */
function shown(path: string): string {
  const relativePath = relative(process.cwd(), path);
  return relativePath.startsWith('..') ? path : relativePath;
}
