import { mad, median } from './stats.ts';
import { logResiduals, OUTAGE, REF } from './step-residuals.ts';
import { mayStep } from './step-screen.ts';

/**
 * Thresholds of the step rule (tried leave-one-family-out in
 * `npm run bench:accuracy`, docs/architecture.md "Steps").
 */
export interface StepOptions {
  /** Smallest relative change of level that counts as a step (share). */
  readonly minChange: number;
  /** Day of a rise from which the mean forecast follows it. */
  readonly followUp: number;
  /** Day of a fall from which the mean forecast follows it. */
  readonly followDown: number;
  /** Share of the new level's days beyond the midpoint (default 0.8). */
  readonly hold?: number;
  /** Robust units of the old noise the change must clear (default 4). */
  readonly noiseUnits?: number;
}

/** A change of level in the last days of a series, not yet a level shift. */
export interface EndStep {
  /** Index of the first day at the new level. */
  readonly start: number;
  /** Days at the new level, up to the last observation. */
  readonly days: number;
  /** New level over the level before (1.7 = +70 %). */
  readonly ratio: number;
  /** Plausible range of the ratio (two standard errors of its estimate). */
  readonly range: readonly [number, number];
}

/** From this day of a change the interval covers both readings. */
export const WIDEN_DAYS = 3;
/** Longest step handled here; beyond, the level-shift cleaning follows. */
export const MAX_STEP_DAYS = 27;
/** Default share of the new level's days that lie beyond the midpoint. */
export const HOLD = 0.8;
/** Default robust units of the old level's noise the change must clear. */
export const NOISE_UNITS = 4;
/** Last days below this share of both levels are an outage, not the level. */
const LOW_END = 0.7;

/**
 * Find a step in the last {@link MAX_STEP_DAYS} days: the days from some
 * index on hold a new level (the weekly pattern of the 28 days before
 * removed, outage days ignored) at least `minChange` away from the old one
 * and clear of its noise, at least {@link HOLD} of them beyond the
 * midpoint, the first and second half of them at the same level (a
 * decaying spike is no step), and the day just before it not beyond the
 * midpoint (else the change began earlier); one or two low days at its end
 * are left out as an outage. Fewer than
 * {@link WIDEN_DAYS} days at the new level, or a new level of outage days
 * only, is no step (docs/architecture.md "Steps").
 *
 * @param y - finite, non-negative daily series (gaps filled)
 * @param season - season length
 * @param options - thresholds
 * @param screen - run the cheap screen first (it never changes the
 *   answer; false only to test that)
 * @returns the step, or undefined
 * @example
 * detectEndStep([...Array(60).fill(10), ...Array(6).fill(17)], 7,
 *   { minChange: 0.25, followUp: 4, followDown: 6 })?.days; // 6
 */
export function detectEndStep(
  y: readonly number[],
  season: number,
  options: StepOptions,
  screen = true,
): EndStep | undefined {
  const n = y.length;
  if (y.some((v) => v < 0)) return undefined;
  const first = Math.max(REF, n - MAX_STEP_DAYS);
  const last = n - WIDEN_DAYS;
  if (screen && !mayStep(y, season, options.minChange, first, last)) {
    return undefined;
  }
  for (let start = first; start <= last; start += 1) {
    const step = stepAt(y, start, season, options);
    if (step !== undefined) return step;
  }
  return undefined;
}

function stepAt(
  y: readonly number[],
  start: number,
  season: number,
  { minChange, hold = HOLD, noiseUnits = NOISE_UNITS }: StepOptions,
): EndStep | undefined {
  const resid = logResiduals(y, start, season);
  if (resid === undefined) return undefined;
  const { tail, before, noise } = resid;
  const kept = withoutLowEnd(tail).filter((r) => r > Math.log(OUTAGE));
  if (kept.length < WIDEN_DAYS || !(tail[0]! > Math.log(OUTAGE))) {
    return undefined;
  }
  const c = median(kept);
  const change = Math.exp(c) - 1;
  if (Math.abs(change) < minChange || Math.abs(c) < noiseUnits * noise) {
    return undefined;
  }
  const beyond = (r: number) => (c > 0 ? r > c / 2 : r < c / 2);
  if (!beyond(tail[0]!)) return undefined;
  if (kept.filter(beyond).length < hold * kept.length) return undefined;
  if (!holds(kept, c)) return undefined;
  if (beyond(before[0]!) || before.filter(beyond).length > 1) return undefined;
  const q = Math.max(
    0.03,
    (2 * Math.max(mad(kept), noise)) / Math.sqrt(kept.length),
  );
  return {
    start,
    days: y.length - start,
    ratio: Math.exp(c),
    range: [Math.exp(c - q), Math.exp(c + q)],
  };
}

/**
 * The days of a candidate level without an outage at its end: the last one
 * or two days when they lie {@link LOW_END} or less of both the old level
 * and the level of the days before them (at least {@link WIDEN_DAYS}), so
 * that an outage, even a partial one, does not hide a step.
 */
function withoutLowEnd(tail: readonly number[]): readonly number[] {
  for (let k = 2; k >= 1; k -= 1) {
    const rest = tail.slice(0, -k).filter((r) => r > Math.log(OUTAGE));
    if (rest.length < WIDEN_DAYS) continue;
    const low = Math.min(0, median(rest)) + Math.log(LOW_END);
    if (tail.slice(-k).every((r) => r < low)) return tail.slice(0, -k);
  }
  return tail;
}

/**
 * Whether the new level holds: the medians of the first and second half of
 * its days agree within half the change (a spike that decays back does not).
 */
function holds(kept: readonly number[], c: number): boolean {
  const half = Math.floor(kept.length / 2);
  const a = median(kept.slice(0, half));
  const b = median(kept.slice(half));
  return Math.abs(a - b) < Math.abs(c) / 2;
}
