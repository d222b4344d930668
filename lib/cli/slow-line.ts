import { checkHeaderNames } from '#lib/csv-header';
import { InputError } from '#lib/errors';
import { type LongSeries, parseValue } from '#lib/forecast/long-series';
import { parseDay } from '#lib/forecast/parse-day';
import { quoted } from '#lib/input-message';
import { SeriesBuilder } from './series-builder.ts';
import { splitLine } from './split-line.ts';

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
    st.header = row.map((name) => name.trim());
    st.index = columns(row, file);
    st.plain = st.index.join() === '0,1,2' && row.length === 3;
    return undefined;
  }
  if (row.length !== st.header!.length) throw fieldCount(st, row, text);
  const [id, ds, y] = st.index.map((i) => (row[i] ?? '').trim()) as [
    string,
    string,
    string,
  ];
  let finished: LongSeries | undefined;
  if (st.current?.id !== id) {
    // A row missing its id (`,2024-01-01,5`) made a series named '',
    // forecast under an empty id that no reader tells apart.
    if (id === '') {
      throw new InputError(file, 'must not be empty', {
        line,
        field: 'series_id',
        value: id,
      });
    }
    if (st.current) finished = finish(st.current, st.done, line);
    const brokenOff = st.done.get(id);
    if (brokenOff !== undefined) throw split(file, line, id, brokenOff);
    st.current = new SeriesBuilder(id, file);
  }
  const where = { line, series: id };
  let day = st.days.get(ds);
  if (day === undefined) {
    day = parseDay(ds, file, where);
    if (st.days.size > 100_000) st.days.clear();
    st.days.set(ds, day);
  }
  st.current.add(day, parseValue(y, file, where), line);
  return finished;
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

/**
 * A row with more or fewer fields than the header: a decimal comma
 * (`a,2024-01-01,1,5`) read as y = 1 and a fourth field dropped, or a
 * row cut short read as a missing value.
 */
function fieldCount(st: ReadState, row: readonly string[], text: string) {
  const fields = st.header!.length;
  const hint =
    row.length > fields ? ' (a decimal comma? write 1.5, or quote "1,5")' : '';
  return new InputError(
    st.file,
    `has ${row.length} fields where the header has ${fields}${hint}`,
    { line: st.line, value: text.slice(0, 80) },
  );
}

/**
 * A series whose rows come back at `line` after another series' row at
 * `brokenOff` ended them: both lines are named, since the row out of
 * place may be either (a stray row of another series, or this one's).
 */
function split(file: string, line: number, id: string, brokenOff: number) {
  return new InputError(
    file,
    `series '${quoted(id)}': its rows are not contiguous: another ` +
      `series' row on line ${brokenOff} broke them off, and they come ` +
      `back on line ${line} (sort the file by series_id)`,
    { line, field: 'series_id', value: id },
  );
}

function columns(header: readonly string[], file: string): number[] {
  const names = header.map((h) => h.trim());
  checkHeaderNames(file, names, COLUMNS);
  return COLUMNS.map((c) => names.indexOf(c));
}
