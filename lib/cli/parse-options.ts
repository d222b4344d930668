import { inputDayProblem } from '#lib/domain/dates';
import { UsageError } from '#lib/errors';

/**
 * Commander option parsers that reject bad values with a clear message.
 *
 * @example
 * new Option('--as-of <date>').argParser(parseDay('--as-of'));
 */
export function parseDay(flag: string): (value: string) => string {
  return (value) => {
    // A real date, and one whose derived dates (history, horizon) keep
    // four-digit years: --as-of 9999-12-31 wrote runouts as +010000-….
    const problem = inputDayProblem(value);
    if (problem !== undefined) {
      throw new UsageError(`${flag} ${problem} (got "${value}")`);
    }
    return value;
  };
}

/**
 * A parser for a whole number within bounds.
 *
 * @param flag - the flag's name, for the message
 * @param min - smallest allowed value
 * @param max - largest allowed value (`Infinity`: none but the largest
 *   whole number a number holds exactly, 2^53 − 1)
 * @returns a commander argument parser
 * @example
 * parseWhole('--links', 1, 100_000)('12'); // 12
 */
export function parseWhole(
  flag: string,
  min: number,
  max: number,
): (value: string) => number {
  return (value) => {
    // Digits only: Number() reads '' and ' ' as 0 (`--workers ""` ran with
    // no worker threads) and accepts '0x2' and '1e2'.
    const number = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
    // Past 2^53 − 1 the number read is not the one typed
    // (`99999999999999999999` reads as 1e20): no bound is higher.
    const top = Math.min(max, Number.MAX_SAFE_INTEGER);
    if (!Number.isInteger(number) || number < min || number > top) {
      const range =
        max === Number.POSITIVE_INFINITY && !(number > top)
          ? `${min} or more`
          : `from ${min} to ${top}`;
      throw new UsageError(
        `${flag} must be a whole number ${range} (got "${value}")`,
      );
    }
    return number;
  };
}

/**
 * Why `-` is refused: a file option is pointed to the streams' names, a
 * folder option not (`run --out -` was told to write /dev/stdout).
 */
const DASH = {
  'a file':
    "'-' is read as a file named '-' here, not as the standard input or " +
    'output; write /dev/stdin or /dev/stdout for those, or ./- for such a ' +
    'file',
  'a folder':
    "'-' is read as a folder named '-' here, not as the standard input or " +
    'output, which a folder cannot be; write ./- for such a folder',
} as const;

/**
 * A parser for a path option that refuses an empty (or blank) value, as
 * an unset shell variable gives (`--scenario "$WHAT_IF"`): `run
 * --scenario ""` ran the real run and sent its alerts, `--config ""`
 * said "headroom: : cannot be read", and `--lake ""` or `--out ""` took
 * the working directory. Nor `-`, the standard input or output in many
 * tools, which was a file of that name (`forecast --output -` wrote ./-).
 *
 * @param flag - the flag's name, for the message
 * @param what - what it names: `a file` (the default) or `a folder`
 * @returns a commander argument parser
 * @example
 * new Option('--scenario <file>').argParser(parsePath('--scenario', 'a file'));
 */
export function parsePath(
  flag: string,
  what: 'a file' | 'a folder' = 'a file',
): (value: string) => string {
  return (value) => {
    if (value.trim() === '') {
      throw new UsageError(`${flag} must name ${what} (got "${value}")`);
    }
    if (value === '-') {
      throw new UsageError(
        `${flag} must name ${what}: ${DASH[what]} (got "-")`,
      );
    }
    return value;
  };
}
