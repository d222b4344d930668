import { formatPct } from './format.ts';
import type { ReportSeries } from './report-input.ts';

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * On a first run, what the chosen models' own backtests say: median MASE
 * and sMAPE and the share of backtest actuals inside the interval.
 *
 * @param series - the charted series (their forecasts' backtest errors)
 * @param level - the decision interval's level, e.g. 80
 * @returns a paragraph of text, or '' when no series had a backtest
 * @example
 * backtestSummary(input.series, 80);
 */
export function backtestSummary(
  series: readonly ReportSeries[],
  level: number,
): string {
  const tests = series.flatMap((s) =>
    s.forecast.backtest ? [s.forecast.backtest] : [],
  );
  if (tests.length === 0) return '';
  const coverage = tests.flatMap((t) => {
    const c = t.coverage[level];
    return c === undefined ? [] : [c];
  });
  const held =
    coverage.length === 0
      ? ''
      : `; the ${level}% intervals held a median ${formatPct(median(coverage), 0)} of backtest outcomes`;
  return `Until then, the chosen models' own backtests (rolling origins on each series' history, ${tests.length} series): median MASE ${median(tests.map((t) => t.mase)).toFixed(2)} (its error over the history's usual change from a day to the same day a week later), median sMAPE ${median(tests.map((t) => t.smape)).toFixed(1)}%${held}.`;
}
