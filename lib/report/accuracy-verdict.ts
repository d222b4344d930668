import { binomialTails } from './binomial-tail.ts';
import { formatPct, plural } from './format.ts';
import { SIGNIFICANCE, upperVerdict } from './upper-bound-verdict.ts';

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
