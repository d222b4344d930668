import type { BacktestResult } from '#lib/domain/backtest';
import type {
  BacktestScore,
  DateErrorSummary,
} from '#lib/domain/backtest-score';
import { formatRatio, plural } from '#lib/report/format';
import {
  formatDateError,
  SIGNED_DATE_ERROR,
} from '#lib/report/format-date-error';

/**
 * The console summary of a backtest: what was replayed, the confusion
 * counts, precision, recall, F1 and the median critical-date errors.
 *
 * @param result - the backtest's result
 * @param outPath - where its files were written
 * @returns text ending in a newline
 * @example
 * process.stdout.write(formatBacktest(result, 'out/state/backtest.json'));
 */
export function formatBacktest(result: BacktestResult, outPath: string) {
  const t = result.totals;
  const groups = new Set(result.cases.map((c) => c.group)).size;
  return [
    '',
    `Backtest of ${plural(result.asOfDates.length, 'as-of date')} from ` +
      `${result.from} to ${result.to}, every ${plural(result.everyDays, 'day')}, ` +
      `${plural(groups, 'group')} ` +
      `(data ${result.dataFirstDay} to ${result.dataLastDay}; ` +
      `${result.seconds.toFixed(1)} s)`,
    formatCounts(t),
    `Precision ${ratio(t.precision)}  recall ${ratio(t.recall)}  ` +
      `F1 ${ratio(t.f1)}`,
    `Critical date vs actual first crossing (median |error|; ${SIGNED_DATE_ERROR}): ` +
      `mean forecast ${formatError(t.dateErrorMean)}; ` +
      `upper bound ${formatError(t.dateErrorUpper)}`,
    ...(result.groupsWithoutData.length > 0
      ? [
          `${plural(result.groupsWithoutData.length, 'inventory group')} ` +
            `${result.groupsWithoutData.length === 1 ? 'has' : 'have'} no ` +
            "rolled-up rows (run 'headroom run' after regrouping): " +
            result.groupsWithoutData.slice(0, 5).join(', '),
        ]
      : []),
    `Written: ${outPath}`,
    '',
  ].join('\n');
}

/**
 * The confusion counts of a score in one line.
 *
 * @param s - a score
 * @returns e.g. 'Scored 40 group-dates: 9 true positives, …'
 * @example
 * formatCounts(result.totals);
 */
export function formatCounts(s: BacktestScore): string {
  const scored =
    s.truePositives + s.falsePositives + s.falseNegatives + s.trueNegatives;
  return (
    `Scored ${plural(scored, 'group-date')}: ` +
    `${plural(s.truePositives, 'true positive')}, ` +
    `${plural(s.falsePositives, 'false positive')}, ` +
    `${plural(s.falseNegatives, 'false negative')}, ` +
    `${plural(s.trueNegatives, 'true negative')} (not scored: ${s.open} ` +
    `open, window past the data; ${s.skipped} skipped, no recent data)`
  );
}

/** A score as the accuracy page writes it; none is 'n/a' here. */
function ratio(value: number | null): string {
  return value === null ? 'n/a' : formatRatio(value);
}

function formatError(e: DateErrorSummary): string {
  return formatDateError(e) ?? 'n/a (no crossing with a prediction)';
}
