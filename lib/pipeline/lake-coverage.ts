import { addDays, daysBetween } from '#lib/domain/dates';
import { InputError } from '#lib/errors';
import type { QueryEngine } from '#lib/ports/query-engine';
import { STALE_AFTER_DAYS } from './model-series.ts';

/** Why a lake with neither raw traffic nor rolled-up days cannot run. */
export const EMPTY_LAKE =
  'holds no traffic (traffic/dt=YYYY-MM-DD/*.parquet) and no rolled-up ' +
  'days (series_daily/): point --lake at your lake, or write a sample ' +
  'with `headroom sample --out DIR`';

/**
 * Stops a run with a message, not a stack trace, when the lake cannot
 * answer it: no data at all, or no rolled-up day in the history window
 * before the as-of date (an as-of before the data, or long after it), or
 * none in the `STALE_AFTER_DAYS` before it: every series would be stale,
 * and the report, "no group needs an augment", would become the latest
 * run, so that the runs of the real dates after it were mere replays.
 *
 * @param engine - the query engine
 * @param asOf - the run's "today"
 * @param where - the history window's length and the lake's location
 *   (a folder or s3:// URL, named by the error of an empty lake)
 * @returns the traffic table's days, when the window holds at least one
 *   rolled-up day
 * @throws InputError naming the lake, or its first and last day, or the
 *   last rolled-up day and the latest as-of date it answers
 * @example
 * await checkLakeCoverage(engine, '2026-11-26', { historyDays: 730,
 *   lake: 'data/sample/lake' });
 */
export async function checkLakeCoverage(
  engine: QueryEngine,
  asOf: string,
  where: { readonly historyDays: number; readonly lake: string },
): Promise<readonly string[]> {
  const { historyDays } = where;
  const days = await engine.listPartitions('series_daily');
  const traffic = await engine.listPartitions('traffic');
  if (days.length === 0 && traffic.length === 0) {
    throw new InputError(where.lake, EMPTY_LAKE);
  }
  const first = [days[0], traffic[0]].filter(Boolean).sort()[0]!;
  const last = [days.at(-1), traffic.at(-1)].filter(Boolean).sort().at(-1)!;
  const from = addDays(asOf, -historyDays);
  const newest = days.filter((dt) => dt >= from && dt < asOf).at(-1);
  if (newest !== undefined) {
    checkFresh(newest, asOf);
    return traffic;
  }
  const problem =
    asOf <= first
      ? `is on or before the lake's first day (${first}): nothing before it to forecast from`
      : `leaves no data in the ${historyDays}-day history window ` +
        `[${from}, ${asOf}): the lake's data runs from ${first} to ${last}`;
  throw new InputError('--as-of', problem, { value: asOf });
}

/** Stops an as-of date after which every series would be stale. */
function checkFresh(newest: string, asOf: string): void {
  // model-series: a series whose last day is this many days back is stale.
  if (daysBetween(newest, asOf) - 1 < STALE_AFTER_DAYS) return;
  const latest = addDays(newest, STALE_AFTER_DAYS);
  throw new InputError(
    '--as-of',
    `is ${daysBetween(newest, asOf)} days after the lake's last rolled-up ` +
      `day (${newest}): no series has data in the ${STALE_AFTER_DAYS} days ` +
      'before it, so none would be forecast and the report would say no ' +
      `group needs an augment; run as of ${latest} at the latest, or ` +
      'add the newer traffic',
    { value: asOf },
  );
}
