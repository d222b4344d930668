/** Shared series of the Theta and seasonal-decomposition tests. */

/** A weekly pattern of multipliers, Monday first. */
export const PATTERN = [1, 1.1, 1.2, 1.15, 1.05, 0.8, 0.7];
/** A straight line: 1000, 1005, … (120 days). */
export const line = Array.from({ length: 120 }, (_, t) => 1000 + 5 * t);
/** PATTERN repeated for 30 weeks, at 500. */
export const weekly = Array.from(
  { length: 210 },
  (_, t) => 500 * PATTERN[t % 7]!,
);

/** The largest relative difference of `a` from `b`, element by element. */
export function relativeGap(
  a: readonly number[],
  b: readonly number[],
): number {
  return Math.max(...a.map((x, i) => Math.abs(x - b[i]!) / Math.abs(b[i]!)));
}
