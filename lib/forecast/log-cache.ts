import { ArrayCache } from './array-cache.ts';

/**
 * Logs of a series, computed once per array: at a backtest origin every
 * model receives the same training array, and several fit on logs. The
 * cache ({@link ArrayCache}) holds nothing once the array is gone and is
 * made again when the array's content changed, so it changes no result.
 */

interface Logs {
  readonly logs: Float64Array;
  /** Index of the last value ≤ 0 (−1 when every value is positive). */
  readonly lastNonPositive: number;
  /** The centred logs, when every value is positive (made once). */
  positive?: CentredLogs | null;
}

const cache = new ArrayCache<Logs>();

const logsEntry = (values: readonly number[]) => cache.get(values, takeLogs);

function takeLogs(values: readonly number[]): Logs {
  const logs = new Float64Array(values.length);
  let lastNonPositive = -1;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i]!;
    if (!(v > 0)) lastNonPositive = i;
    logs[i] = Math.log(v);
  }
  return { logs, lastNonPositive };
}

/**
 * The values from `from` on, as logs when `log` and all of them are
 * positive (otherwise as they are); a fresh array the caller may change.
 *
 * @param values - finite series
 * @param from - first index kept
 * @param log - whether logs are wanted
 * @returns the values (or logs) and whether logs were taken
 * @example
 * tailValues([1, Math.E, Math.E ** 2], 1, true); // { y: [1, 2], log: true }
 */
export function tailValues(
  values: readonly number[],
  from: number,
  log: boolean,
): { y: number[]; log: boolean } {
  const y = values.slice(from);
  if (!log) return { y, log };
  const { logs, lastNonPositive } = logsEntry(values);
  if (lastNonPositive >= from) return { y, log: false };
  for (let i = 0; i < y.length; i += 1) y[i] = logs[from + i]!;
  return { y, log: true };
}

/**
 * Whether every value from `from` on is positive (cached with the logs).
 *
 * @param values - finite series
 * @param from - first index checked
 * @returns true when all of `values[from..]` are > 0
 * @example
 * positiveFrom([0, 1, 2], 1); // true
 */
export function positiveFrom(values: readonly number[], from: number) {
  return logsEntry(values).lastNonPositive < from;
}

/** Logs less their mean, and the mean. */
export interface CentredLogs {
  /** log(y_t) − centre (not to be changed). */
  readonly logs: readonly number[];
  readonly centre: number;
}

/**
 * The logs of a series whose values are all positive, less their mean,
 * else null. The same array comes back for the same series while it is
 * unchanged, so models fit on it share what is cached by array (the
 * seasonal decomposition). Centred, the logs of a series times c are the
 * same numbers up to rounding (log c goes into the centre), so a model
 * that is exact for a shift of its input is, in floating point, also
 * unchanged by the unit; uncentred, their size (about 20 for bps) cost
 * digits in sums of squares of SES and optimised Theta, and their
 * forecasts of 3.7·y differed from 3.7 times those of y by up to 2 % of the
 * series' largest value.
 *
 * @param values - finite series
 * @returns the centred logs and their mean, or null when a value is ≤ 0
 * @example
 * centredLogs([1, Math.E ** 2]); // { logs: [-1, 1], centre: 1 }
 * centredLogs([0, 1]); // null
 */
export function centredLogs(values: readonly number[]): CentredLogs | null {
  const entry = logsEntry(values);
  if (entry.positive === undefined) {
    entry.positive = entry.lastNonPositive < 0 ? centre(entry.logs) : null;
  }
  return entry.positive;
}

function centre(logs: Float64Array): CentredLogs {
  let s = 0;
  for (let i = 0; i < logs.length; i += 1) s += logs[i]!;
  const mean = logs.length > 0 ? s / logs.length : 0;
  // Indexed into an array of the final length: `Array.from` of a typed
  // array went through its iterator, an object per value, and `push` grew
  // the array (a copy each time) as it went.
  const centred = new Array<number>(logs.length);
  for (let i = 0; i < logs.length; i += 1) centred[i] = logs[i]! - mean;
  return { logs: centred, centre: mean };
}
