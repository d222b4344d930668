import {
  type EtsParams,
  etsParams,
  etsSse,
  runEtsFilter,
} from './ets-filter.ts';
import { expForecast } from './exp-forecast.ts';
import { normalBounds } from './intervals.ts';
import { tailValues } from './log-cache.ts';
import { nelderMead } from './nelder-mead.ts';
import type { FittedBase, Forecaster, PointForecast } from './types.ts';

/** Fitted damped Holt–Winters: final states and parameters. */
export interface EtsFit extends FittedBase, EtsParams {
  readonly level: number;
  readonly trend: number;
  /** Seasonal states, position `i` for index `(n + i) mod m`. */
  readonly seasonal: readonly number[];
  readonly log: boolean;
  /** Optimiser coordinates of the parameters (a warm start for refits). */
  readonly x: readonly number[];
}

/** Where and how far the optimiser searches, and its evaluation budget. */
export interface EtsSearch {
  readonly start: readonly number[];
  readonly step: number;
  readonly budget: number;
}

/** The search from scratch. */
export const COLD_SEARCH: EtsSearch = {
  start: [0, -1, -1, 1],
  step: 1,
  budget: 30,
};

/** The search from an earlier fit's parameters, e.g. at a later origin. */
export const warmSearch = (x: readonly number[]): EtsSearch => ({
  start: x,
  step: 0.25,
  budget: 15,
});

/**
 * Fit damped Holt–Winters (additive trend damped by φ, additive seasonality)
 * by Nelder–Mead on the one-step SSE over the last `window` days; on logs
 * when `log` and every value is positive (multiplicative seasonality).
 *
 * @param values - finite series
 * @param season - season length
 * @param log - fit on logs
 * @param window - most recent days used
 * @param search - optimiser start, step and budget
 * @returns fitted state
 * @example
 * fitEts([10, 12, 11, 13, 12, 14, 13, 15], 2, true, 1096).phi;
 */
export function fitEts(
  values: readonly number[],
  season: number,
  log: boolean,
  window = 730,
  search: EtsSearch = COLD_SEARCH,
): EtsFit {
  const from = Math.max(0, values.length - window);
  const tail = tailValues(values, from, log);
  const useLog = tail.log;
  const y = Float64Array.from(tail.y);
  const m = y.length >= 2 * season ? season : 1;
  const scratch = new Float64Array(m);
  const best = nelderMead(
    (p) => etsSse(y, m, etsParams(p, m), scratch),
    search.start,
    search.step,
    search.budget,
  );
  const q = etsParams(best.x, m);
  const out = runEtsFilter(y, m, q);
  const sigma = Math.sqrt(out.sse / Math.max(1, y.length - 4));
  return { ...q, ...out, sigma, log: useLog, x: best.x };
}

/**
 * Predict from damped Holt–Winters, with the state-space variance.
 *
 * @param fit - from {@link fitEts}
 * @param horizon - days ahead
 * @param levels - levels in percent
 * @returns mean and bounds
 * @example
 * predictEts(fitEts(y, 7, true), 30, [80, 95]);
 */
export function predictEts(
  fit: EtsFit,
  horizon: number,
  levels: readonly number[],
): PointForecast {
  const m = fit.seasonal.length;
  const mu: number[] = [];
  const sd: number[] = [];
  // The deviations feed only the bounds: none without levels (backtests).
  const wide = levels.length > 0;
  let damp = 0;
  let phiH = 1;
  let v = 0;
  for (let h = 1; h <= horizon; h += 1) {
    phiH *= fit.phi; // φ^h
    damp += phiH;
    mu.push(fit.level + damp * fit.trend + fit.seasonal[(h - 1) % m]!);
    if (wide) sd.push(fit.sigma * Math.sqrt(1 + v));
    const c = fit.alpha + fit.beta * damp + (h % m === 0 ? fit.gamma : 0);
    v += c * c;
  }
  const b = normalBounds(mu, sd, levels);
  return fit.log ? expForecast(b, 0) : b;
}

function etsModel(name: string, log: boolean): Forecaster<EtsFit> {
  const fitThis = (values: readonly number[], season: number) =>
    fitEts(values, season, log);
  return {
    name,
    minLength: 14,
    fit: fitThis,
    refit: (values, season, earlier) =>
      fitEts(values, season, log, 730, warmSearch(earlier.x)),
    predict: predictEts,
    forecast: (values, season, horizon, levels) =>
      predictEts(fitThis(values, season), horizon, levels),
  };
}

/** Damped Holt–Winters with additive weekly seasonality. */
export const etsAdditive = etsModel('ets-additive', false);

/** Damped Holt–Winters on logs: multiplicative trend and seasonality. */
export const etsMultiplicative = etsModel('ets-multiplicative', true);
