import {
  checkHeaderNames,
  DECIMAL_COMMA_HINT,
  fieldCountError,
} from '#lib/csv-header';
import { InputError } from '#lib/errors';
import type { LongSeries } from '#lib/forecast/long-series';
import { parseDay } from '#lib/forecast/parse-day';
import { readValue } from './missing-value.ts';
import { refuseRepeatedHeader, splitRowsError } from './row-errors.ts';
import { SeriesBuilder } from './series-builder.ts';
import { splitLine } from './split-line.ts';
import { refuseSwappedColumns } from './swapped-columns.ts';

const COLUMNS = ['series_id', 'ds', 'y'] as const;

/** Where a read is: the line, the header, the series being built. */
export interface ReadState {
  readonly file: string;
  line: number;
  /** The header's fields, to name a field in messages. */
  header?: string[];
  index?: number[];
  /** The header is exactly series_id,ds,y: rows may take the fast path. */
  plain?: boolean;
  current?: SeriesBuilder;
  /**
   * The ids of the finished series, each with the line that broke its
   * rows off (a row of the next series; 0 at the file's end).
   */
  readonly done: Map<string, number>;
  /** Date text → day number, parsed and checked once. */
  readonly days: Map<string, number>;
}

/**
 * Read one line with the general parser: the header (the first line), or
 * a row of the series being built, which it finishes when the id changes.
 *
 * @param st - the read's state, advanced by the line
 * @param text - the line, without its line break
 * @returns the series the line finished, if any
 * @throws InputError on a missing column, a bad field, a duplicated day or
 *   a series whose rows are split, naming the file, line and field
 * @example
 * const finished = slowLine(state, 'a,2026-01-01,5');
 */
export function slowLine(st: ReadState, text: string): LongSeries | undefined {
  if (text.trim() === '') return undefined;
  const { file, line } = st;
  const row = splitLine(
    line === 1 ? text.replace(/^\uFEFF/, '') : text,
    file,
    line,
    st.header,
  );
  if (st.index === undefined) {
    readHeader(st, row);
    return undefined;
  }
  const fields = st.header!.length;
  if (row.length !== fields) {
    throw fieldCountError(file, line, fields, row, text, DECIMAL_COMMA_HINT);
  }
  refuseRepeatedHeader(file, line, row, st.header!);
  const [id, ds, y] = st.index.map((i) => (row[i] ?? '').trim()) as [
    string,
    string,
    string,
  ];
  const finished = st.current?.id === id ? undefined : startSeries(st, id);
  const where = { line, series: id };
  // startSeries set st.current when the id changed.
  st.current!.add(dayOf(st, ds, where, y), readValue(y, file, where), line);
  return finished;
}

/** The header line: its names, the columns' places, and the fast path. */
function readHeader(st: ReadState, row: readonly string[]): void {
  st.header = row.map((name) => name.trim());
  st.index = columns(row, st.file);
  st.plain = st.index.join() === '0,1,2' && row.length === 3;
}

/**
 * Starts series `id` at the current line, finishing the one before;
 * throws if `id` is empty or its rows were already broken off.
 */
function startSeries(st: ReadState, id: string): LongSeries | undefined {
  const { file, line } = st;
  // A row missing its id (`,2024-01-01,5`) made a series named '',
  // forecast under an empty id that no reader tells apart.
  if (id === '') {
    throw new InputError(file, 'must not be empty', {
      line,
      field: 'series_id',
      value: id,
    });
  }
  const finished = st.current && finish(st.current, st.done, line);
  const brokenOff = st.done.get(id);
  if (brokenOff !== undefined) throw splitRowsError(file, line, id, brokenOff);
  st.current = new SeriesBuilder(id, file);
  return finished;
}

/** The day of the date text `ds`, parsed and checked once per text. */
function dayOf(
  st: ReadState,
  ds: string,
  where: { line: number; series: string },
  y: string,
): number {
  let day = st.days.get(ds);
  if (day === undefined) {
    refuseSwappedColumns(st.file, where, ds, y);
    day = parseDay(ds, st.file, where);
    if (st.days.size > 100_000) st.days.clear();
    st.days.set(ds, day);
  }
  return day;
}

/**
 * Ends a series: its id is recorded as done (its rows must not come
 * back), with the line that broke it off, for the message if they do.
 *
 * @param current - the series being built
 * @param done - the ids of the finished series and the lines that ended them
 * @param line - the line of the next series' first row (0 at the end)
 * @returns the series
 * @example
 * const last = finish(state.current, state.done, 0);
 */
export function finish(
  current: SeriesBuilder,
  done: Map<string, number>,
  line: number,
): LongSeries {
  done.set(current.id, line);
  return current.build();
}

function columns(header: readonly string[], file: string): number[] {
  const names = header.map((h) => h.trim());
  checkHeaderNames(file, names, COLUMNS);
  return COLUMNS.map((c) => names.indexOf(c));
}
