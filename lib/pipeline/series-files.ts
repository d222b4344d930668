import type { ColumnData } from 'hyparquet';
import { compareCodePoints } from '#lib/domain/code-point-order';
import { addDays, daysBetween } from '#lib/domain/dates';
import { SERIES_LEVELS, type SeriesLevel } from '#lib/domain/vocabulary';
import { type ShardSeries, withCatalogFigures } from './catalog-figures.ts';
import { readRowGroups } from './parquet-row-groups.ts';

const COLUMNS = [
  'dt',
  'level',
  'key',
  'peak_bps',
  'capacity_bps',
  'samples',
] as const;

interface Accumulator {
  readonly level: SeriesLevel;
  readonly key: string;
  readonly days: number[];
  readonly peaks: number[];
  readonly capacities: number[];
  /** A link's samples per row (none for a group or ISP). */
  readonly samples: number[];
}

/**
 * Daily series from Parquet files of `series_daily`'s rows (`dt, level,
 * key, peak_bps, capacity_bps, samples` at least), as `readShardSeries`
 * reads a shard's: row group by row group, column by column, straight
 * into per-series arrays, never a row as an object. A backtest batch
 * reads its rows the same way (`readBacktestSeries`).
 *
 * @param files - the files' bytes
 * @param from - a day on or before every row's, where calendars count from
 * @returns the series, by level then key
 * @example
 * const series = await readSeriesFiles(files, '2024-11-26');
 */
export async function readSeriesFiles(
  files: readonly Uint8Array[],
  from: string,
): Promise<ShardSeries[]> {
  const series = new Map<string, Accumulator>();
  const dayIndex = new Map<string, number>();
  const indexOf = (dt: string) => {
    let index = dayIndex.get(dt);
    if (index === undefined) {
      index = daysBetween(from, dt);
      dayIndex.set(dt, index);
    }
    return index;
  };
  for (const bytes of files) {
    await readRowGroups(bytes, COLUMNS, (chunks) =>
      accumulate(series, chunks, indexOf),
    );
  }
  return [...series.entries()]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([, s]) => onCalendar(s, from));
}

/** Adds one file's rows, row group by row group (chunks share rowStart). */
function accumulate(
  series: Map<string, Accumulator>,
  chunks: readonly ColumnData[],
  indexOf: (dt: string) => number,
) {
  const byStart = COLUMNS.map(
    (name) =>
      new Map(
        chunks.filter((c) => c.columnName === name).map((c) => [c.rowStart, c]),
      ),
  );
  for (const { rowStart, rowEnd } of byStart[0]!.values()) {
    const [dt, level, key, peak, capacity, samples] = byStart.map(
      (column) => column.get(rowStart)!.columnData,
    );
    for (let i = 0; i < rowEnd - rowStart; i++) {
      const lvl = String(level![i]) as SeriesLevel;
      const id = `${SERIES_LEVELS.indexOf(lvl)}\u0000${key![i]}`;
      let s = series.get(id);
      if (s === undefined) {
        s = {
          level: lvl,
          key: String(key![i]),
          days: [],
          peaks: [],
          capacities: [],
          samples: [],
        };
        series.set(id, s);
      }
      s.days.push(indexOf(String(dt![i])));
      s.peaks.push(toNumber(peak![i]));
      s.capacities.push(toNumber(capacity![i]));
      if (lvl === 'link') s.samples.push(toNumber(samples![i]));
    }
  }
}

/** The series on a gap-filled calendar, as `toDailySeries` places it. */
function onCalendar(s: Accumulator, from: string): ShardSeries {
  const first = Math.min(...s.days);
  const length = Math.max(...s.days) - first + 1;
  const values = new Array<number>(length).fill(Number.NaN);
  const capacity = new Array<number>(length).fill(Number.NaN);
  // A link's samples are kept for its bundles' check (`leaveOutIncomplete`),
  // a group's or ISP's not: a shard's memory is its series' arrays.
  const samples =
    s.level === 'link' ? new Array<number>(length).fill(Number.NaN) : undefined;
  for (const [i, day] of s.days.entries()) {
    values[day - first] = s.peaks[i]!;
    capacity[day - first] = s.capacities[i]!;
    if (samples) samples[day - first] = s.samples[i]!;
  }
  const history = {
    level: s.level,
    key: s.key,
    start: addDays(from, first),
    values,
    capacity,
    ...(samples ? { samples } : {}),
  };
  // The rows read, which the plan counted, even one with no number.
  return { ...withCatalogFigures(history), rows: s.days.length };
}

function toNumber(value: unknown): number {
  return value === null || value === undefined ? Number.NaN : Number(value);
}
