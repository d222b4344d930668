import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { parseDay, parsePath, parseWhole } from './parse-options.ts';
import {
  type LocalRunOptions,
  printRunSummary,
  runLocal,
} from './run-local.ts';

/** The run's files and folders (flags, help, kind, default): never empty. */
const PATH_OPTIONS: readonly [
  string,
  string,
  'a file' | 'a folder',
  string?,
][] = [
  [
    '--lake <dir>',
    'Parquet lake with traffic/',
    'a folder',
    'data/sample/lake',
  ],
  [
    '--inventory <dir>',
    'folder with links.csv and augments.csv',
    'a folder',
    'data/sample/inventory',
  ],
  ['--config <file>', 'JSON configuration (default: all defaults)', 'a file'],
  [
    '--out <dir>',
    'output folder: reports/, state/, outbox/',
    'a folder',
    'out',
  ],
  [
    '--scenario <file>',
    'what-if scenario (JSON); its report goes under scenarios/ and it sends nothing',
    'a file',
  ],
];

/**
 * `headroom run`: rollup, forecast, evaluate, report and notify on local
 * files.
 *
 * @returns the commander command
 * @example
 * program.addCommand(runCommand());
 */
export function runCommand(): Command {
  const command = new Command('run');
  for (const [flags, help, kind, value] of PATH_OPTIONS) {
    const name = flags.split(' ')[0]!;
    command.option(flags, help, parsePath(name, kind), value);
  }
  return command
    .description(
      'Run rollup, forecast, evaluation, report and notifications on a local ' +
        'Parquet lake.',
    )
    .addOption(
      new Option(
        '--as-of <date>',
        'the run\'s "today": only data before it is read (default: today, UTC)',
      ).argParser(parseDay('--as-of')),
    )
    .option('--quiet', 'print only warnings and the summary')
    .addOption(
      new Option(
        '--workers <n>',
        'worker threads for the shards (0: run them in this thread)',
      )
        .default(availableParallelism(), 'the number of cores')
        .argParser(parseWhole('--workers', 0, 256)),
    )
    .action(async (options: RunOptions) => {
      const local = localRunOptions(options);
      printRunSummary(local, await runLocal(local));
    });
}

/**
 * The options of {@link runLocal} from the command's: folders made
 * absolute against the working directory.
 */
function localRunOptions(options: RunOptions): LocalRunOptions {
  return {
    lake: resolve(options.lake),
    inventory: resolve(options.inventory),
    out: resolve(options.out),
    configFile: options.config,
    asOf: options.asOf,
    scenarioFile: options.scenario,
    quiet: options.quiet === true,
    workers: options.workers,
  };
}

/** Parsed options of `headroom run`. */
interface RunOptions {
  readonly lake: string;
  readonly inventory: string;
  readonly config?: string;
  readonly asOf?: string;
  readonly out: string;
  readonly scenario?: string;
  readonly quiet?: boolean;
  readonly workers: number;
}
