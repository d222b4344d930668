import {
  type ChallengerSet,
  DEFAULT_SETTING,
  type EngineSetting,
  type SidedWidening,
} from './settings.ts';

/** Interval factors the benchmark tries, per level (absolute). */
export const WIDEN_GRID: readonly number[] = [
  0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.45, 1.6, 1.8, 2, 2.25, 2.5,
];

/** No widening on either side. */
const UNWIDENED: SidedWidening = {
  lower: { 80: 1, 95: 1 },
  upper: { 80: 1, 95: 1 },
};

type Point = Omit<EngineSetting, 'id' | 'scaleBy' | 'widen'>;
// The production setting's cleaning, which most points keep.
const CLEAN = DEFAULT_SETTING.clean;
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
 * `five` with the trend challengers (`CHALLENGERS`) at two margins and
 * with them and Prophet's trend at 0.25; `five-t3` and `five-t4` (Theta's
 * line at θ = 3 or 4) under the median and with those challengers.
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
  point('five', 'shrink', 0.25, CLEAN, 'trends+prophet'),
  ...(['five-t3', 'five-t4'] as const).flatMap((pool) => [
    point(pool, 'median', 0.25),
    point(pool, 'shrink', 0.25, CLEAN, 'trends+prophet'),
  ]),
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
