import { mad, median } from './stats.ts';

/** Days before a candidate step that give the old level and weekly pattern. */
export const REF = 28;
/** A day below this share of its expectation is an outage day. */
export const OUTAGE = 0.1;
/** Values are floored at this share of the old level before taking logs. */
export const FLOOR = 1e-6;

/**
 * The phase of day `i` that shares a weekly factor: `i mod season` when
 * the {@link REF} days hold two seasons or more, else one phase.
 *
 * @param season - season length
 * @returns the number of phases
 * @example
 * phases(7); // 7
 */
export function phases(season: number): number {
  return season > 1 && REF >= 2 * season ? season : 1;
}

/**
 * Log residuals against the old level and weekly pattern (medians of the
 * {@link REF} days before `start`) of the days from `start` on, of the
 * three days before it, and the robust noise of the reference days
 * (outage days left out).
 *
 * @param y - finite, non-negative series
 * @param start - first day of the candidate new level
 * @param season - season length
 * @returns the residuals, or undefined when the old level is not positive
 * @example
 * logResiduals([...Array(28).fill(10), 20, 20, 20], 28, 7)?.tail; // [log 2 ×3]
 */
export function logResiduals(
  y: readonly number[],
  start: number,
  season: number,
) {
  const ref = y.slice(start - REF, start);
  const level = median(ref);
  if (!(level > 0)) return undefined;
  const log = (v: number) => Math.log(Math.max(v, FLOOR * level) / level);
  const m = phases(season);
  const phase = (i: number) => (((i - start) % m) + m) % m;
  const byPhase: number[][] = Array.from({ length: m }, () => []);
  ref.forEach((v, k) => {
    byPhase[phase(start - REF + k)]!.push(log(v));
  });
  const factor = byPhase.map((xs) => median(xs));
  const at = (i: number) => log(y[i]!) - factor[phase(i)]!;
  const refResid = ref.map((_, k) => at(start - REF + k));
  return {
    tail: y.slice(start).map((_, k) => at(start + k)),
    before: [1, 2, 3].map((k) => at(start - k)),
    noise: mad(refResid.filter((r) => r > Math.log(OUTAGE))),
  };
}
