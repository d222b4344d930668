import type { PointForecast } from './types.ts';

/**
 * A forecast of logs taken back to the series' scale: exp(x + centre) of
 * the mean and of every bound (the median on the original scale). Filled
 * in indexed loops: from `map`'s callback each value came back as a heap
 * number, twice the bytes of the array itself.
 *
 * @param p - the forecast of the (centred) logs
 * @param centre - what was taken off the logs before fitting (0 if nothing)
 * @returns the forecast on the original scale
 * @example
 * expForecast({ mean: [0], lower: { 80: [-1] }, upper: { 80: [1] } }, 0)
 *   .mean; // [1]
 */
export function expForecast(p: PointForecast, centre: number): PointForecast {
  const bounds = (r: PointForecast['lower']) =>
    Object.fromEntries(
      Object.entries(r).map(([k, a]) => [k, expEach(a, centre)]),
    );
  return {
    mean: expEach(p.mean, centre),
    lower: bounds(p.lower),
    upper: bounds(p.upper),
  };
}

function expEach(xs: readonly number[], centre: number): number[] {
  const out = new Array<number>(xs.length);
  for (let i = 0; i < xs.length; i += 1) out[i] = Math.exp(xs[i]! + centre);
  return out;
}
