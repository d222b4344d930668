import type { AccuracyRow } from './report-input.ts';

/** Errors of one series (or all) at one horizon. */
export interface AccuracySummary {
  readonly level: string;
  readonly key: string;
  readonly isp: string;
  readonly horizonDays: number;
  readonly count: number;
  /** Mean absolute percentage error. */
  readonly mape: number;
  /** Mean signed % error: positive means forecasts were too high. */
  readonly biasPct: number;
  /** Share of actuals inside the interval (0–1). */
  readonly coverage: number;
}

/**
 * Aggregates compared points per series and horizon.
 *
 * @param rows - rows from `computeAccuracy`
 * @returns one summary per series and horizon, ISPs first
 * @example
 * summarizeAccuracy(rows)[0]?.mape; // e.g. 8.4
 */
export function summarizeAccuracy(
  rows: readonly AccuracyRow[],
): AccuracySummary[] {
  const groups = new Map<string, AccuracyRow[]>();
  for (const r of rows) {
    const k = `${r.level === 'isp' ? 0 : 1}\u0000${r.key}\u0000${String(r.horizonDays).padStart(4, '0')}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups.keys()].sort().map((k) => {
    const g = groups.get(k)!;
    const first = g[0]!;
    const mean = (f: (r: AccuracyRow) => number) =>
      g.reduce((s, r) => s + f(r), 0) / g.length;
    return {
      level: first.level,
      key: first.key,
      isp: first.isp,
      horizonDays: first.horizonDays,
      count: g.length,
      mape: mean((r) => Math.abs(r.errorPct)),
      biasPct: mean((r) => r.errorPct),
      coverage: mean((r) => (r.inInterval ? 1 : 0)),
    };
  });
}
