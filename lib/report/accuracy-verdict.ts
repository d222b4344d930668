import type { ReportSeries } from './report-input.ts';

/** The figures a verdict reads: one horizon's errors over all ISPs. */
export interface VerdictInput {
  readonly horizonDays: number;
  /** Mean signed % error: positive means forecasts were too high. */
  readonly biasPct: number;
  /** Share of actuals inside the interval (0–1). */
  readonly coverage: number;
}

const whole = (x: number) => Math.round(Math.abs(x));

/**
 * One horizon's accuracy in words: which way forecasts erred and whether
 * the intervals held what they promise, with what to do about it.
 *
 * @param s - the horizon's signed error and coverage
 * @param level - the decision interval's level, e.g. 80
 * @returns a sentence
 * @example
 * accuracyVerdict({ horizonDays: 90, biasPct: -16.9, coverage: 0.167 }, 80);
 * // 'At 90 days forecasts ran 17% low; the intervals held 17% of
 * //  outcomes against 80%: too narrow, plan on the upper dates.'
 */
export function accuracyVerdict(s: VerdictInput, level: number): string {
  const bias =
    Math.abs(s.biasPct) < 5
      ? `forecasts were about right on average (${whole(s.biasPct)}% off)`
      : `forecasts ran ${whole(s.biasPct)}% ${s.biasPct < 0 ? 'low' : 'high'}`;
  const held = Math.round(s.coverage * 100);
  const advice =
    held < level - 10
      ? 'too narrow, plan on the upper dates'
      : held > level + 10
        ? 'wider than needed, the upper dates are cautious'
        : 'about as promised';
  return `At ${s.horizonDays} days ${bias}; the intervals held ${held}% of outcomes against ${level}%: ${advice}.`;
}

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
      : `; the ${level}% intervals held a median ${Math.round(median(coverage) * 100)}% of backtest outcomes`;
  return `Until then, the chosen models' own backtests (rolling origins on each series' history, ${tests.length} series): median MASE ${median(tests.map((t) => t.mase)).toFixed(2)}, median sMAPE ${median(tests.map((t) => t.smape)).toFixed(1)}%${held}.`;
}
