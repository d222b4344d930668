import { HeadroomError } from '#lib/errors';

/**
 * Runs a command and turns Headroom's own errors into a one-line message
 * on stderr and exit code 1 (2 for usage errors), without a stack trace;
 * anything else is a bug and escapes with its stack.
 *
 * @param action - the command to run
 * @returns the exit code for a known error, else undefined. The entry
 *   point sets `process.exitCode` from it, so that a test can run the
 *   command line in its own process without changing that process's exit
 *   code (docs/architecture.md "Tests")
 * @example
 * const code = await exitOnError(() => program.parseAsync(argv));
 */
export async function exitOnError(
  action: () => Promise<unknown>,
): Promise<number | undefined> {
  try {
    await action();
    return undefined;
  } catch (error) {
    if (!(error instanceof HeadroomError)) throw error;
    process.stderr.write(`headroom: ${error.message}\n`);
    return error.code === 'USAGE.INVALID' ? 2 : 1;
  }
}
