import type { UnreadableFile } from '#lib/domain/unreadable-file';
import { sqlString } from '#lib/sql/sql-literals';
import type { Describe } from './inspect-traffic-file.ts';
import type { TrafficFile } from './list-traffic-files.ts';

/** A traffic file's first and last `ts`, in ms since the epoch (UTC). */
export interface TsSpan {
  readonly first: number;
  readonly last: number;
}

const DAY_MS = 86_400_000;

/**
 * Each file's first and last `ts`, from its footer's statistics (one
 * `parquet_metadata` query, no row read): a file written without them
 * (INT96, or statistics left out) is absent. The statistics DuckDB
 * gives as text are read as timestamps at UTC, as the view reads `ts`.
 *
 * @param describe - runs a query on DuckDB
 * @param files - readable Parquet files that have a `ts` column
 * @returns `path|size|mtime` → the file's span
 * @example
 * const spans = await readTsSpans(describe, files);
 */
export async function readTsSpans(
  describe: Describe,
  files: readonly TrafficFile[],
): Promise<Map<string, TsSpan>> {
  if (files.length === 0) return new Map();
  const rows = await describe(
    `SELECT file_name,
       epoch_ms(min(TRY_CAST(stats_min_value AS TIMESTAMPTZ))) AS first,
       epoch_ms(max(TRY_CAST(stats_max_value AS TIMESTAMPTZ))) AS last
     FROM parquet_metadata([${files.map((f) => sqlString(f.path)).join(', ')}])
     WHERE lower(path_in_schema) = 'ts'
     GROUP BY file_name`,
  ).catch(() => []);
  const byPath = new Map(rows.map((r) => [String(r.file_name), r]));
  const spans = new Map<string, TsSpan>();
  for (const { path, key } of files) {
    const r = byPath.get(path);
    if (r === undefined || r.first === null || r.last === null) continue;
    spans.set(key, { first: Number(r.first), last: Number(r.last) });
  }
  return spans;
}

/**
 * The files whose `ts` is far off their `dt=` folder's day, with the
 * likely cause (`tsOffDayProblem`): read, their rows counted as
 * `wrong_partition`, and named for the run's report (`offDay`).
 *
 * @param files - a check's files
 * @param spans - `path|size|mtime` → a file's `ts` span, where known
 * @returns those far off their day
 * @example
 * offDayFaults(files, spans);
 * // [{ file: 'traffic/dt=2026-01-03/a.parquet', day: '2026-01-03',
 * //    reason: 'ts reads as 1970-01-21, …', offDay: { first, last } }]
 */
export function offDayFaults(
  files: readonly TrafficFile[],
  spans: ReadonlyMap<string, TsSpan>,
): UnreadableFile[] {
  return files.flatMap(({ day, name, key }) => {
    const span = spans.get(key);
    const reason = span ? tsOffDayProblem(day, span) : '';
    if (!span || !reason) return [];
    const offDay = {
      first: new Date(span.first).toISOString(),
      last: new Date(span.last).toISOString(),
    };
    return [{ file: `traffic/dt=${day}/${name}`, day, reason, offDay }];
  });
}

/** Units a `ts` is written in by mistake: the factor it reads off by. */
const UNIT_SLIPS: readonly [number, string][] = [
  [1e3, 'epoch seconds written as milliseconds?'],
  [1e6, 'epoch seconds written as microseconds?'],
  [1e9, 'epoch seconds written as nanoseconds?'],
  [1e-3, 'epoch milliseconds written as seconds?'],
];

/**
 * Why a traffic file's `ts` is far off its `dt=` folder's day, or '':
 * when none of its rows can be on that day, or some lie more than a day
 * off it. Rows of a folder cut by a local day (hours of the day before
 * or after) are not this: the overview's wrong-partition sentence says
 * why. Its rows count as `wrong_partition`; this names the file, with
 * the likely cause: a `ts` a thousand times (or a million) too small or
 * too large for its day is a unit written for another (docs/architecture.md
 * "Days with files left out, or added late").
 *
 * @param day - the folder's day, `YYYY-MM-DD`
 * @param span - the file's first and last `ts`
 * @returns the reason, or ''
 * @example
 * tsOffDayProblem('2026-01-03', { first: 1767398700, last: 1767398700 });
 * // 'ts reads as 1970-01-21, not on its dt= day: epoch seconds written as milliseconds?'
 */
export function tsOffDayProblem(day: string, span: TsSpan): string {
  const start = Date.parse(`${day}T00:00:00Z`);
  const { first, last } = span;
  const noneOnDay = last < start || first >= start + DAY_MS;
  const farOff = first < start - DAY_MS || last >= start + 2 * DAY_MS;
  if (!noneOnDay && !farOff) return '';
  const reads = [first, last].map(dayText);
  const range = reads[0] === reads[1] ? reads[0] : reads.join(' to ');
  const where = noneOnDay ? 'not on its dt= day' : 'some far off its dt= day';
  return `ts reads as ${range}, ${where}: ${likelyCause(start, span, noneOnDay)}`;
}

/** A unit slip, when the whole span is a power of 1000 off the day. */
function likelyCause(start: number, span: TsSpan, noneOnDay: boolean) {
  const slip = UNIT_SLIPS.find(([factor]) =>
    [span.first, span.last].every(
      (t) => t > 0 && Math.abs((t * factor) / start - 1) < 0.01,
    ),
  );
  if (slip) return slip[1];
  return noneOnDay
    ? 'dt= written for another day? write it as the UTC day of ts'
    : "a collector's clock or unit wrong for some rows?";
}

/** The UTC day of a time in ms, `YYYY-MM-DD` (years past 9999 unpadded). */
function dayText(ms: number): string {
  return new Date(ms).toISOString().slice(0, -14).replace(/^\+0*/, '');
}
