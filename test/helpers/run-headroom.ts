import { join } from 'node:path';
import { main } from '#lib/cli/main';

/**
 * Runs `headroom ARGS` in this process, as `bin/headroom.js` would, with
 * stdout and stderr captured together; an error `main` throws is added
 * to the output, as the command prints it.
 *
 * @param args - the command line after `headroom`
 * @returns the exit code set (undefined for 0) and everything printed
 * @example
 * const { code, output } = await runHeadroom('run', '--bogus');
 */
export async function runHeadroom(...args: string[]) {
  const { code, output } = await captureHeadroom(args, true);
  return { code, output };
}

/**
 * As `runHeadroom`, but an error `main` throws fails the caller instead.
 *
 * @param args - the command line after `headroom`
 * @returns the exit code set (undefined for 0) and everything printed
 * @example
 * const { code } = await runHeadroomStrict('backtest', '--quiet');
 */
export async function runHeadroomStrict(...args: string[]) {
  const { code, output } = await captureHeadroom(args, false);
  return { code, output };
}

/**
 * Runs `headroom run --quiet ARGS`; an error `main` throws fails the
 * caller.
 *
 * @param args - the command's arguments after `--quiet`
 * @returns the exit code (undefined on success) and what it wrote to
 *   stderr alone
 * @example
 * const { code, errors } = await runQuiet('--lake', lake, '--as-of', day);
 */
export async function runQuiet(...args: string[]) {
  const { code, errors } = await captureHeadroom(
    ['run', '--quiet', ...args],
    false,
  );
  return { code, errors };
}

/**
 * The arguments that run a test folder's `lake/` and `inventory/` into
 * its `out/` as of `asOf`.
 *
 * @example
 * await runQuiet(...folderArgs(dir, '2026-06-01'));
 */
export const folderArgs = (dir: string, asOf: string): string[] => [
  '--lake',
  join(dir, 'lake'),
  '--inventory',
  join(dir, 'inventory'),
  '--out',
  join(dir, 'out'),
  '--as-of',
  asOf,
];

/**
 * Runs `headroom run --quiet` in one process (`--workers 0`) on a test's
 * folder (`folderArgs`).
 *
 * @param dir - the folder holding `lake/` and `inventory/`
 * @param asOf - the run's as-of date
 * @returns as `runQuiet`
 * @example
 * await runInFolder(dir, '2026-05-01');
 */
export function runInFolder(dir: string, asOf: string) {
  return runQuiet('--workers', '0', ...folderArgs(dir, asOf));
}

async function captureHeadroom(args: readonly string[], catchErrors: boolean) {
  const output: string[] = [];
  const errors: string[] = [];
  const stderr = process.stderr.write.bind(process.stderr);
  const stdout = process.stdout.write.bind(process.stdout);
  process.stderr.write = ((text: string) => {
    output.push(text);
    errors.push(text);
  }) as never;
  process.stdout.write = ((text: string) => output.push(text)) as never;
  let code: number | undefined;
  try {
    code = await main(['node', 'headroom', ...args]);
  } catch (error) {
    if (!catchErrors) throw error;
    output.push(String(error));
  } finally {
    process.stderr.write = stderr;
    process.stdout.write = stdout;
  }
  return { code, output: output.join(''), errors: errors.join('') };
}
