/**
 * Smallest lasting rises divided out of the runs the intervals read
 * (`withoutLaterRises`; docs/architecture.md "The forecast engine",
 * Intervals) that `npm run bench:accuracy` tries, leave one family out,
 * as shares of the level before the rise; `false` divides none out. The
 * most cautious come first (none, then the largest rise), and a tie
 * keeps the earlier one: when the shared cases cannot tell two apart,
 * the threshold that changes fewer forecasts wins. None is finer than
 * 5 %: below it the test's other limit, three times the day-to-day noise,
 * decides alone on most series; none is coarser than 15 %: from about
 * 20 % the cleaning has already moved the history.
 */
export const RISE_GRID: readonly (number | false)[] = [
  false,
  0.15,
  0.1,
  0.075,
  0.05,
];

/**
 * The production threshold: the choice of most folds in
 * `npm run bench:accuracy` (a tie of counts keeps the earlier entry of
 * {@link RISE_GRID}).
 */
export const DEFAULT_RISE: number | false = 0.075;

/**
 * Short name of a rise threshold, e.g. `rise0.1`, or `rise-off`.
 *
 * @param rise - the threshold, `false` for none
 * @returns the name
 * @example
 * riseId(DEFAULT_RISE); // 'rise0.075'
 */
export function riseId(rise: number | false): string {
  return rise === false ? 'rise-off' : `rise${rise}`;
}
