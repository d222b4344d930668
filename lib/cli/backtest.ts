import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { BACKTEST_KEY, type BacktestResult } from '#lib/domain/backtest';
import { InputError } from '#lib/errors';
import {
  type BacktestNames,
  MIN_BACKTEST_HISTORY_DAYS,
} from '#lib/pipeline/backtest-dates';
import {
  DEFAULT_BACKTEST_DAYS,
  DEFAULT_BACKTEST_EVERY_DAYS,
} from '#lib/pipeline/default-backtest-range';
import { encodeBacktest } from '#lib/pipeline/load-backtest';
import { readConfigFile } from '#lib/wiring/local';
import { formatBacktest } from './format-backtest.ts';
import { openMadeOutput } from './output-file.ts';
import { parseDay, parseWhole } from './parse-options.ts';
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

/**
 * `headroom backtest`: replays the capacity decision at past as-of dates
 * on a rolled-up lake and scores it against what happened afterwards.
 *
 * @returns the commander command
 * @example
 * program.addCommand(backtestCommand());
 */
export function backtestCommand(): Command {
  return new Command('backtest')
    .description(
      'Replay the "order now" decision at past as-of dates (--from to --to, ' +
        `every --every days; by default ${DEFAULT_BACKTEST_DAYS} days up to ` +
        'the last date whose decisions the data can judge) and score it ' +
        'against what the traffic did ' +
        'afterwards: precision, recall, F1 and the median error of the ' +
        'predicted critical date. Reads LAKE/series_daily only: roll the ' +
        "traffic up with 'headroom run' first. Writes nothing but --out.",
    )
    .requiredOption('--lake <dir>', 'lake folder with series_daily/')
    .requiredOption('--inventory <dir>', 'folder with links.csv, augments.csv')
    .option('--config <file>', 'JSON configuration (default: all defaults)')
    .addOption(
      new Option(
        '--from <date>',
        `first as-of date to replay (default: ${DEFAULT_BACKTEST_DAYS} days ` +
          `before --to, or the first day with ${MIN_BACKTEST_HISTORY_DAYS} ` +
          'days of data before it)',
      ).argParser(parseDay('--from')),
    )
    .addOption(
      new Option(
        '--to <date>',
        'last as-of date to replay, inclusive (default: the last date ' +
          "judged in full: the data's last day less the longest lead time, " +
          'the warning window and 6 days confirming a crossing)',
      ).argParser(parseDay('--to')),
    )
    .addOption(
      new Option('--every <days>', 'days between as-of dates')
        .argParser(parseWhole('--every', 1, 3660))
        .default(DEFAULT_BACKTEST_EVERY_DAYS),
    )
    .option(
      '--out <file>',
      'JSON to write; the accuracy page of a run with --out DIR shows ' +
        'DIR/state/backtest.json',
      DEFAULT_BACKTEST_OUT,
    )
    .option('--quiet', 'print only warnings and the summary')
    .action(async (options: BacktestOptions) => {
      await backtestLocal(options);
    });
}

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
}

/**
 * Runs a backtest on local folders, writes its JSON and prints a summary.
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
      { ...paths, config, quiet: options.quiet === true },
      given,
      BACKTEST_FLAGS,
    );
    await output.write(Buffer.from(encodeBacktest(result)));
    await output.finish();
    const shown = relative(process.cwd(), out);
    process.stdout.write(
      formatBacktest(result, shown.startsWith('..') ? out : shown),
    );
    return result;
  } catch (error) {
    await output.abandon();
    throw error;
  }
}
