import type { BacktestRun } from './backtest.ts';
import { detectLevelShifts } from './level-shift.ts';
import { DEFAULT_RISE } from './rise-settings.ts';

/**
 * The backtest runs as the intervals read them: in each run from an
 * origin before a lasting rise of level that the cleaning left in place,
 * the actuals from the rise on are divided by it. The fit reads the whole
 * history and follows the rise, so the runs' shortfall by it is not an
 * error the forecast makes now; scored as one, it steepened the error law
 * σ(h) and was carried a year ahead (the 80 % upper bound at 2 × the
 * traffic 60–90 days after a rise of 20 %). A fall is left in: the trend
 * members take part of it as a decline, and its errors are what keeps the
 * upper bound above the traffic then.
 *
 * @param runs - backtest runs, origins indexing `values`
 * @param values - the cleaned series the runs were fitted on
 * @param season - season length
 * @param minChange - the smallest rise taken out, as a share of the
 *   level before it (the level-shift test's, `detectLevelShifts`, where
 *   the cleaning moves history only from a fifth); `false` takes none out
 * @returns the runs, those with a later rise copied with their actuals
 *   divided by it (the same objects where none)
 * @example
 * withoutLaterRises(runs, clean.values, 7)[0]!.actual;
 */
export function withoutLaterRises(
  runs: readonly BacktestRun[],
  values: readonly number[],
  season: number,
  minChange: number | false = DEFAULT_RISE,
): BacktestRun[] {
  if (runs.length === 0 || minChange === false) return [...runs];
  const rises = detectLevelShifts(values, season, minChange).cleaned.filter(
    (s) => s.original > 0 && s.replacement > s.original,
  );
  if (rises.length === 0) return [...runs];
  return runs.map((run) => {
    const later = rises.filter((s) => s.index >= run.origin);
    if (later.length === 0) return run;
    const actual = run.actual.map((y, i) =>
      later.reduce(
        (v, s) =>
          run.origin + i >= s.index ? (v * s.original) / s.replacement : v,
        y,
      ),
    );
    return { ...run, actual };
  });
}
