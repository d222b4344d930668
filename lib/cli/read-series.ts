import { constants, createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { InputError } from '#lib/errors';
import {
  type LongSeries,
  parseDay,
  parseValue,
} from '#lib/forecast/long-series';
import { fastDay, fastValue } from './fast-row.ts';
import { SeriesBuilder } from './series-builder.ts';
import { splitLine } from './split-line.ts';

const COLUMNS = ['series_id', 'ds', 'y'] as const;

/**
 * Read a long CSV `series_id,ds,y` chunk by chunk and yield each series as
 * soon as the next one starts, so that memory holds one series at a time.
 * Days of a series may come in any order, but its rows must be
 * contiguous.
 *
 * @param file - CSV path
 * @returns the series in file order
 * @throws InputError on a missing column, a bad field, a duplicated day or
 *   a series whose rows are split, naming the file, line and field
 * @example
 * for await (const s of readSeries('in.csv')) console.log(s.id);
 */
export async function* readSeries(file: string): AsyncGenerator<LongSeries> {
  await assertReadable(file);
  const state: ReadState = { file, line: 0, done: new Set(), days: new Map() };
  for await (const chunk of lineChunks(file)) {
    const ready: LongSeries[] = [];
    for (const text of chunk) {
      state.line += 1;
      const finished = readLine(state, text);
      if (finished) ready.push(finished);
    }
    yield* ready;
  }
  if (state.index === undefined) {
    throw new InputError(file, 'empty file: expected a header series_id,ds,y');
  }
  if (state.current) yield finish(state.current, state.done);
}

interface ReadState {
  readonly file: string;
  line: number;
  index?: number[];
  /** The header is exactly series_id,ds,y: rows may take the fast path. */
  plain?: boolean;
  current?: SeriesBuilder;
  readonly done: Set<string>;
  /** Date text → day number, parsed and checked once. */
  readonly days: Map<string, number>;
}

/** Read one line; returns the series it finished, if any. */
function readLine(st: ReadState, raw: string): LongSeries | undefined {
  const cr = raw.charCodeAt(raw.length - 1) === 13;
  const text = cr ? raw.slice(0, -1) : raw;
  if (st.plain === true && fastLine(st, text)) return undefined;
  return slowLine(st, text);
}

/**
 * The common row `id,YYYY-MM-DD,number` without splitting: the id is
 * compared in place with the current series'; undefined when the row is
 * not plain (false: then {@link slowLine} reads it and words any error).
 */
function fastLine(st: ReadState, text: string): boolean {
  const c1 = text.indexOf(',');
  const c2 = text.indexOf(',', c1 + 1);
  if (c1 < 0 || c2 < 0 || text.indexOf(',', c2 + 1) >= 0) return false;
  if (text.includes('"')) return false;
  const day = fastDay(text, c1 + 1, c2);
  const value = fastValue(text, c2 + 1, text.length);
  if (day === undefined || value === undefined) return false;
  const cur = st.current;
  const same =
    cur !== undefined && c1 === cur.id.length && text.startsWith(cur.id);
  if (!same || text.charCodeAt(0) === 32 || text.charCodeAt(c1 - 1) === 32)
    return false;
  cur.add(day, value, st.line);
  return true;
}

/** Read one line with the general parser. */
function slowLine(st: ReadState, text: string): LongSeries | undefined {
  if (text.trim() === '') return undefined;
  const { file, line } = st;
  const row = splitLine(
    line === 1 ? text.replace(/^\uFEFF/, '') : text,
    file,
    line,
  );
  if (st.index === undefined) {
    st.index = columns(row, file);
    st.plain = st.index.join() === '0,1,2' && row.length === 3;
    return undefined;
  }
  const [id, ds, y] = st.index.map((i) => (row[i] ?? '').trim()) as [
    string,
    string,
    string,
  ];
  let finished: LongSeries | undefined;
  if (st.current?.id !== id) {
    if (st.current) finished = finish(st.current, st.done);
    if (st.done.has(id)) throw split(file, line, id);
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
 * Lines of a file split at line feeds (the reader drops a trailing CR), a chunk of lines at a time
 * (one await per megabyte, not per line).
 */
async function* lineChunks(file: string): AsyncGenerator<string[]> {
  let rest = '';
  const stream = createReadStream(file, {
    encoding: 'utf8',
    highWaterMark: 1 << 20,
  });
  for await (const chunk of stream) {
    const parts = (rest + (chunk as string)).split('\n');
    rest = parts.pop()!;
    yield parts;
  }
  if (rest !== '') yield [rest];
}

/**
 * Fail early, naming the file, when it cannot be read.
 *
 * @param file - path
 * @throws InputError when the file is absent or unreadable
 * @example
 * await assertReadable('in.csv');
 */
export async function assertReadable(file: string): Promise<void> {
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    throw new InputError(file, `cannot read: ${(error as Error).message}`);
  }
}

function finish(current: SeriesBuilder, done: Set<string>): LongSeries {
  done.add(current.id);
  return current.build();
}

function split(file: string, line: number, id: string): InputError {
  return new InputError(
    file,
    `series '${id}': its rows are not contiguous (sort the file by series_id)`,
    { line, field: 'series_id', value: id },
  );
}

function columns(header: readonly string[], file: string): number[] {
  const names = header.map((h) => h.trim());
  const index = COLUMNS.map((c) => names.indexOf(c));
  const absent = COLUMNS.filter((_, i) => index[i]! < 0);
  if (absent.length > 0) {
    throw new InputError(file, `missing column(s) ${absent.join(', ')}`, {
      line: 1,
      field: absent[0]!,
      value: names.join(','),
    });
  }
  return index;
}
