/** Days averaged at each end, so that the weekly cycle cancels out. */
const WINDOW = 7;

/**
 * Annualised growth in percent between the start of `base` and the end of
 * `series` (compound: `(end / start)^(365 / span) − 1`). Each end is the
 * mean of 7 days, so the weekly cycle cancels out; with fewer than 14 days
 * the first and last day are used.
 *
 * @param series - forecast values whose end is compared (mean or a bound)
 * @param base - forecast values whose start is the reference (the mean)
 * @returns growth in % per year; 0 when it cannot be computed
 * @example
 * growthPctPerYear(meanOf366Days, meanOf366Days); // e.g. 25
 */
export function growthPctPerYear(
  series: readonly number[],
  base: readonly number[] = series,
): number {
  const days = Math.min(series.length, base.length);
  if (days < 2) return 0;
  const window = days >= 2 * WINDOW ? WINDOW : 1;
  const start = average(base.slice(0, window));
  const end = average(series.slice(days - window, days));
  const span = days - window;
  if (!(start > 0) || !(end > 0)) return 0;
  return ((end / start) ** (365 / span) - 1) * 100;
}

function average(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return Number.NaN;
  return finite.reduce((total, value) => total + value, 0) / finite.length;
}
