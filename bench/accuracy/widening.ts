/**
 * The widening of a setting's bounds, per level and side, whose share of
 * test days outside them is closest to nominal on the training cases:
 * the interval part of every leave-one-family-out choice
 * (docs/architecture.md "The forecast engine").
 */
import type { SettingRun } from './lofo.ts';
import { scoreCase } from './score.ts';

/** Which days a widening is fitted on: below, above, or either side. */
type Side = 'under' | 'over' | 'both';

/** Per cent of test days outside a level's bounds on `side`. */
function outsideAt(
  run: SettingRun,
  idx: number[],
  level: 80 | 95,
  side: Side,
  w: number,
) {
  let out = 0;
  let days = 0;
  for (const i of idx) {
    const f = w / run.base;
    const s = scoreCase(run.cut[i]!, f, f);
    const over = level === 80 ? s.over80 : s.over95;
    const under = level === 80 ? s.under80 : s.under95;
    out += side === 'over' ? over : side === 'under' ? under : over + under;
    days += s.days;
  }
  return (100 * out) / days;
}

/** A fitted widening, below and above the mean, and its coverage gap. */
export interface FittedWidening {
  readonly w80: number;
  readonly w95: number;
  readonly u80: number;
  readonly u95: number;
  readonly gap: number;
}

/**
 * The widening per level of `run` whose share of days outside the bounds
 * is closest to nominal on the cases `idx`: each side on its own
 * (`sided`, the engine's calibrated intervals), or both sides by one
 * factor (the intervals of a model alone, symmetric).
 *
 * @param run - one setting's results
 * @param idx - the training cases
 * @param grid - widening factors
 * @param sided - fit each side on its own
 * @returns the factors and the summed gap in points
 */
export function fitWidening(
  run: SettingRun,
  idx: number[],
  grid: readonly number[],
  sided = true,
): FittedWidening {
  // The 95 % factor is searched from the 80 % one up: nested bounds.
  const best = (level: 80 | 95, side: Side, from = grid[0]!) => {
    const target = side === 'both' ? 100 - level : (100 - level) / 2;
    let pick = { w: from, gap: Number.POSITIVE_INFINITY };
    for (const w of grid.filter((x) => x >= from)) {
      const gap = Math.abs(outsideAt(run, idx, level, side, w) - target);
      if (gap < pick.gap - 1e-9) pick = { w, gap };
    }
    return pick;
  };
  const fitSide = (side: Side) => {
    const a = best(80, side);
    const b = best(95, side, a.w);
    return { w80: a.w, w95: b.w, gap: a.gap + b.gap };
  };
  if (!sided) {
    const both = fitSide('both');
    return { ...both, u80: both.w80, u95: both.w95 };
  }
  const [under, over] = [fitSide('under'), fitSide('over')];
  return {
    w80: under.w80,
    w95: under.w95,
    u80: over.w80,
    u95: over.w95,
    gap: under.gap + over.gap,
  };
}
