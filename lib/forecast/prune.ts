import type { Forecaster } from './types.ts';

/** A model this much worse than the best at the latest origin is dropped. */
export const PRUNE_RATIO = 2;

/**
 * Models still worth backtesting after the latest origin: mean absolute
 * error at most {@link PRUNE_RATIO} times the best one's. The preferred
 * (first) model always stays. This decides only which models are scored
 * at the earlier origins; no fit sees data beyond its own origin.
 *
 * @param models - models run at the latest origin
 * @param means - their mean paths there
 * @param actual - the values they forecast
 * @param preferred - the model that is always kept
 * @returns the models to run at the earlier origins
 * @example
 * keepContenders(models, run.means, run.actual, models[0]);
 */
export function keepContenders(
  models: readonly Forecaster[],
  means: Readonly<Record<string, readonly number[]>>,
  actual: readonly number[],
  preferred: Forecaster | undefined,
): readonly Forecaster[] {
  const mae = (m: Forecaster) => {
    const path = means[m.name]!;
    let s = 0;
    for (let i = 0; i < actual.length; i += 1) {
      s += Math.abs(actual[i]! - path[i]!);
    }
    return s / Math.max(1, actual.length);
  };
  const err = new Map(models.map((m) => [m, mae(m)]));
  const best = Math.min(...[...err.values()].filter(Number.isFinite));
  return models.filter(
    (m) => m === preferred || err.get(m)! <= PRUNE_RATIO * best,
  );
}
