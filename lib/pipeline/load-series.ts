import { compareCodePoints } from '#lib/domain/code-point-order';
import { addDays, daysBetween } from '#lib/domain/dates';
import type { DailyRow, DailySeries } from '#lib/domain/series';
import { SERIES_LEVELS, type SeriesLevel } from '#lib/domain/vocabulary';
import type { QueryEngine, SqlRow, SqlValue } from '#lib/ports/query-engine';
import { selectSeriesSql } from '#lib/sql/select-series';

/** A half-open window of days: `from` ≤ dt < `to`, `YYYY-MM-DD`. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

/**
 * Reads the daily rows of `series_daily` with `from` ≤ dt < `to`, every
 * level. Rows of a day on which a link had no usable sample at all (all
 * rows bad, `samples` 0) are left out: that day is missing, and the
 * quality report says why.
 *
 * @param engine - the query engine
 * @param range - the window of days
 * @param range.levels - levels to read (default: all)
 * @returns rows ordered by level, key and day; NULL numbers become NaN
 * @throws QueryError when the engine fails
 * @example
 * const rows = await loadDailyRows(engine, { from: '2025-11-26',
 *   to: '2026-11-26' });
 */
export async function loadDailyRows(
  engine: QueryEngine,
  range: DayRange & { readonly levels?: readonly SeriesLevel[] },
): Promise<DailyRow[]> {
  const rows = await engine.query(selectSeriesSql(range));
  return rows.map(toDailyRow).filter((row) => row.samples > 0);
}

/**
 * Places daily rows on a regular calendar, one series per level and key:
 * each series runs from its first to its last day with data inside
 * [`from`, `to`), and a missing day in between is NaN (value, capacity and
 * a link's samples). Series come ordered by level (link, group, isp), then
 * key.
 *
 * @param rows - daily rows, in any order
 * @param range - the window; rows outside it are ignored
 * @returns the series
 * @example
 * toDailySeries([{ dt: '2026-01-01', level: 'link', key: 'l1',
 *   peakBps: 5, maxBps: 6, meanBps: 3, capacityBps: 10, samples: 288 },
 *   { ...row, dt: '2026-01-03', peakBps: 7 }],
 *   { from: '2026-01-01', to: '2026-01-05' });
 * // [{ level: 'link', key: 'l1', start: '2026-01-01',
 * //    values: [5, NaN, 7], capacity: [10, NaN, 10],
 * //    samples: [288, NaN, 288] }]
 */
export function toDailySeries(
  rows: readonly DailyRow[],
  range: DayRange,
): DailySeries[] {
  const byId = new Map<string, DailyRow[]>();
  for (const row of rows) {
    if (row.dt < range.from || row.dt >= range.to) continue;
    const id = `${SERIES_LEVELS.indexOf(row.level)}\u0000${row.key}`;
    const group = byId.get(id);
    if (group) group.push(row);
    else byId.set(id, [row]);
  }
  return [...byId.entries()]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([, group]) => onCalendar(group));
}

/** One series' rows (same level and key) on a gap-filled calendar. */
function onCalendar(rows: readonly DailyRow[]): DailySeries {
  const days = rows.map((row) => row.dt).sort();
  const start = days[0]!;
  const length = daysBetween(start, days.at(-1)!) + 1;
  const values = new Array<number>(length).fill(Number.NaN);
  const capacity = new Array<number>(length).fill(Number.NaN);
  const samples = new Array<number>(length).fill(Number.NaN);
  for (const row of rows) {
    const index = daysBetween(start, row.dt);
    values[index] = row.peakBps;
    capacity[index] = row.capacityBps;
    samples[index] = row.samples;
  }
  const { level, key } = rows[0]!;
  // A link's samples, for its bundles' check (`leaveOutIncomplete`).
  const counted = level === 'link' ? { samples } : {};
  return { level, key, start, values, capacity, ...counted };
}

/**
 * One `series_daily` result row as a `DailyRow`; NULL numbers become NaN.
 *
 * @param row - a row of a SELECT over `series_daily`
 * @returns the typed row
 * @example
 * (await engine.query(sql)).map(toDailyRow);
 */
export function toDailyRow(row: SqlRow): DailyRow {
  return {
    dt: String(row.dt),
    level: String(row.level) as SeriesLevel,
    key: String(row.key),
    peakBps: toNumber(row.peak_bps),
    maxBps: toNumber(row.max_bps),
    meanBps: toNumber(row.mean_bps),
    capacityBps: toNumber(row.capacity_bps),
    samples: toNumber(row.samples),
  };
}

function toNumber(value: SqlValue | undefined): number {
  return value === null || value === undefined ? Number.NaN : Number(value);
}

/**
 * The days of [`from`, `to`), in order.
 *
 * @param range - the window
 * @returns each day, `YYYY-MM-DD`; none when `to` ≤ `from`
 * @example
 * listDays({ from: '2026-01-30', to: '2026-02-02' });
 * // ['2026-01-30', '2026-01-31', '2026-02-01']
 */
export function listDays(range: DayRange): string[] {
  const count = Math.max(0, daysBetween(range.from, range.to));
  return Array.from({ length: count }, (_, i) => addDays(range.from, i));
}
