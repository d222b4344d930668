import type { CleanOptions } from './clean.ts';
import type { StepOptions } from './end-step.ts';

/** Name of a model pool (`POOLS` in candidates.ts). */
export type PoolName =
  | 'wide'
  | 'four'
  | 'five'
  | 'six'
  | 'seven'
  | 'trend'
  | 'five-t3'
  | 'five-t4';

/** Name of a set of challengers (`CHALLENGERS` in candidates.ts). */
export type ChallengerSet = 'trends' | 'trends+prophet';

/**
 * Every tunable choice of the engine in one value, so that the accuracy
 * benchmark can choose it leave-one-family-out (docs/architecture.md
 * "The forecast engine").
 */
export interface EngineSetting {
  /** Short name, e.g. `four/shrink.25/noise`. */
  readonly id: string;
  /** Models backtested per series. */
  readonly pool: PoolName;
  /**
   * Models backtested beside the pool that may win the `shrink` blend but
   * are not in the median (`CHALLENGERS`); none when absent.
   */
  readonly challengers?: ChallengerSet;
  /**
   * `select`: the first model unless another candidate beats it by
   * `margin`; `median`: the median of the pool; `shrink`: the median,
   * blended toward the best candidate when it beats the median by more
   * than `margin` (fully at twice the margin).
   */
  readonly rule: 'select' | 'median' | 'shrink';
  /** Relative backtest gain that counts as evidence (share, > 0). */
  readonly margin: number;
  /**
   * Scale of the conformal scores at each origin: the recent `level`
   * (mean |y| of the last season) or the recent `noise` (robust spread of
   * seasonal differences), so intervals follow a change of either.
   */
  readonly scaleBy: 'level' | 'noise';
  /**
   * Factors on the intervals' distances to the mean at 80 % and at 95 %,
   * below and above it: each side is calibrated on its own, the upper
   * one being what the decision reads.
   */
  readonly widen: SidedWidening;
  /**
   * Factor on the bounds' distances to the mean (both sides alike) of a
   * series too short for a backtest,
   * forecast by `NO_BACKTEST_MODEL` alone with its own intervals
   * (docs/architecture.md "The forecast engine", short series); none
   * when absent.
   */
  readonly widenAlone?: Widening;
  /**
   * Power of the weeks ahead by which the bounds of a series of 8–27
   * days (its last week repeated) widen (docs/architecture.md "The
   * forecast engine", short series); ½, a seasonal random walk's, when
   * absent.
   */
  readonly shortGrowth?: number;
  /**
   * Weight, in weekly differences, of the spread of a series' days
   * (`daysSpread`) pooled with its k weekly differences' deviation when
   * it has 8–27 days: σ² = (k σ_week² + w σ_days²) / (k + w)
   * (docs/architecture.md "The forecast engine", short series); 1, the
   * median of the five folds' choices in `npm run bench:accuracy` (each
   * length scored alike), when absent (0: the weekly differences alone,
   * the rule before: the bounds narrowed from 7 days to 8).
   */
  readonly shortPrior?: number;
  /**
   * Power of the weeks ahead by which the bounds of a series of a week
   * of days or fewer (the spread of its days) widen (docs/architecture.md
   * "The forecast engine", short series); ½, the power each of the five
   * folds of `npm run bench:accuracy` chose, when absent (0: not
   * widened, the rule before).
   */
  readonly daysGrowth?: number;
  /** Outlier and level-shift cleaning before fitting. */
  readonly clean: CleanOptions;
  /** Step rule (default `DEFAULT_STEP`; `false` turns it off). */
  readonly step?: StepOptions | false;
  /**
   * Smallest later lasting rise divided out of the runs the intervals
   * read, as a share of the level before it (`withoutLaterRises`; default
   * `DEFAULT_RISE`; `false` divides none out).
   */
  readonly rise?: number | false;
}

/** Factors on the bounds' distances to the mean, at 80 % and at 95 %. */
export interface Widening {
  readonly 80: number;
  readonly 95: number;
}

/** Factors on the distances to the mean, below and above it. */
export interface SidedWidening {
  readonly lower: Widening;
  readonly upper: Widening;
}

/**
 * Factor on a bound's distance to the mean at `level`: `widen[80]` up to 80 %, `widen[95]`
 * from 95 %, linear in between.
 *
 * @param widen - the factors at 80 and 95 %
 * @param level - level in percent
 * @returns the factor
 * @example
 * widenAt(DEFAULT_SETTING.widen, 90);
 */
export function widenAt(widen: Widening, level: number): number {
  const { 80: a, 95: b } = widen;
  if (level <= 80) return a;
  if (level >= 95) return b;
  return a + ((b - a) * (level - 80)) / 15;
}

/**
 * The production setting: the point setting with the best mean
 * leave-one-family-out rank in `npm run bench:accuracy` (since session 67
 * `five-t4`: the pool's Theta on logs with θ = 4), with the interval
 * scale and widening the benchmark's rule chose for `five/shrink0.25`
 * (for this one it took the noise scale until the rise threshold was
 * chosen, and since takes the level scale widened 1.6, not 1.45, above
 * at 80 %: both made the decision backtest's alerts less precise,
 * docs/architecture.md "The forecast engine"); its `widenAlone` is the
 * median of the five folds' choices in the same benchmark's no-backtest
 * section.
 */
export const DEFAULT_SETTING: EngineSetting = {
  id: 'five-t4+trends+prophet/shrink0.25/level',
  pool: 'five-t4',
  challengers: 'trends+prophet',
  rule: 'shrink',
  margin: 0.25,
  scaleBy: 'level',
  widen: { lower: { 80: 0.7, 95: 1 }, upper: { 80: 1.45, 95: 1.6 } },
  widenAlone: { 80: 1.3, 95: 2 },
  clean: { limit: 5, levelShifts: true },
};
