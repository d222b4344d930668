import type { BacktestRun } from './backtest.ts';
import { errorLaw, errorScale } from './calibrate.ts';
import type { RankedCandidate } from './score-runs.ts';

/**
 * σ(h) of the chosen forecast, but never below the median σ(h) of all the
 * single models: a model chosen for a lucky backtest keeps honest intervals.
 *
 * @param runs - backtest runs
 * @param path - the chosen forecast's mean path per run
 * @param ranked - every scored candidate
 * @param steps - horizon steps wanted
 * @returns σ(h)/level per step, undefined without usable errors
 * @example
 * guardedScale(runs, best.path, ranked, 365);
 */
export function guardedScale(
  runs: readonly BacktestRun[],
  path: (run: BacktestRun) => readonly number[],
  ranked: readonly RankedCandidate[],
  steps: number,
): number[] | undefined {
  const own = errorScale(runs, path, steps);
  if (own === undefined) return undefined;
  const laws = ranked
    .filter((c) => c.members.length === 1)
    .map((c) => errorLaw(runs, c.path))
    .filter((x) => x !== undefined);
  // Readable form: median over the laws of a·max(h, h₀)^b, per step. Each
  // law is a line in log h past its h₀, so the median is taken on logs
  // and exponentiated.
  // The logs of h and of each h₀ are taken once, not once per law and step.
  const logA = laws.map((l) => Math.log(l.a));
  const logH0 = laws.map((l) => Math.log(l.h0));
  const logs = new Float64Array(laws.length);
  // An indexed loop: from `map`'s callback each value came back as a heap
  // number.
  const out = new Array<number>(own.length);
  for (let i = 0; i < own.length; i += 1) {
    const logH = Math.log(i + 1);
    for (let j = 0; j < logs.length; j += 1) {
      const law = laws[j]!;
      // log max(h, h₀), from the logs taken above.
      const past = i + 1 >= law.h0 ? logH : logH0[j]!;
      logs[j] = logA[j]! + law.b * past;
    }
    out[i] = Math.max(own[i]!, expMedian(logs));
  }
  return out;
}

/** Median of exp(x) over a few x (sorted in place); NaN when empty. */
function expMedian(x: Float64Array): number {
  for (let i = 1; i < x.length; i += 1) {
    const v = x[i]!;
    let j = i - 1;
    for (; j >= 0 && x[j]! > v; j -= 1) x[j + 1] = x[j]!;
    x[j + 1] = v;
  }
  const n = x.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  if (n % 2 === 1) return Math.exp(x[mid]!);
  return (Math.exp(x[mid - 1]!) + Math.exp(x[mid]!)) / 2;
}
