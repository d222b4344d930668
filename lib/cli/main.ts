import { Command } from 'commander';
import { backtestCommand } from './backtest.ts';
import { exitOnError } from './exit-on-error.ts';
import { forecastCommand } from './forecast.ts';
import { runCommand } from './run.ts';
import { sampleCommand } from './sample.ts';

/**
 * The `headroom` command line: `sample`, `run`, `forecast` and `backtest`.
 *
 * @returns the commander program
 * @example
 * await buildProgram().parseAsync(['node', 'headroom', 'run', '--help']);
 */
export function buildProgram(): Command {
  return new Command('headroom')
    .description(
      'Capacity forecasting for edge interconnection links: which ISP links ' +
        'run out, by when to order the augment, and how much to ask for.',
    )
    .showHelpAfterError()
    .addCommand(sampleCommand())
    .addCommand(runCommand())
    .addCommand(forecastCommand())
    .addCommand(backtestCommand());
}

/**
 * Runs the CLI and turns known errors into a one-line message and exit
 * code 1 (2 for usage errors), with no stack trace for the user.
 *
 * @param argv - the process arguments
 * @returns nothing; sets `process.exitCode`
 * @example
 * await main(process.argv);
 */
export async function main(argv: readonly string[]): Promise<void> {
  await exitOnError(() => buildProgram().parseAsync([...argv]));
}
