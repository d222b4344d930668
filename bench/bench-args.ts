/**
 * The command line of a benchmark script: `parseArgs` with `--help`,
 * which prints the script's own header comment (what it measures, how to
 * run it), and a one-line message, not a stack trace, for an option it
 * does not know, a value it lacks or a number that is not one.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { parseWhole } from '#lib/cli/parse-options';
import { UsageError } from '#lib/errors';

/**
 * Parses a benchmark's options (`node:util` `parseArgs`), answering
 * `--help` and bad options itself: usage on stdout and exit 0, or the
 * problem on stderr and exit 2.
 *
 * @param url - the script's `import.meta.url`, whose header is its usage
 * @param config - the options, as `parseArgs` takes them
 * @returns what `parseArgs` returns
 * @example
 * const { values } = benchArgs(import.meta.url, {
 *   options: { links: { type: 'string', default: '100' } } });
 */
export function benchArgs<T extends ParseArgsConfig>(
  url: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage(url));
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (!code?.startsWith('ERR_PARSE_ARGS')) throw error;
    return exitWithUsageError(url, message);
  }
}

/**
 * An option's value as a whole number from `min` (to `max`, when given),
 * read as `parseWhole`
 * reads one (digits only: not '', '2.5', '0x2' or '1e2'; at most 2^53 − 1,
 * past which the number read is not the one typed); anything else
 * is a usage error, answered as `benchArgs` answers one (exit 2). An
 * option left out (`undefined`) stays `undefined`.
 *
 * @param url - the script's `import.meta.url`, which names it
 * @param flag - the option as typed (`--links`), for the message
 * @param text - its value
 * @param limits - `min`, the smallest value that makes sense, and `max`,
 *   the largest (default: none)
 * @returns the number
 * @example
 * wholeOption(import.meta.url, '--links', values.links, { min: 1 });
 */
export function wholeOption(
  url: string,
  flag: string,
  text: string,
  limits: WholeLimits,
): number;
export function wholeOption(
  url: string,
  flag: string,
  text: string | undefined,
  limits: WholeLimits,
): number | undefined;
export function wholeOption(
  url: string,
  flag: string,
  text: string | undefined,
  { min, max = Number.POSITIVE_INFINITY }: WholeLimits,
): number | undefined {
  if (text === undefined) return undefined;
  try {
    return parseWhole(flag, min, max)(text);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return exitWithUsageError(url, error.message);
  }
}

/** The range of a whole-number option: `max` defaults to none. */
interface WholeLimits {
  readonly min: number;
  readonly max?: number;
}

/**
 * A usage error as `benchArgs` answers one: the problem and where to look
 * on stderr, then exit 2.
 *
 * @param url - the script's `import.meta.url`, which names it
 * @param problem - what is wrong, in one line
 * @returns never: the process exits
 * @example
 * exitWithUsageError(import.meta.url, '--end must be a date YYYY-MM-DD');
 */
export function exitWithUsageError(url: string, problem: string): never {
  const script = basename(fileURLToPath(url));
  process.stderr.write(`${script}: ${problem}\n(--help for its options)\n`);
  process.exit(2);
}

/** The script's first comment block, without its `*` margins. */
function usage(url: string): string {
  const text = readFileSync(fileURLToPath(url), 'utf8');
  const block = /\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? '';
  return `${block
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim()}\n`;
}
