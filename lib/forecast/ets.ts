import { normalBounds } from './intervals.ts';
import { nelderMead } from './nelder-mead.ts';
import type { FittedBase, Forecaster, PointForecast } from './types.ts';

/** Smoothing parameters of damped Holt–Winters. */
export interface EtsParams {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly phi: number;
}

/** Fitted damped Holt–Winters: final states and parameters. */
export interface EtsFit extends FittedBase, EtsParams {
  readonly level: number;
  readonly trend: number;
  /** Seasonal states, position `i` for index `(n + i) mod m`. */
  readonly seasonal: readonly number[];
  readonly log: boolean;
}

const sig = (x: number) => 1 / (1 + Math.exp(-x));

function params(p: readonly number[], m: number): EtsParams {
  const alpha = 0.01 + 0.98 * sig(p[0]!);
  return {
    alpha,
    beta: alpha * 0.5 * sig(p[1]!),
    gamma: m > 1 ? (1 - alpha) * 0.5 * sig(p[2]!) : 0,
    phi: 0.8 + 0.18 * sig(p[3]!),
  };
}

/** Run the filter; returns the SSE and the final states. */
function filter(y: Float64Array, m: number, q: EtsParams) {
  const n = y.length;
  let l = 0;
  for (let j = 0; j < m; j += 1) l += y[j]! / m;
  let b = 0;
  if (n >= 2 * m) {
    for (let j = m; j < 2 * m; j += 1) b += y[j]! / m;
    b = (b - l) / m;
  }
  const s = new Float64Array(m);
  for (let j = 0; j < m; j += 1) s[j] = m > 1 ? y[j]! - l : 0;
  let sse = 0;
  const { alpha, beta, gamma, phi } = q;
  for (let t = 0, k = 0; t < n; t += 1, k = k + 1 === m ? 0 : k + 1) {
    const pb = phi * b;
    const e = y[t]! - (l + pb + s[k]!);
    sse += e * e;
    l += pb + alpha * e;
    b = pb + beta * e;
    s[k]! += gamma * e;
  }
  const seasonal = Array.from({ length: m }, (_, i) => s[(n + i) % m]!);
  return { sse, level: l, trend: b, seasonal };
}

/**
 * Fit damped Holt–Winters (additive trend damped by φ, additive seasonality)
 * by Nelder–Mead on the one-step SSE over the last `window` days; on logs
 * when `log` and every value is positive (multiplicative seasonality).
 *
 * @param values - finite series
 * @param season - season length
 * @param log - fit on logs
 * @param window - most recent days used
 * @returns fitted state
 * @example
 * fitEts([10, 12, 11, 13, 12, 14, 13, 15], 2, true, 1096).phi;
 */
export function fitEts(
  values: readonly number[],
  season: number,
  log: boolean,
  window = 730,
): EtsFit {
  const used = values.slice(Math.max(0, values.length - window));
  const useLog = log && used.every((v) => v > 0);
  const m = used.length >= 2 * season ? season : 1;
  const y = Float64Array.from(used, (v) => (useLog ? Math.log(v) : v));
  const best = nelderMead(
    (p) => filter(y, m, params(p, m)).sse,
    [0, -1, -1, 1],
    1,
    90,
  );
  const q = params(best.x, m);
  const out = filter(y, m, q);
  const sigma = Math.sqrt(out.sse / Math.max(1, y.length - 4));
  return { ...q, ...out, sigma, log: useLog };
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
  let damp = 0;
  let v = 0;
  for (let h = 1; h <= horizon; h += 1) {
    damp += fit.phi ** h;
    mu.push(fit.level + damp * fit.trend + fit.seasonal[(h - 1) % m]!);
    sd.push(fit.sigma * Math.sqrt(1 + v));
    const c = fit.alpha + fit.beta * damp + (h % m === 0 ? fit.gamma : 0);
    v += c * c;
  }
  const b = normalBounds(mu, sd, levels);
  if (!fit.log) return b;
  const ex = (r: Readonly<Record<number, readonly number[]>>) =>
    Object.fromEntries(Object.entries(r).map(([k, a]) => [k, a.map(Math.exp)]));
  return { mean: b.mean.map(Math.exp), lower: ex(b.lower), upper: ex(b.upper) };
}

function etsModel(name: string, log: boolean): Forecaster<EtsFit> {
  const fitThis = (values: readonly number[], season: number) =>
    fitEts(values, season, log);
  return {
    name,
    minLength: 14,
    fit: fitThis,
    predict: predictEts,
    forecast: (values, season, horizon, levels) =>
      predictEts(fitThis(values, season), horizon, levels),
  };
}

/** Damped Holt–Winters with additive weekly seasonality. */
export const etsAdditive = etsModel('ets-additive', false);

/** Damped Holt–Winters on logs: multiplicative trend and seasonality. */
export const etsMultiplicative = etsModel('ets-multiplicative', true);
