import { HeadroomError } from '#lib/errors';

/**
 * Runs a command and turns Headroom's own errors into a one-line message
 * on stderr and exit code 1 (2 for usage errors), without a stack trace;
 * anything else is a bug and escapes with its stack.
 *
 * @param action - the command to run
 * @returns nothing; sets `process.exitCode` on a known error
 * @example
 * await exitOnError(() => program.parseAsync(process.argv));
 */
export async function exitOnError(action: () => Promise<unknown>) {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof HeadroomError)) throw error;
    process.stderr.write(`headroom: ${error.message}\n`);
    process.exitCode = error.code === 'USAGE.INVALID' ? 2 : 1;
  }
}
