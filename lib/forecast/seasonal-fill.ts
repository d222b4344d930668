import { cleanTransform, transformed } from './clean-transform.ts';
import { expectation, HALF } from './expectation.ts';
import type { PreparedSeries } from './prepare.ts';

/** Re-estimations of the expectation with the filled days replaced. */
const PASSES = 2;

/**
 * The days the gap filling made up, given what the cleaning expects of
 * them (its rolling median with weekly factors, on logs) instead of a
 * straight line between their neighbours (docs/architecture.md "The
 * forecast engine", missing days). A straight line across a weekly
 * pattern is no day the series has: a Monday lost between a Sunday peak
 * and a Tuesday read as a spike, a Wednesday between two lower days as
 * a dip, and near the end of a young series such a made-up value moved
 * Theta's smoothing weight, and with it the bound a year on, by half.
 * The expectation is estimated again with the filled days replaced, as
 * the cleaning does for its outliers, so a run of them does not pull its
 * own fill. A series too short for the rolling median keeps the line.
 *
 * @param prepared - the gap-filled series and its `missing` points
 * @param season - season length
 * @returns the series with its filled days at their expectation
 * @example
 * fillSeasonally(fillGaps(values), 7).values;
 */
export function fillSeasonally(
  prepared: PreparedSeries,
  season: number,
): PreparedSeries {
  const filled = prepared.cleaned.filter((c) => c.kind === 'missing');
  const n = prepared.values.length;
  if (filled.length === 0 || n < 2 * HALF + 1) return prepared;
  const { forward, back } = cleanTransform(prepared.values);
  const logs = transformed(prepared.values, forward);
  for (let pass = 0; pass < PASSES; pass += 1) {
    const current = expectation(logs, season);
    for (const { index } of filled) logs[index] = current.expected(index);
  }
  const values = [...prepared.values];
  for (const { index } of filled) values[index] = back(logs[index]!);
  const cleaned = prepared.cleaned.map((c) =>
    c.kind === 'missing' ? { ...c, replacement: values[c.index]! } : c,
  );
  return { ...prepared, values, cleaned };
}
