import { Command, CommanderError } from 'commander';
import { exitOnError } from './exit-on-error.ts';
import { refuseRepeatedOptions } from './refuse-repeated-options.ts';

/**
 * The commands, each loaded only when needed: `run`, `sample` and
 * `backtest` pull in DuckDB, the AWS SDK and the report renderers, which
 * cost seconds of start-up that `headroom forecast` does not need.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  sample: async () => (await import('./sample.ts')).sampleCommand(),
  run: async () => (await import('./run.ts')).runCommand(),
  forecast: async () => (await import('./forecast.ts')).forecastCommand(),
  backtest: async () => (await import('./backtest.ts')).backtestCommand(),
};

/**
 * The `headroom` command line: `sample`, `run`, `forecast` and `backtest`.
 *
 * @param only - build only this command when it is one of them (the
 *   others are not even loaded); otherwise every command, for the help
 * @returns the commander program
 * @example
 * await (await buildProgram('run')).parseAsync(['node', 'headroom', 'run', '--help']);
 */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command('headroom')
    .description(
      'Capacity forecasting for edge interconnection links: which ISP links ' +
        'run out, by when to order the augment, and how much to ask for.',
    )
    .showHelpAfterError();
  const names =
    only !== undefined && only in COMMANDS ? [only] : Object.keys(COMMANDS);
  for (const name of names) program.addCommand(await COMMANDS[name]!());
  return program;
}

/**
 * Runs the CLI and turns known errors into a one-line message and exit
 * code 1 (2 for usage errors), with no stack trace for the user. An
 * option given twice is a usage error (`refuseRepeatedOptions`). The
 * usage errors commander finds itself (a missing required option, an
 * unknown option or command, no command) exit 2 as well, after its own
 * message: it would exit 1, as a bad inventory does.
 *
 * @param argv - the process arguments
 * @returns the exit code, undefined when the command succeeded
 * @example
 * const code = await main(process.argv); // 2: a usage error
 */
export async function main(
  argv: readonly string[],
): Promise<number | undefined> {
  let usage: number | undefined;
  const code = await exitOnError(async () => {
    const program = await buildProgram(argv[2]);
    for (const command of [program, ...program.commands]) {
      refuseRepeatedOptions(command).exitOverride();
    }
    try {
      await program.parseAsync([...argv]);
    } catch (error) {
      if (!(error instanceof CommanderError)) throw error;
      // exitCode 0: --help, printed in full.
      if (error.exitCode !== 0) usage = 2;
    }
  });
  return code ?? usage;
}
