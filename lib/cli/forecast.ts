import { Command, Option } from 'commander';
import { UsageError } from '#lib/errors';
import { parsePath, parseWhole } from './parse-options.ts';
import { type StreamOptions, streamForecast } from './stream-forecast.ts';

const INPUT_HELP = 'CSV with columns series_id,ds,y (required)';
const OUTPUT_HELP = 'CSV to write (required)';

/**
 * `headroom forecast`: forecast every series of a long CSV
 * `series_id,ds,y` and write `series_id,ds,mean,lo80,hi80,…`, streaming
 * both files ({@link streamForecast}); `--workers N` uses a thread pool.
 *
 * @returns the commander command
 * @example
 * program.addCommand(forecastCommand());
 */
export function forecastCommand(): Command {
  return new Command('forecast')
    .description(
      'Forecast a long-format CSV (series_id,ds,y) with the engine alone, ' +
        'for comparison with other forecasters.',
    )
    .requiredOption('--input <file>', INPUT_HELP, parsePath('--input'))
    .addOption(
      new Option('--horizon <days>', 'days to forecast, 1 to 3650 (required)')
        .argParser(parseWhole('--horizon', 1, 3650))
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--season <days>', 'season length')
        .argParser(parseWhole('--season', 1, 366))
        .default(7),
    )
    .addOption(
      new Option('--levels <list>', 'interval levels in percent')
        .argParser(parseLevels)
        .default([80, 95], '80,95'),
    )
    .requiredOption('--output <file>', OUTPUT_HELP, parsePath('--output'))
    .option(
      '--spreadsheet-safe',
      "write series ids that a spreadsheet would run as formulas (=, +, -, @, a tab or a carriage return first) with a leading '",
    )
    .addOption(
      new Option('--workers <n>', 'threads forecasting (1 = this thread)')
        .argParser(parseWhole('--workers', 1, 256))
        .default(1),
    )
    .action(async (options: ForecastCliOptions) => {
      await streamForecast({
        ...options,
        warn: (w) => process.stderr.write(`headroom: ${w}\n`),
      });
    });
}

/** Parsed options of `headroom forecast`: {@link streamForecast}'s, less the warning sink. */
export type ForecastCliOptions = Omit<StreamOptions, 'warn'>;

/**
 * Parse `--levels 80,95` into sorted numbers in (0, 100), each given once.
 *
 * @param value - comma-separated levels
 * @returns the levels
 * @throws UsageError on a bad level, or one given twice
 * @example
 * parseLevels('95,80'); // [80, 95]
 */
export function parseLevels(value: string): number[] {
  // Decimal digits only, as parseWhole: Number() reads '0x50' as 80.
  const levels = value
    .split(',')
    .map((s) => (/^\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : Number.NaN));
  if (levels.length === 0 || levels.some((l) => !(l > 0 && l < 100))) {
    throw new UsageError(
      `--levels must be numbers between 0 and 100, comma-separated (got "${value}")`,
    );
  }
  // A ratio typed for a percentage, 0.8 for 80, wrote a 0.8 % interval
  // (columns lo0.8, hi0.8) as wide as the mean, without a word.
  const ratio = levels.find((l) => l < 1);
  if (ratio !== undefined) {
    // The percentage meant, to the ratio's own digits: 0.9999 is 99.99,
    // where one decimal wrote 'write 100', a level refused.
    const meant = Number((ratio * 100).toPrecision(12));
    throw new UsageError(
      `--levels are percentages: ${ratio} is a ${ratio}% interval; ` +
        `write ${meant} for ${meant}% (got "${value}")`,
    );
  }
  // A level typed twice (80,80 for 80,95) wrote one pair of columns
  // without a word, one level short of those meant.
  const twice = levels.find((l, i) => levels.indexOf(l) !== i);
  if (twice !== undefined) {
    throw new UsageError(
      `--levels names ${twice} twice: each level is one pair of columns ` +
        `(lo${twice}, hi${twice}); give each once (got "${value}")`,
    );
  }
  return levels.sort((a, b) => a - b);
}
