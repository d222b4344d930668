import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { MIN_BACKTEST_HISTORY_DAYS } from '#lib/pipeline/backtest-dates';
import {
  DEFAULT_BACKTEST_DAYS,
  DEFAULT_BACKTEST_EVERY_DAYS,
} from '#lib/pipeline/default-backtest-range';
import {
  type BacktestOptions,
  backtestLocal,
  DEFAULT_BACKTEST_OUT,
} from './backtest-local.ts';
import { parseDay, parsePath, parseWhole } from './parse-options.ts';

export {
  BACKTEST_FLAGS,
  type BacktestOptions,
  backtestLocal,
  DEFAULT_BACKTEST_OUT,
} from './backtest-local.ts';

/**
 * `headroom backtest`: replays the capacity decision at past as-of dates
 * on a rolled-up lake and scores it against what happened afterwards.
 *
 * @returns the commander command
 * @example
 * program.addCommand(backtestCommand());
 */
export function backtestCommand(): Command {
  const command = new Command('backtest')
    .description(DESCRIPTION)
    .requiredOption(
      '--lake <dir>',
      'lake folder with series_daily/ (required)',
      parsePath('--lake', 'a folder'),
    )
    .requiredOption(
      '--inventory <dir>',
      'folder with links.csv, augments.csv (required)',
      parsePath('--inventory', 'a folder'),
    )
    .option(
      '--config <file>',
      'JSON configuration (default: all defaults)',
      parsePath('--config', 'a file'),
    );
  for (const option of rangeOptions()) command.addOption(option);
  return command
    .option(
      '--out <file>',
      OUT_HELP,
      parsePath('--out', 'a file'),
      DEFAULT_BACKTEST_OUT,
    )
    .option('--quiet', 'print only warnings and the summary')
    .addOption(workersOption())
    .action(async (options: BacktestOptions) => {
      await backtestLocal(options);
    });
}

const DESCRIPTION =
  'Replay the "order now" decision at past as-of dates (--from to --to, ' +
  `every --every days; by default ${DEFAULT_BACKTEST_DAYS} days up to ` +
  'the last date whose decisions the data can judge) and score it ' +
  'against what the traffic did ' +
  'afterwards: precision, recall, F1 and the median error of the ' +
  'predicted critical date. Reads LAKE/series_daily only: roll the ' +
  "traffic up with 'headroom run' first. Writes nothing but --out " +
  'and its summary beside it.';

const OUT_HELP =
  'JSON to write, with its summary beside it ' +
  '(backtest-summary.json for backtest.json); ' +
  'the accuracy page of a run with --out DIR shows ' +
  'DIR/state/backtest.json';

/** --from, --to and --every: the as-of dates replayed, each checked. */
function rangeOptions(): Option[] {
  return [
    new Option(
      '--from <date>',
      `first as-of date to replay (default: ${DEFAULT_BACKTEST_DAYS} days ` +
        `before --to, or the first day with ${MIN_BACKTEST_HISTORY_DAYS} ` +
        'days of data before it)',
    ).argParser(parseDay('--from')),
    new Option(
      '--to <date>',
      'last as-of date to replay, inclusive (default: the last date ' +
        "judged in full: the data's last day less the longest lead time, " +
        'the warning window and 6 days confirming a crossing)',
    ).argParser(parseDay('--to')),
    new Option('--every <days>', 'days between as-of dates')
      .argParser(parseWhole('--every', 1, 3660))
      .default(DEFAULT_BACKTEST_EVERY_DAYS),
  ];
}

/** --workers: threads for the batches, the cores by default. */
function workersOption(): Option {
  return new Option(
    '--workers <n>',
    'worker threads for the batches of 200 groups (0 or 1: ' +
      'replay them in turn in this thread)',
  )
    .default(availableParallelism(), 'the number of cores')
    .argParser(parseWhole('--workers', 0, 256));
}
