import type { SeriesForecast } from '#lib/domain/forecast';
import { ForecastRangeError } from '#lib/errors';
import { allFinite } from './stats.ts';

/**
 * Series of extreme magnitude are forecast at an ordinary one: squares and
 * sums of squares (variances, least squares) overflow beyond about 1e154
 * and vanish below about 1e-154, which gave other means, zero-width
 * intervals (at 1e160 and 1e-200) and NaN (near 1.8e308). A series whose
 * largest magnitude lies in [1e-100, 1e100) is forecast as it is; any
 * other is divided by the power of 10^20 that brings its largest
 * magnitude into [1e-4, 1e16), where traffic in bps, counts and rates
 * lie, and its forecast multiplied back. The engine's forecast of c·y is
 * c times its forecast of y up to rounding (docs/architecture.md "The
 * forecast engine"), so the divisor only has to keep the values of an
 * ordinary magnitude; a power of 10^20 also lands a series multiplied by
 * 10^20k (1e160, 1e200, 1e-200, 1e-300) on itself.
 */
const SAFE_LOW = 1e-100;
const SAFE_HIGH = 1e100;
/** Decades per step of the divisor. */
const STEP = 20;
/** First decade of the range extreme series are brought into. */
const LANDING = -4;
/** Largest step: 1e±300 is a normal double (1e-320 would not be). */
const MAX_STEPS = 15;

/** How a series is scaled before fitting. */
export interface DecimalScale {
  /** The values are divided by it, the forecast multiplied (1: neither). */
  readonly divisor: number;
  /** Index of the finite value of largest magnitude; −1 when none. */
  readonly peak: number;
}

/**
 * The divisor that brings a series of extreme magnitude to an ordinary
 * one (1 for an ordinary series), and where its largest value is.
 *
 * @param values - daily values, non-finite where missing
 * @returns the divisor and the index of the largest magnitude
 * @example
 * decimalScale([3e200, Number.NaN, 5e200]); // { divisor: 1e200, peak: 2 }
 */
export function decimalScale(values: readonly number[]): DecimalScale {
  let peak = -1;
  let top = 0;
  for (let i = 0; i < values.length; i += 1) {
    const a = Math.abs(values[i]!);
    if (a > top && a !== Number.POSITIVE_INFINITY) {
      top = a;
      peak = i;
    }
  }
  return { divisor: divisorFor(top), peak };
}

/**
 * The divisor of a series of largest magnitude `top` ({@link decimalScale}).
 *
 * @param top - the series' largest finite magnitude
 * @returns a power of 10^20: 1 in [1e-100, 1e100) or at 0
 * @example
 * divisorFor(5e200); // 1e200
 */
export function divisorFor(top: number): number {
  if (top === 0 || (top >= SAFE_LOW && top < SAFE_HIGH)) return 1;
  const steps = Math.floor((Math.log10(top) - LANDING) / STEP);
  const k = STEP * Math.max(-MAX_STEPS, Math.min(MAX_STEPS, steps));
  return Number(`1e${k}`); // the double nearest 10^k (10 ** k may miss it)
}

/**
 * Forecast a series at an ordinary magnitude: divided by the divisor of
 * {@link decimalScale} (when it is not 1) and the forecast multiplied
 * back, then checked to be finite.
 *
 * @param values - daily values, non-finite where missing
 * @param forecast - the engine on values of an ordinary magnitude
 * @returns the forecast in the series' unit
 * @throws ForecastRangeError when a number of the forecast is not finite
 *   (values near the largest double, about 1.8e308), naming the largest
 *   value
 * @example
 * atOrdinaryScale([3e200, 5e200], engine).mean; // engine([3, 5]).mean × 1e200
 */
export function atOrdinaryScale(
  values: readonly number[],
  forecast: (values: readonly number[]) => SeriesForecast,
): SeriesForecast {
  const { divisor, peak } = decimalScale(values);
  const f =
    divisor === 1
      ? forecast(values)
      : scaleBack(forecast(values.map((v) => v / divisor)), divisor);
  assertInRange(f, values, peak);
  return f;
}

/**
 * Means, bounds and cleaned points multiplied back; the backtest's scores,
 * the step's change and the warnings are ratios or words.
 */
function scaleBack(f: SeriesForecast, divisor: number): SeriesForecast {
  const up = (x: number) => x * divisor;
  const bounds = (b: SeriesForecast['lower']) =>
    Object.fromEntries(Object.entries(b).map(([l, xs]) => [l, xs.map(up)]));
  return {
    ...f,
    mean: f.mean.map(up),
    lower: bounds(f.lower),
    upper: bounds(f.upper),
    cleaned: f.cleaned.map((c) => ({
      ...c,
      original: up(c.original),
      replacement: up(c.replacement),
    })),
  };
}

/** Throws unless every number of the forecast is finite. */
function assertInRange(
  f: SeriesForecast,
  values: readonly number[],
  peak: number,
): void {
  if (allFiniteForecast(f)) return;
  const value = values[peak] ?? Number.NaN;
  throw new ForecastRangeError(
    'the forecast exceeds the largest number a double holds (about ' +
      `1.8e308): values this large cannot be forecast (largest ${value})`,
    peak,
    value,
  );
}

/**
 * Whether every mean, bound and replacement is finite. Readable form:
 * `[f.mean, ...bounds].every((xs) => xs.every(Number.isFinite))`, which
 * cost 0.6 % of a forecast's time, run on every series.
 */
function allFiniteForecast(f: SeriesForecast): boolean {
  const rows = [f.mean, ...Object.values(f.lower), ...Object.values(f.upper)];
  for (const xs of rows) if (!allFinite(xs)) return false;
  for (const c of f.cleaned) if (!Number.isFinite(c.replacement)) return false;
  return true;
}
