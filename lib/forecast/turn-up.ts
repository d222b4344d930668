import type { PreparedSeries } from './prepare.ts';
import { median } from './stats.ts';

/** Days averaged at each point: a whole week, so weekdays weigh alike. */
const WEEK = 7;
/** Most days after a week that give the level it is compared with. */
const AFTER = 28;
/** A series starts with a turn-up when its first week is under this share. */
const TURN_UP_SHARE = 0.5;
/** The turn-up ends on the first day whose week reaches this share… */
const SETTLED_SHARE = 0.9;
/** …and after which the series rises at most this fraction as fast. */
const SETTLED_SLOPE = 0.25;

/**
 * The days of a new link's turn-up at the start of a series
 * (docs/architecture.md "The forecast engine", turn-ups): the days of
 * zeros before its first traffic, then its ramp ({@link rampDays}). A
 * series with a negative value (not traffic) has none, nor does one with
 * under two weeks from its first traffic on (an idle link's one burst
 * is no turn-up), nor one of zeros only.
 *
 * @param y - finite daily values
 * @returns how many days to leave out at the start (0 when none)
 * @example
 * turnUpDays([0, 0, 0, 0, 0, 0, 0, ...Array(28).fill(10)]); // 7
 */
export function turnUpDays(y: readonly number[]): number {
  const zeros = y.findIndex((v) => v !== 0);
  if (zeros < 0 || y.length - zeros < 2 * WEEK || y.some((v) => v < 0)) {
    return 0;
  }
  return zeros + rampDays(zeros === 0 ? y : y.slice(zeros));
}

/**
 * The days of a ramp from the series' first day: its first week's mean is
 * under half the level after it (the median of up to four whole weeks
 * that follow), and the ramp ends on the first day where it settles
 * ({@link settledAt}). A series that never settles (still ramping up, or
 * growing that fast) has none: its trend is its own. Nor does one too
 * short to show a week and the week after it.
 */
function rampDays(y: readonly number[]): number {
  if (y.length < 2 * WEEK) return 0;
  const start = levelAfter(y, 0);
  if (!(start > 0 && weekMean(y, 0) < TURN_UP_SHARE * start)) return 0;
  for (let d = 1; d + 2 * WEEK <= y.length; d += 1) {
    if (settledAt(y, d)) return d;
  }
  return 0;
}

/**
 * Whether the turn-up is over at day `d`: the week from `d` reaches 90 %
 * of the level after it, and from that week to the last one the series
 * rises at most a quarter as fast (per day) as it did from the first
 * week to that one. A ramp that goes on at its pace never settles,
 * however close each week comes to the next.
 */
function settledAt(y: readonly number[], d: number): boolean {
  const week = weekMean(y, d);
  if (!(week >= SETTLED_SHARE * levelAfter(y, d))) return false;
  const rise = (week - weekMean(y, 0)) / d;
  const since = (weekMean(y, y.length - WEEK) - week) / (y.length - WEEK - d);
  return since <= SETTLED_SLOPE * rise;
}

/**
 * The series without its turn-up ({@link turnUpDays}): the first days
 * left out, as leading gaps are (`offset` moves on), the observed days
 * counted again, and a warning saying how many days were left out.
 *
 * @param prepared - the gap-filled series
 * @param warnings - receives the warning, if there was a turn-up
 * @returns the series from the end of its turn-up
 * @example
 * trimTurnUp(fillGaps(values), warnings).offset;
 */
export function trimTurnUp(
  prepared: PreparedSeries,
  warnings: string[],
): PreparedSeries {
  const days = turnUpDays(prepared.values);
  if (days === 0) return prepared;
  warnings.push(
    `turn-up: left out its first ${days} days, which ramped up to the ` +
      'level it carries since (the trend is fitted on the days after)',
  );
  const filled = prepared.cleaned.filter((c) => c.index < days).length;
  return {
    offset: prepared.offset + days,
    values: prepared.values.slice(days),
    cleaned: prepared.cleaned
      .filter((c) => c.index >= days)
      .map((c) => ({ ...c, index: c.index - days })),
    observed: prepared.observed - (days - filled),
  };
}

function weekMean(y: readonly number[], from: number): number {
  let sum = 0;
  for (let i = from; i < from + WEEK; i += 1) sum += y[i]!;
  return sum / WEEK;
}

/** The median of the whole weeks (up to four) after the week at `from`. */
function levelAfter(y: readonly number[], from: number): number {
  const begin = from + WEEK;
  const weeks = Math.min(AFTER, y.length - begin) / WEEK;
  const days = Math.floor(weeks) * WEEK;
  return days < WEEK ? Number.NaN : median(y.slice(begin, begin + days));
}
