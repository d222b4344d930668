import type { ReportSeries } from './report-input.ts';

/** The figures a verdict reads: one horizon's errors over all ISPs. */
export interface VerdictInput {
  readonly horizonDays: number;
  /** Mean signed % error: positive means forecasts were too high. */
  readonly biasPct: number;
  /** Share of actuals inside the interval (0–1). */
  readonly coverage: number;
  /** Share of actuals above the interval's upper bound (0–1). */
  readonly aboveShare: number;
}

const whole = (x: number) => Math.round(Math.abs(x));

/**
 * The share of actuals (per cent) a calibrated interval's upper bound has
 * above it: each side is calibrated on its own (docs/architecture.md "The
 * forecast engine", Intervals), so half of what the interval leaves out.
 *
 * @param level - the interval's level, e.g. 80
 * @returns (100 − level) / 2
 * @example
 * calibratedAbovePct(80); // 10
 */
export const calibratedAbovePct = (level: number) => (100 - level) / 2;

// Points over the promise past which the upper bound reads as running low.
const ABOVE_TOLERANCE = 5;

/**
 * What the share of actuals above the upper bound says of the order-by
 * dates, read from that bound, when it is clearly off the promise: more
 * than 5 points over it, or under half of it (the share as it is, not
 * rounded as it is shown).
 */
function upperVerdict(aboveShare: number, level: number): string {
  const promised = calibratedAbovePct(level);
  const against = `${Math.round(aboveShare * 100)}% of actuals rose above it against ${promised}%`;
  if (aboveShare > (promised + ABOVE_TOLERANCE) / 100) {
    return ` The upper bound ran low (${against}): order-by dates may come late.`;
  }
  if (aboveShare < promised / 200) {
    return ` The upper bound ran high (${against}): the upper dates are cautious.`;
  }
  return '';
}

/**
 * One horizon's accuracy in words: which way forecasts erred and whether
 * the intervals held what they promise, with what to do about it; and,
 * when the share of actuals above the upper bound is clearly off what a
 * calibrated bound promises, what that means for the order-by dates.
 *
 * @param s - the horizon's signed error, coverage and share above
 * @param level - the decision interval's level, e.g. 80
 * @returns a sentence, or two
 * @example
 * accuracyVerdict({ horizonDays: 90, biasPct: -16.9, coverage: 0.167,
 *   aboveShare: 0.8 }, 80);
 * // 'At 90 days forecasts ran 17% low; the intervals held 17% of
 * //  outcomes against 80%: too narrow. The upper bound ran low (80% of
 * //  actuals rose above it against 10%): order-by dates may come late.'
 */
export function accuracyVerdict(s: VerdictInput, level: number): string {
  const bias =
    Math.abs(s.biasPct) < 5
      ? `forecasts were about right on average (${whole(s.biasPct)}% off)`
      : `forecasts ran ${whole(s.biasPct)}% ${s.biasPct < 0 ? 'low' : 'high'}`;
  const held = Math.round(s.coverage * 100);
  const upper = upperVerdict(s.aboveShare, level);
  // The upper bound's own sentence, when there is one, says what to make
  // of the upper dates: an interval too narrow below alone does not make
  // them late.
  const dates = (words: string) => (upper === '' ? `, ${words}` : '');
  const advice =
    held < level - 10
      ? `too narrow${dates('plan on the upper dates')}`
      : held > level + 10
        ? `wider than needed${dates('the upper dates are cautious')}`
        : 'about as promised';
  return `At ${s.horizonDays} days ${bias}; the intervals held ${held}% of outcomes against ${level}%: ${advice}.${upper}`;
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
