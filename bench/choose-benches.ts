import { UsageError } from '#lib/errors';

/** The benchmarks `npm run bench` runs, each `bench/<name>.ts`. */
export const BENCHES: readonly string[] = [
  'sample',
  'rollup',
  'speed',
  'forecast-cli',
  'accuracy',
  'backtest',
  'report',
  'aws-sizes',
  'start',
];

/**
 * The benchmarks to run: the ones named, or all of {@link BENCHES}.
 *
 * @param names - the names given on the command line
 * @returns the names to run, in the order given
 * @throws UsageError on a name that is not a benchmark: a typo would
 *   otherwise run every benchmark, for minutes
 * @example
 * chooseBenches(['sample', 'rollup']); // ['sample', 'rollup']
 */
export function chooseBenches(names: readonly string[]): string[] {
  const unknown = names.filter((name) => !BENCHES.includes(name));
  if (unknown.length > 0) {
    throw new UsageError(
      `not a benchmark: ${unknown.join(', ')} (name some of ` +
        `${BENCHES.join(', ')}, or none for all)`,
    );
  }
  return names.length > 0 ? [...names] : [...BENCHES];
}
