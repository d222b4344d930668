import { mad } from './stats.ts';

/** Days of history behind a noise scale. */
export const NOISE_WINDOW = 56;

/**
 * Robust noise scale of a series before `end`: the MAD of the seasonal
 * differences y_t − y_{t−m} over the last {@link NOISE_WINDOW} days,
 * divided by √2 (each difference holds two noise terms).
 *
 * @param values - finite series
 * @param end - index after the last day used
 * @param season - season length
 * @returns the noise standard deviation (0 when too short)
 * @example
 * noiseScale([1, 3, 1, 3, 1, 3], 6, 2); // 0
 */
export function noiseScale(
  values: readonly number[],
  end: number,
  season: number,
): number {
  const m = Math.max(1, season);
  const from = Math.max(m, end - NOISE_WINDOW);
  const diffs: number[] = [];
  for (let t = from; t < end; t += 1) diffs.push(values[t]! - values[t - m]!);
  return diffs.length === 0 ? 0 : mad(diffs) / Math.SQRT2;
}
