import { parseArgs } from 'node:util';
import { UsageError } from '#lib/errors';

/** The folders `npm start` uses. */
export interface StartOptions {
  /** Where the sample is, or is written when missing. */
  readonly data: string;
  /** The report store. */
  readonly out: string;
}

/**
 * Reads `npm start`'s arguments: `--data DIR` (default `data/sample`) and
 * `--out DIR` (default `out`). Anything else is a usage error with a
 * one-line message, not node's `parseArgs` stack trace.
 *
 * @param argv - the arguments after the script's name
 * @returns the folders, as given
 * @throws UsageError on an unknown option, a missing value or a positional
 * @example
 * parseStartOptions(['--out', '/tmp/out']); // { data: 'data/sample', out: '/tmp/out' }
 */
export function parseStartOptions(argv: readonly string[]): StartOptions {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string', default: 'data/sample' },
        out: { type: 'string', default: 'out' },
      },
    });
    return { data: values.data, out: values.out };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (!code?.startsWith('ERR_PARSE_ARGS_')) throw error;
    throw new UsageError(
      `npm start: ${message} (it takes --data DIR and --out DIR)`,
    );
  }
}
