import { binomialTails } from './binomial-tail.ts';
import { formatPct, plural } from './format.ts';
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
  /**
   * The comparisons the shares are of: those whose bounds were kept at
   * the verdict's level (`AccuracySums.bounded`).
   */
  readonly bounded: number;
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

// A one-sided test at the conventional 5 %: the bound is called off its
// promise when a calibrated one would be that far off less than 1 time in
// 20. The sentence is advice, not an alarm, and a missed excess means late
// order-by dates, so not stricter (at 1 %, 30 comparisons of an 80 % bound
// need 8 above, not 7); the comparisons are not quite independent (runs
// share a day's actual, ISPs move together), so the test, which assumes
// they are, if anything speaks too soon: so not looser either.
const SIGNIFICANCE = 0.05;

/**
 * What the share of actuals above the upper bound says of the order-by
 * dates, read from that bound, when it is off the promise by a margin that
 * matters (more than 5 points over it, or under half of it, the share as
 * it is, not rounded as it is shown) and by more than chance would make
 * it: a one-sided exact binomial test of the count above against the
 * promised share, P(X ≥ k) for "ran low", P(X ≤ k) for "ran high" (`off`).
 * Off by the margin but within chance, it says the comparisons are too few
 * to judge the bound; at 30 comparisons a calibrated 95 % bound has none
 * above it about half the time.
 */
function upperVerdict(
  aboveShare: number,
  count: number,
  level: number,
): { text: string; off: boolean } {
  const promised = calibratedAbovePct(level);
  const against = `${formatPct(aboveShare, 0)} of actuals rose above it against ${promised}%`;
  const low = aboveShare > (promised + ABOVE_TOLERANCE) / 100;
  const high = aboveShare < promised / 200;
  if (!low && !high) return { text: '', off: false };
  // The share is a count over `count`: rounding gives the count back.
  const above = Math.round(aboveShare * count);
  const tails = binomialTails(above, count, promised / 100);
  if (low && tails.atLeast < SIGNIFICANCE) {
    return {
      text: ` The upper bound ran low (${against}): order-by dates may come late.`,
      off: true,
    };
  }
  if (high && tails.atMost < SIGNIFICANCE) {
    return {
      text: ` The upper bound ran high (${against}): the upper dates are cautious.`,
      off: true,
    };
  }
  return {
    text: ` Too few comparisons (${count}) to judge the upper bound: ${against}, which a calibrated bound may show by chance.`,
    off: false,
  };
}

/**
 * One horizon's accuracy in words: which way forecasts erred and whether
 * the intervals held what they promise, with what to do about it; and,
 * when the share of actuals above the upper bound is clearly off what a
 * calibrated bound promises, what that means for the order-by dates, or
 * that the comparisons are too few to tell (`upperVerdict`). When that
 * finds the bound off and the share inside is not found off (within the
 * margin, or within chance), that share is said to be so overall only,
 * "but off on the upper side".
 *
 * @param s - the horizon's signed error, coverage, share above and the
 *   comparisons those shares are of
 * @param level - the decision interval's level, e.g. 80
 * @returns a sentence, or two
 * @example
 * accuracyVerdict({ horizonDays: 90, biasPct: -16.9, coverage: 0.167,
 *   aboveShare: 0.8, bounded: 30 }, 80);
 * // 'At 90 days forecasts ran 17% low; the intervals held 17% of
 * //  outcomes against 80%: too narrow. The upper bound ran low (80% of
 * //  actuals rose above it against 10%): order-by dates may come late.'
 */
export function accuracyVerdict(s: VerdictInput, level: number): string {
  const bias =
    Math.abs(s.biasPct) < 5
      ? `forecasts were about right on average (${whole(s.biasPct)}% off)`
      : `forecasts ran ${whole(s.biasPct)}% ${s.biasPct < 0 ? 'low' : 'high'}`;
  if (s.bounded === 0) {
    return `At ${s.horizonDays} days ${bias}; none of these forecasts was made with ${level}% bounds: the intervals are judged once some are.`;
  }
  const held = formatPct(s.coverage, 0);
  const upper = upperVerdict(s.aboveShare, s.bounded, level);
  // The upper bound's own sentence, when there is one, says what to make
  // of the upper dates (or that they cannot be judged yet): an interval
  // too narrow below alone does not make them late.
  const dates = (words: string) => (upper.text === '' ? `, ${words}` : '');
  // A share inside not found off says nothing of the sides: when the
  // upper bound is found off, the share is said to be so overall only,
  // or "about as promised" read beside "ran low" as all being well.
  const overall = upper.off ? ' overall' : '';
  const side = upper.off ? ', but off on the upper side' : '';
  const width = coverageVerdict(s.coverage, s.bounded, level);
  const advice =
    width === 'narrow'
      ? `too narrow${dates('plan on the upper dates')}`
      : width === 'wide'
        ? `wider than needed${dates('the upper dates are cautious')}`
        : width === 'chance'
          ? `not clearly off it${overall} with ${plural(s.bounded, 'comparison')}${side}`
          : `about as promised${overall}${side}`;
  return `At ${s.horizonDays} days ${bias}; the intervals held ${held} of outcomes against ${level}%: ${advice}.${upper.text}`;
}

// Points off the level past which the intervals read as too narrow or
// too wide.
const COVERAGE_TOLERANCE = 10;

/**
 * Whether the intervals held clearly fewer outcomes than their level
 * promises (`narrow`), clearly more (`wide`), about as many (`ok`), or
 * off by the margin (more than 10 points, the share as it is) but within
 * chance (`chance`): as for the upper bound, a one-sided exact binomial
 * test of the count inside against the level at {@link SIGNIFICANCE}.
 * With 10 comparisons, 6 inside an 80 % interval (60 %) happens by chance
 * 12 % of the time.
 */
function coverageVerdict(
  coverage: number,
  count: number,
  level: number,
): 'narrow' | 'wide' | 'chance' | 'ok' {
  const narrow = coverage * 100 < level - COVERAGE_TOLERANCE;
  const wide = coverage * 100 > level + COVERAGE_TOLERANCE;
  if (!narrow && !wide) return 'ok';
  const tails = binomialTails(Math.round(coverage * count), count, level / 100);
  if (narrow && tails.atMost < SIGNIFICANCE) return 'narrow';
  if (wide && tails.atLeast < SIGNIFICANCE) return 'wide';
  return 'chance';
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
      : `; the ${level}% intervals held a median ${formatPct(median(coverage), 0)} of backtest outcomes`;
  return `Until then, the chosen models' own backtests (rolling origins on each series' history, ${tests.length} series): median MASE ${median(tests.map((t) => t.mase)).toFixed(2)} (its error over the history's usual change from a day to the same day a week later), median sMAPE ${median(tests.map((t) => t.smape)).toFixed(1)}%${held}.`;
}
