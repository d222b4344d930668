import type { BacktestRun } from './backtest.ts';
import { quantile, zForLevel } from './stats.ts';

/**
 * Relative error scale per horizon step, from backtest errors: errors are
 * divided by the level at their origin, pooled in horizon bands, and a power
 * law σ(h) = a·h^b (0 ≤ b ≤ 1.5) is fitted to the band RMS by least squares
 * in logs, so it extends beyond the backtest horizon. It is not extended
 * below the first band's centre h₀ (bands are a sixth of the backtest
 * horizon wide, so h₀ is about a twelfth of it: 13 of 150 steps; the
 * first band with errors, should the first have none): σ(h) =
 * a·max(h, h₀)^b. The law's steepness comes from the later
 * bands, and under it the first days' σ would fall far below the day-to-
 * day noise that their errors are made of, so those errors would score as
 * the largest of all and widen every step's bound (docs/architecture.md
 * "The forecast engine", Intervals).
 *
 * @param runs - backtest runs
 * @param path - mean path of the forecast to calibrate, per run
 * @param horizon - steps wanted
 * @returns σ(h)/level for h = 1..horizon, or undefined without usable errors
 * @example
 * errorScale(runs, (r) => r.means['snaive-drift']!, 90);
 */
export function errorScale(
  runs: readonly BacktestRun[],
  path: (run: BacktestRun) => readonly number[],
  horizon: number,
): number[] | undefined {
  const law = errorLaw(runs, path);
  if (law === undefined) return undefined;
  const { a, b, h0 } = law;
  return Array.from(
    { length: horizon },
    (_, i) => a * Math.max(i + 1, h0) ** b,
  );
}

/**
 * The power law σ(h) = a·max(h, h₀)^b behind {@link errorScale}.
 *
 * @param runs - backtest runs
 * @param path - mean path of the forecast, per run
 * @returns a > 0, 0 ≤ b ≤ 1.5 and h₀ (the first band's centre), or
 *   undefined without usable errors
 * @example
 * errorLaw(runs, (r) => r.means['snaive-drift']!)?.b;
 */
export function errorLaw(
  runs: readonly BacktestRun[],
  path: (run: BacktestRun) => readonly number[],
): { a: number; b: number; h0: number } | undefined {
  const bands = bandRms(runs, path);
  if (bands.length === 0) return undefined;
  return { ...fitPowerLaw(bands), h0: bands[0]!.h };
}

function bandRms(
  runs: readonly BacktestRun[],
  path: (run: BacktestRun) => readonly number[],
): { h: number; s: number }[] {
  const len = Math.max(0, ...runs.map((r) => r.actual.length));
  const width = Math.max(1, Math.round(len / 6));
  const sum = new Float64Array(Math.ceil(len / width));
  const cnt = new Float64Array(sum.length);
  for (const run of runs) {
    if (!(run.level > 0)) continue;
    const mean = path(run);
    run.actual.forEach((y, i) => {
      const e = (y - mean[i]!) / run.level;
      if (!Number.isFinite(e)) return;
      const band = Math.floor(i / width);
      sum[band]! += e * e;
      cnt[band]! += 1;
    });
  }
  const out: { h: number; s: number }[] = [];
  for (let k = 0; k < sum.length; k += 1) {
    if (cnt[k]! > 0 && sum[k]! > 0) {
      out.push({
        // The band's middle step (from 1); the last band may be partial.
        h: k * width + (Math.min(width, len - k * width) + 1) / 2,
        s: Math.sqrt(sum[k]! / cnt[k]!),
      });
    }
  }
  return out;
}

function fitPowerLaw(bands: readonly { h: number; s: number }[]) {
  const xs = bands.map((p) => Math.log(p.h));
  const ys = bands.map((p) => Math.log(p.s));
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
  });
  const raw = sxx > 0 ? sxy / sxx : 0.5;
  const b = Math.min(1.5, Math.max(0, raw));
  return { a: Math.exp(my - b * mx), b };
}

/**
 * Interval multipliers per level from the backtest: the `level` quantile of
 * |error| / σ(h) over every scored point, so heavy tails widen intervals
 * and well-behaved errors keep normal ones. Falls back to the normal z
 * with fewer than 30 points; never below 0.9 z, so levels stay nested.
 *
 * @param runs - backtest runs
 * @param path - mean path per run
 * @param scale - σ(h)/level from {@link errorScale}
 * @param levels - levels in percent
 * @returns multiplier per level
 * @example
 * errorMultipliers(runs, path, errorScale(runs, path, 90)!, [80, 95]);
 */
export function errorMultipliers(
  runs: readonly BacktestRun[],
  path: (run: BacktestRun) => readonly number[],
  scale: readonly number[],
  levels: readonly number[],
): Record<number, number> {
  const ratios: number[] = [];
  for (const run of runs) {
    if (!(run.level > 0)) continue;
    const mean = path(run);
    run.actual.forEach((y, i) => {
      const s = scale[i];
      const e = Math.abs(y - mean[i]!) / run.level;
      if (s !== undefined && s > 0 && Number.isFinite(e)) ratios.push(e / s);
    });
  }
  let previous = 0;
  const out: Record<number, number> = {};
  for (const level of [...levels].sort((a, b) => a - b)) {
    const z = zForLevel(level);
    const q = ratios.length >= 30 ? quantile(ratios, level / 100) : z;
    out[level] = Math.max(previous, 0.9 * z, q);
    previous = out[level];
  }
  return out;
}
