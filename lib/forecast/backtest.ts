import { keepContenders } from './prune.ts';
import { allFinite } from './stats.ts';
import type { Forecaster } from './types.ts';

/** Rolling origins (training lengths) and the horizon scored at each. */
export interface BacktestPlan {
  readonly origins: readonly number[];
  readonly horizon: number;
}

/** Forecast means of each model at one origin, beside the actuals. */
export interface BacktestRun {
  readonly origin: number;
  readonly actual: readonly number[];
  /** Recent level at the origin (mean |y| of the last season). */
  readonly level: number;
  /** Model name → mean path (NaN-filled when the model failed). */
  readonly means: Readonly<Record<string, readonly number[]>>;
  /** Model name → fitted state, at the latest origin only (for refits). */
  readonly fits?: Readonly<Record<string, unknown>>;
}

/**
 * Plan a rolling-origin backtest: horizon clamped to the decision range
 * (30–180 days, and at most a third of the series), up to `maxOrigins`
 * origins spaced half a horizon apart, each keeping `minTrain` days.
 *
 * @param n - series length
 * @param horizon - forecast horizon requested
 * @param minTrain - fewest training days at an origin
 * @param maxOrigins - most origins
 * @returns origins (latest first) and the scored horizon
 * @example
 * planBacktest(730, 365, 180, 3); // { origins: [550, 460, 370], horizon: 180 }
 */
export function planBacktest(
  n: number,
  horizon: number,
  minTrain: number,
  maxOrigins = 3,
): BacktestPlan {
  const h = Math.max(
    1,
    Math.min(Math.max(30, Math.min(horizon, 180)), Math.floor(n / 3)),
  );
  const step = Math.max(7, Math.round(h / 2));
  const origins: number[] = [];
  for (let o = n - h; o >= minTrain && origins.length < maxOrigins; o -= step) {
    origins.push(o);
  }
  return { origins, horizon: h };
}

/**
 * Run every model at the latest origin of the plan, then only those still
 * in contention ({@link keepContenders}) at the earlier origins; a dropped
 * model is removed from every run. The fits at the latest origin are kept
 * (`fits`) so that the final fit can start from them. A model that throws
 * or returns non-finite values gets a NaN path (scored as failed).
 *
 * @param values - finite series
 * @param models - candidates
 * @param plan - from {@link planBacktest}
 * @param season - season length
 * @param actuals - what to score against (default `values`; pass the
 *   uncleaned series so that intervals learn about outliers too)
 * @param prune - drop weak models after the latest origin (false keeps
 *   every model at every origin, as combinations need)
 * @returns one run per origin
 * @example
 * runBacktest(y, [seasonalNaive], planBacktest(y.length, 90, 60), 7);
 */
export function runBacktest(
  values: readonly number[],
  models: readonly Forecaster[],
  plan: BacktestPlan,
  season: number,
  actuals: readonly number[] = values,
  prune = true,
): BacktestRun[] {
  let active = models;
  return plan.origins.map((origin, k) => {
    const train = values.slice(0, origin);
    const actual = actuals.slice(origin, origin + plan.horizon);
    const level = recentLevel(train, season);
    const means: Record<string, readonly number[]> = {};
    const fits: Record<string, unknown> = {};
    for (const model of active) {
      const run = safeRun(model, train, season, actual.length);
      means[model.name] = run.mean;
      if (run.fit !== undefined) fits[model.name] = run.fit;
    }
    if (k === 0 && prune)
      active = keepContenders(active, means, actual, models[0]);
    for (const name of Object.keys(means)) {
      if (!active.some((m) => m.name === name)) delete means[name];
    }
    return { origin, actual, level, means, ...(k === 0 ? { fits } : {}) };
  });
}

function safeRun(
  model: Forecaster,
  train: readonly number[],
  season: number,
  horizon: number,
): { mean: readonly number[]; fit?: unknown } {
  try {
    const fit = model.fit(train, season);
    const m = model.predict(fit, horizon, []).mean;
    if (m.length === horizon && allFinite(m)) return { mean: m, fit };
  } catch {
    // a failing model is scored as failed, below
  }
  return { mean: Array.from({ length: horizon }, () => Number.NaN) };
}

/**
 * Mean absolute value of the last `season` observations (at least one).
 *
 * @param values - finite series
 * @param season - season length
 * @returns the recent level (0 for an empty series)
 * @example
 * recentLevel([1, -3, 5], 2); // 4
 */
export function recentLevel(values: readonly number[], season: number) {
  const k = Math.min(values.length, Math.max(1, season));
  let s = 0;
  for (let i = values.length - k; i < values.length; i += 1) {
    s += Math.abs(values[i]!);
  }
  return k === 0 ? 0 : s / k;
}
