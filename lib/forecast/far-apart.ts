import { ForecastRangeError } from '#lib/errors';

/**
 * The smallest magnitude, at the scale a series is fitted at, whose
 * squares the engine's variances still hold: below about 1e-154 a square
 * vanishes, and a series whose most values lie there, scaled down to fit
 * a value 1e200 times larger (`decimalScale`), was forecast with
 * intervals of zero width, certain where it knew nothing.
 */
const TINY = 1e-150;

/**
 * Throws when most of a series' non-zero values would lie below `TINY`
 * once divided by `divisor`: its largest value is over 1e150 times most
 * of the others (a glitch, a unit slip), and no one scale fits both.
 *
 * @param values - daily values, non-finite where missing
 * @param divisor - what the values are divided by before fitting
 * @param peak - the index of the value of largest magnitude
 * @throws ForecastRangeError (reason `'far-apart'`) naming the peak
 * @example
 * assertNotFarApart([100, 101, 1e200, 102], 1e200, 2); // throws
 */
export function assertNotFarApart(
  values: readonly number[],
  divisor: number,
  peak: number,
): void {
  let nonZero = 0;
  let tiny = 0;
  for (const v of values) {
    if (v === 0 || !Number.isFinite(v)) continue;
    nonZero += 1;
    if (Math.abs(v / divisor) < TINY) tiny += 1;
  }
  if (tiny * 2 <= nonZero) return;
  const value = values[peak]!;
  throw new ForecastRangeError(
    `${value} is over 1e150 times most of its values: no one scale fits ` +
      'both (a glitch, or a unit slip?); remove it or leave it empty',
    peak,
    value,
    'far-apart',
  );
}
