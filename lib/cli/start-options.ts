import { parseArgs } from 'node:util';
import { UsageError } from '#lib/errors';
import { parsePath } from './parse-options.ts';
import { givenTwice } from './refuse-repeated-options.ts';

/** The folders `npm start` uses. */
export interface StartOptions {
  /** Where the sample is, or is written when missing. */
  readonly data: string;
  /** The report store. */
  readonly out: string;
  /** `--help` or `-h`: print `START_USAGE` and do nothing else. */
  readonly help: boolean;
}

/** What `npm start -- --help` prints. */
export const START_USAGE = `Usage: npm start [-- [--data DIR] [--out DIR]]

Generates a sample edge (100 links of 16 ISPs, 430 days of 5-minute
traffic) in --data when it has none, then runs the whole pipeline on it
as of the day after its last day: rollup, forecasts, report and alerts.

Options:
  --data DIR  the sample's folder (default: data/sample)
  --out DIR   reports/, outbox/ and state/ (default: out)
  -h, --help  print this and stop

On your own lake and inventory: npx headroom run --help.
`;

/**
 * Reads `npm start`'s arguments: `--data DIR` (default `data/sample`),
 * `--out DIR` (default `out`) and `--help`. Anything else is a usage error with a
 * one-line message, not node's `parseArgs` stack trace; so is a folder
 * given twice, which `parseArgs` would take the last of without a word.
 *
 * @param argv - the arguments after the script's name
 * @returns the folders, as given
 * @throws UsageError on an unknown option, a missing value, a positional
 *   or an option given twice
 * @example
 * parseStartOptions(['--out', '/tmp/out']);
 * // { data: 'data/sample', out: '/tmp/out', help: false }
 */
export function parseStartOptions(argv: readonly string[]): StartOptions {
  const { values, tokens } = parseStartArgs(argv);
  const first = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    const given = first.get(token.name);
    if (given !== undefined) {
      throw new UsageError(
        `npm start: ${givenTwice(`--${token.name}`, given, token.value)}`,
      );
    }
    first.set(token.name, token.value);
  }
  return {
    data: startPath('--data', values.data),
    out: startPath('--out', values.out),
    help: values.help,
  };
}

/**
 * A folder option, refused as `headroom run` refuses it (`parsePath`):
 * empty, blank or `-` (`--out ""` wrote reports/, outbox/ and state/
 * into the working directory).
 */
function startPath(flag: string, value: string): string {
  try {
    return parsePath(flag, 'a folder')(value);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(`npm start: ${error.message}`);
  }
}

/** `parseArgs` on `npm start`'s options, its errors made usage errors. */
function parseStartArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      tokens: true,
      options: {
        data: { type: 'string', default: 'data/sample' },
        out: { type: 'string', default: 'out' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (!code?.startsWith('ERR_PARSE_ARGS_')) throw error;
    throw new UsageError(
      `npm start: ${message} (it takes --data DIR and --out DIR; --help for more)`,
    );
  }
}
