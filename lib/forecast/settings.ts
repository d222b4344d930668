import type { CleanOptions } from './clean.ts';
import type { StepOptions } from './end-step.ts';

/** Name of a model pool (`POOLS` in candidates.ts). */
export type PoolName = 'wide' | 'four' | 'five' | 'six' | 'seven' | 'trend';

/** Name of a set of challengers (`CHALLENGERS` in candidates.ts). */
export type ChallengerSet = 'trends';

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
  /** Outlier and level-shift cleaning before fitting. */
  readonly clean: CleanOptions;
  /** Step rule (default `DEFAULT_STEP`; `false` turns it off). */
  readonly step?: StepOptions | false;
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

/** No widening on either side. */
const UNWIDENED: SidedWidening = {
  lower: { 80: 1, 95: 1 },
  upper: { 80: 1, 95: 1 },
};

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

/** Interval factors the benchmark tries, per level (absolute). */
export const WIDEN_GRID: readonly number[] = [
  0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.45, 1.6, 1.8, 2, 2.25, 2.5,
];

type Point = Omit<EngineSetting, 'id' | 'scaleBy' | 'widen'>;
const CLEAN = { limit: 5, levelShifts: true } as const;
const point = (
  pool: Point['pool'],
  rule: Point['rule'],
  margin: number,
  clean: Point['clean'] = CLEAN,
  challengers?: ChallengerSet,
): Point => ({
  pool,
  rule,
  margin,
  clean,
  ...(challengers ? { challengers } : {}),
});

/**
 * Point-forecast settings: pool × rule × margin, two outlier limits, and
 * `five` with the trend challengers (`CHALLENGERS`) at two margins.
 * Level-shift handling stays on in every setting: following a lasting
 * step is a capacity requirement, not a knob (docs/architecture.md "The
 * forecast engine").
 * The `select` rule (per-series choice, kept as a rule for tests and
 * comparisons) is not a candidate: per-series selection is what failed
 * to generalise, and a single-case family tipped two folds toward it
 * (docs/architecture.md "The forecast engine"); only combinations and
 * shrinkage toward them compete.
 */
const POINT_GRID: readonly Point[] = [
  point('wide', 'shrink', 0.25),
  ...(['four', 'five', 'six', 'seven', 'trend'] as const).flatMap((pool) => [
    point(pool, 'median', 0.25),
    point(pool, 'shrink', 0.25),
    point(pool, 'shrink', 0.4),
  ]),
  point('five', 'shrink', 0.25, { limit: 4, levelShifts: true }),
  point('five', 'shrink', 0.25, { limit: 7, levelShifts: true }),
  point('five', 'shrink', 0.25, CLEAN, 'trends'),
  point('five', 'shrink', 0.4, CLEAN, 'trends'),
];

const cleanTag = ({ limit, levelShifts }: Point['clean']) =>
  limit === 5 && levelShifts
    ? ''
    : `/clean${limit}${levelShifts ? '' : '-noshift'}`;

/**
 * The candidate settings of the leave-one-family-out benchmark: the point
 * rules of `POINT_GRID` times the two interval scales; interval factors
 * come from {@link WIDEN_GRID} on top.
 */
export const SETTING_GRID: readonly EngineSetting[] = POINT_GRID.flatMap((p) =>
  (['level', 'noise'] as const).map((scaleBy) => ({
    ...p,
    scaleBy,
    widen: UNWIDENED,
    id: `${p.pool}${p.challengers ? `+${p.challengers}` : ''}/${p.rule}${p.rule === 'median' ? '' : p.margin}${cleanTag(p.clean)}/${scaleBy}`,
  })),
);

/**
 * The production setting: the point setting with the best mean
 * leave-one-family-out rank in `npm run bench:accuracy`, with the interval
 * scale and widening the benchmark's rule chose for `five/shrink0.25`
 * (for this one it would take the noise scale, which made the decision
 * backtest's alerts less precise: docs/architecture.md "The forecast
 * engine"); its `widenAlone` is the median of the five folds' choices in
 * the same benchmark's no-backtest section.
 */
export const DEFAULT_SETTING: EngineSetting = {
  id: 'five+trends/shrink0.25/level',
  pool: 'five',
  challengers: 'trends',
  rule: 'shrink',
  margin: 0.25,
  scaleBy: 'level',
  widen: { lower: { 80: 0.7, 95: 1 }, upper: { 80: 1.45, 95: 1.6 } },
  widenAlone: { 80: 1.3, 95: 2 },
  clean: CLEAN,
};
