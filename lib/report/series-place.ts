import { compareCodePoints } from '#lib/domain/code-point-order';
import type { ForecastPointsSeries } from './forecast-points.ts';

/** Where a series sorts in a run's points: by ISP, then level and key. */
export type SeriesPlace = Pick<ForecastPointsSeries, 'isp' | 'level' | 'key'>;

/**
 * Orders series by ISP, then level, then key, in UTF-16 code units
 * (`compareCodePoints`): the order of a run's parts.
 *
 * @example
 * [b, a].sort(comparePlaces);
 */
export function comparePlaces(a: SeriesPlace, b: SeriesPlace): number {
  return (
    compareCodePoints(a.isp, b.isp) ||
    compareCodePoints(a.level, b.level) ||
    compareCodePoints(a.key, b.key)
  );
}

/**
 * The index of the first of the sorted `places` at or after `place`
 * (binary search).
 *
 * @example
 * firstPlaceAtLeast(sorted, part.first);
 */
export function firstPlaceAtLeast(
  places: readonly SeriesPlace[],
  place: SeriesPlace,
): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comparePlaces(places[middle]!, place) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
