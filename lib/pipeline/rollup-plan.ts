import { addDays } from '#lib/domain/dates';
import type {
  PartitionListing,
  PartitionMarker,
} from '#lib/ports/query-engine';
import type {
  LakeListing,
  PlanOptions,
  RollupPlan,
} from './rollup-plan-types.ts';

/**
 * Chooses the days to roll up. A day is done only when both its
 * `series_daily` and `quality_daily` partitions carry a marker that
 * still matches their files and names no traffic file left out as
 * unreadable; every traffic day before as-of that is not done is rolled
 * up, as are the last `lateDays` days (late telemetry), the days whose
 * traffic has a file their marker did not list (`hasNewTraffic`)
 * and, newest first and at most `regroupBudget` per run, the window's
 * days rolled up with another tag (links.csv regrouped links). Days
 * without traffic are never rolled up.
 *
 * @param lake - the listings of the three tables
 * @param options - as-of, tag, late days, window and budget
 * @returns the plan
 * @example
 * planRollup(listing, { asOf: '2026-11-26', tag, lateDays: 3,
 *   window: { from: '2025-11-26', to: '2026-11-26' }, regroupBudget: 100 });
 */
export function planRollup(
  lake: LakeListing,
  options: PlanOptions,
): RollupPlan {
  const { asOf, tag } = options;
  const series = byDay(lake.series);
  const quality = byDay(lake.quality);
  const state = (dt: string) => dayState(series.get(dt), quality.get(dt), tag);
  const lateFrom = addDays(asOf, -options.lateDays);
  const traffic = lake.traffic
    .filter((p) => p.files.length > 0 && p.dt < asOf)
    .map((p) => p.dt);
  const inWindow = (dt: string) =>
    dt >= options.window.from && dt < options.window.to;
  const listed = byDay(lake.traffic);
  const catchUp = traffic.filter(
    (dt) =>
      dt >= lateFrom ||
      state(dt) === 'untrusted' ||
      state(dt) === 'partial' ||
      hasNewTraffic(series.get(dt)?.marker, listed.get(dt)),
  );
  const stale = traffic
    .filter((dt) => inWindow(dt) && dt < lateFrom && state(dt) === 'stale')
    .reverse();
  const regroup = stale.slice(0, options.regroupBudget);
  const hasTraffic = new Set(traffic);
  const rolled = new Set([...lake.series, ...lake.quality].map((p) => p.dt));
  // A partial day whose traffic is all gone has nothing left to take in.
  const notReRolled = [...rolled]
    .filter((dt) => inWindow(dt) && !hasTraffic.has(dt))
    .filter((dt) => state(dt) !== 'done' && state(dt) !== 'partial')
    .sort();
  const days = [...new Set([...catchUp, ...regroup])].sort().reverse();
  return { days, regroupLeft: stale.length - regroup.length, notReRolled };
}

/**
 * A day's state by its `series_daily` and `quality_daily` partitions:
 * untrusted (either is missing or does not match its marker), stale
 * (rolled up with another tag), partial (a traffic file left out as
 * unreadable) or done.
 */
function dayState(
  series: PartitionListing | undefined,
  quality: PartitionListing | undefined,
  tag: string,
): 'untrusted' | 'stale' | 'partial' | 'done' {
  if (!series || !quality || !isTrusted(series) || !isTrusted(quality)) {
    return 'untrusted';
  }
  if (series.marker?.tag !== tag || quality.marker?.tag !== tag) {
    return 'stale';
  }
  const leftOut =
    series.marker?.leftOut?.length || quality.marker?.leftOut?.length;
  return leftOut ? 'partial' : 'done';
}

/**
 * Whether a partition's marker matches the folder: same day, and the
 * same data files with the same sizes as it recorded; a marker of rows
 * written with no file is not (their files were lost). Only DuckDB
 * records row counts; Athena's markers (`rows` null) rest on the files.
 *
 * @param listing - the folder's files and marker
 * @returns true when the day can be trusted
 * @example
 * isTrusted({ dt: '2026-01-01', files: [] }); // false: no marker
 */
export function isTrusted(listing: PartitionListing): boolean {
  const { marker } = listing;
  if (!marker || marker.dt !== listing.dt) return false;
  if (marker.files.length !== listing.files.length) return false;
  if (marker.files.length === 0 && (marker.rows ?? 0) > 0) return false;
  const sizes = new Map(listing.files.map((f) => [f.name, f.bytes]));
  return marker.files.every((f) => sizes.get(f.name) === f.bytes);
}

/**
 * Whether a day's traffic holds a file its series marker did not list
 * (arrived after the day was rolled up, however long after, or replaced
 * by one of another size) while every file it listed is still there: a day
 * whose raw traffic expired in part would lose the rest if rolled up
 * again. A marker that lists none (an older version's) never asks.
 *
 * @param marker - the day's `series_daily` marker
 * @param traffic - the day's traffic listing
 * @returns true when the day must be rolled up again
 * @example
 * hasNewTraffic({ ...marker, read: [] }, { dt, files: [late] }); // true
 */
export function hasNewTraffic(
  marker: PartitionMarker | undefined,
  traffic: PartitionListing | undefined,
): boolean {
  if (!marker?.read || !traffic) return false;
  const read = new Map(marker.read.map((f) => [f.name, f.bytes]));
  const now = new Set(traffic.files.map((f) => f.name));
  return (
    traffic.files.some((f) => read.get(f.name) !== f.bytes) &&
    marker.read.every((f) => now.has(f.name))
  );
}

function byDay(listings: readonly PartitionListing[]) {
  return new Map(listings.map((p) => [p.dt, p]));
}
