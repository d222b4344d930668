import type { DayWindow } from './select-series.ts';
import { dayLiteral, sqlString } from './sql-literals.ts';
import { UNLOAD_MAX_PARTITIONS } from './unload-target.ts';

/** A backtest batch as the SQL places rows: its name and first group. */
export interface BatchStart {
  readonly batch: string;
  readonly firstGroup: string;
}

/** A link placed by its group in links.csv, where `inventory_links` differs. */
export interface LinkGroup {
  readonly linkId: string;
  readonly group: string;
}

/** The links and their groups as the lake's last rollup wrote them. */
export const INVENTORY_GROUPS_SQL = 'SELECT link_id, grp FROM inventory_links';

/**
 * Every backtest batch's input in one pass (Trino dialect): the group
 * rows with samples of [`from`, `to`), and the rows of their links
 * (placed by the group `inventory_links` gives them, or `regrouped`
 * gives the links it names), for leaving out the days on which a link
 * sent too few samples (`leaveOutIncomplete`), with the batch as the
 * last column, for `QueryEngine.unload` partitioned by `batch`. Batch `i`
 * holds the group keys from its first group up to the next batch's,
 * compared as text (code point order in Trino and DuckDB alike, as
 * `batchByGroup` cuts them); rows before the first batch's first group,
 * and links neither places, are left out. One scan of the window instead
 * of one per batch, so the bytes Athena reads stay those of the table,
 * whatever the number of batches (docs/architecture.md "The decision
 * backtest").
 *
 * @param window - the days every batch needs, `from` inclusive, `to` exclusive
 * @param batches - each batch's name and first group, in key order
 * @param regrouped - links whose group in links.csv `inventory_links`
 *   lacks or differs from (`regroupedLinks`)
 * @returns a SELECT of the columns a batch reads (`readSeriesFiles`:
 *   `dt, level, key, peak_bps, capacity_bps, samples`) and `batch`
 * @throws Error for no batch, or more than an UNLOAD may write
 * @example
 * backtestSeriesSql(window, [{ batch: 'b0001', firstGroup: 'Acme/LHR1' },
 *   { batch: 'b0002', firstGroup: 'Kappa/AMS1' }]);
 */
export function backtestSeriesSql(
  window: DayWindow,
  batches: readonly BatchStart[],
  regrouped: readonly LinkGroup[] = [],
): string {
  const first = batches[0];
  if (!first) throw new Error('a backtest has at least one batch');
  if (batches.length > UNLOAD_MAX_PARTITIONS) {
    throw new Error(
      `${batches.length} batches: one UNLOAD writes at most ${UNLOAD_MAX_PARTITIONS} partitions`,
    );
  }
  const batch = batchOf(batches);
  const { join, linkGroup } = regroupedJoin(regrouped);
  // samples as integer: hyparquet reads a bigint as one BigInt object a
  // row. No maximum or mean: a batch forecasts and judges the daily peak.
  // The joins on the key alone (link ids are unique): with the level in
  // its condition DuckDB joined row by row, 90 s for 10,000 links.
  return `SELECT dt, level, key, peak_bps, capacity_bps, samples,
  ${batch} AS batch
FROM (
  SELECT s.dt, s.level, s.key, s.peak_bps, s.capacity_bps,
    CAST(s.samples AS integer) AS samples,
    CASE WHEN s.level = 'link' THEN ${linkGroup} ELSE s.key END AS grp
  FROM series_daily s
  LEFT JOIN inventory_links i ON i.link_id = s.key${join}
  WHERE s.dt >= ${dayLiteral(window.from, 'from')}
    AND s.dt < ${dayLiteral(window.to, 'to')}
    AND s.samples > 0
    AND (s.level = 'group' OR (s.level = 'link' AND ${linkGroup} IS NOT NULL))
)
WHERE grp >= ${sqlString(first.firstGroup)}`;
}

/** The batch of a row's group `grp`: the last batch starting at or before it. */
function batchOf(batches: readonly BatchStart[]): string {
  const cases = batches
    .slice(1)
    .map(
      (next, i) =>
        `WHEN grp < ${sqlString(next.firstGroup)} THEN ${sqlString(batches[i]!.batch)}`,
    );
  const last = sqlString(batches.at(-1)!.batch);
  return cases.length === 0
    ? last
    : `CASE ${cases.join('\n    ')} ELSE ${last} END`;
}

/** The links named with their groups, before `inventory_links`'s. */
function regroupedJoin(regrouped: readonly LinkGroup[]) {
  if (regrouped.length === 0) return { join: '', linkGroup: 'i.grp' };
  const rows = regrouped.map(
    (l) => `(${sqlString(l.linkId)}, ${sqlString(l.group)})`,
  );
  return {
    join:
      `\n  LEFT JOIN (VALUES ${rows.join(',\n    ')}) AS r (link_id, grp)` +
      '\n    ON r.link_id = s.key',
    linkGroup: 'COALESCE(r.grp, i.grp)',
  };
}
