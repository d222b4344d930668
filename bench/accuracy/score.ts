/** Scores of cut forecasts, with the bounds widened about the mean post hoc. */
import type { Scored } from './data.ts';

/** Scores of one case. */
export interface CaseScore {
  readonly mase: number;
  readonly smape: number;
  readonly msis: number;
  /** Test days inside the 80 % and 95 % intervals, and test days. */
  readonly in80: number;
  readonly in95: number;
  /** Test days above the 80 % and 95 % upper bounds, and below the lower. */
  readonly over80: number;
  readonly over95: number;
  readonly under80: number;
  readonly under95: number;
  readonly days: number;
}

/**
 * Score one case, the lower bounds' distances to the mean multiplied by
 * `w80` and `w95`, the upper ones' by `u80` and `u95` (the same unless
 * given).
 * Widening about the mean is exactly what the engine's `widen` does: a
 * bound clamped at 0 stays at 0 when widened.
 *
 * @param s - cut forecast
 * @param w80 - factor at 80 %
 * @param w95 - factor at 95 %
 * @param u80 - factor above the mean at 80 %
 * @param u95 - factor above the mean at 95 %
 * @returns the scores (MASE, sMAPE, MSIS as the datasets' scoring tool)
 */
export function scoreCase(
  s: Scored,
  w80 = 1,
  w95 = 1,
  u80 = w80,
  u95 = w95,
): CaseScore {
  let ae = 0;
  let ape = 0;
  let is = 0;
  let in80 = 0;
  let in95 = 0;
  let [over80, over95, under80, under95] = [0, 0, 0, 0];
  const n = s.y.length;
  for (let i = 0; i < n; i += 1) {
    const [y, m] = [s.y[i]!, s.mean[i]!];
    const widen = (b: number, w: number) => m + w * (b - m);
    const [l8, u8] = [
      Math.max(0, widen(s.lo80[i]!, w80)),
      widen(s.hi80[i]!, u80),
    ];
    const [l9, u9] = [
      Math.max(0, widen(s.lo95[i]!, w95)),
      widen(s.hi95[i]!, u95),
    ];
    ae += Math.abs(y - m);
    const d = Math.abs(y) + Math.abs(m);
    ape += d > 0 ? (200 * Math.abs(y - m)) / d : 0;
    if (y >= l8 && y <= u8) in80 += 1;
    if (y >= l9 && y <= u9) in95 += 1;
    if (y > u8) over80 += 1;
    if (y > u9) over95 += 1;
    if (y < l8) under80 += 1;
    if (y < l9) under95 += 1;
    is += u9 - l9 + (2 / 0.05) * (Math.max(0, l9 - y) + Math.max(0, y - u9));
  }
  return {
    mase: ae / n / s.scale,
    smape: ape / n,
    msis: is / n / s.scale,
    in80,
    in95,
    over80,
    over95,
    under80,
    under95,
    days: n,
  };
}

/** Pooled summary of case scores. */
export interface Summary {
  readonly cases: number;
  readonly mase: number;
  readonly smape: number;
  readonly msis: number;
  readonly cov80: number;
  readonly cov95: number;
  /** Per cent of test days above the 80 % and 95 % upper bounds. */
  readonly over80: number;
  readonly over95: number;
}

/**
 * Mean MASE, sMAPE and MSIS over cases; coverage, and the share of days
 * above the upper bounds, pooled over test days.
 *
 * @param scores - case scores
 * @returns the summary
 */
export function summarize(scores: readonly CaseScore[]): Summary {
  const mean = (f: (s: CaseScore) => number) =>
    scores.reduce((a, s) => a + f(s), 0) / scores.length;
  const days = scores.reduce((a, s) => a + s.days, 0);
  return {
    cases: scores.length,
    mase: mean((s) => s.mase),
    smape: mean((s) => s.smape),
    msis: mean((s) => s.msis),
    cov80: (100 * scores.reduce((a, s) => a + s.in80, 0)) / days,
    cov95: (100 * scores.reduce((a, s) => a + s.in95, 0)) / days,
    over80: (100 * scores.reduce((a, s) => a + s.over80, 0)) / days,
    over95: (100 * scores.reduce((a, s) => a + s.over95, 0)) / days,
  };
}

/**
 * One line of summary figures (mean MASE, coverage at 80 and 95 %, MSIS,
 * per cent of days above the 80 % upper bound) under a name.
 *
 * @param name - the line's name
 * @param scores - the cases' scores
 * @returns the line
 */
export function summaryLine(name: string, scores: readonly CaseScore[]) {
  const s = summarize(scores);
  return `${name.padEnd(34)} MASE ${s.mase.toFixed(3)}  cov80 ${s.cov80.toFixed(1)}  cov95 ${s.cov95.toFixed(1)}  MSIS ${s.msis.toFixed(2)}  >up80 ${s.over80.toFixed(1)}`;
}
