import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { InputError } from '#lib/errors';
import type { LongSeries } from '#lib/forecast/long-series';
import { pathProblem } from '#lib/path-problem';
import { fastDay, fastValue } from './fast-row.ts';
import { lineChunks } from './line-chunks.ts';
import { finish, type ReadState, slowLine } from './slow-line.ts';

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
  const state: ReadState = { file, line: 0, done: new Map(), days: new Map() };
  for await (const { text, end } of lineChunks(file)) {
    const ready: LongSeries[] = [];
    // A chunk without quotes lets every line skip its own quote scan.
    const quotes = text.includes('"');
    // Readable form: for (const line of text.slice(0, end).split('\n'));
    // lines are read in place, by offsets, with no string per line.
    for (let from = 0; from < end; ) {
      let to = text.indexOf('\n', from);
      if (to < 0 || to > end) to = end;
      state.line += 1;
      const finished = readLine(state, text, from, to, quotes);
      if (finished) ready.push(finished);
      from = to + 1;
    }
    yield* ready;
  }
  if (state.index === undefined) {
    throw new InputError(file, 'empty file: expected a header series_id,ds,y');
  }
  if (state.current) yield finish(state.current, state.done, 0);
}

/**
 * Read the line `text[from..to)`; returns the series it finished, if any.
 * `quotes` says whether the chunk holds a quote anywhere.
 */
function readLine(
  st: ReadState,
  text: string,
  from: number,
  end: number,
  quotes: boolean,
): LongSeries | undefined {
  const to = end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
  if (st.plain === true && !quotes && fastLine(st, text, from, to)) {
    return undefined;
  }
  return slowLine(st, text.slice(from, to));
}

/**
 * The common row `id,YYYY-MM-DD,number` at `text[from..to)` without
 * splitting: the id is compared in place with the current series'; false
 * when the row is not plain (then {@link slowLine} reads it and words any
 * error).
 */
function fastLine(st: ReadState, text: string, from: number, to: number) {
  const c1 = text.indexOf(',', from);
  if (c1 < 0 || c1 >= to) return false;
  const c2 = text.indexOf(',', c1 + 1);
  if (c2 < 0 || c2 >= to) return false;
  const c3 = text.indexOf(',', c2 + 1);
  if (c3 >= 0 && c3 < to) return false;
  const day = fastDay(text, c1 + 1, c2);
  const value = fastValue(text, c2 + 1, to);
  if (day === undefined || value === undefined) return false;
  const cur = st.current;
  const same =
    cur !== undefined &&
    c1 - from === cur.id.length &&
    text.startsWith(cur.id, from);
  if (!same || text.charCodeAt(from) === 32 || text.charCodeAt(c1 - 1) === 32)
    return false;
  cur.add(day, value, st.line);
  return true;
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
    // As --config and --scenario say it: it was Node's "cannot read:
    // ENOENT: no such file or directory, access '…'".
    throw new InputError(file, pathProblem(error, '--input', 'a CSV file'));
  }
  // A folder passes access() and failed at its first read, EISDIR with
  // a stack trace.
  if ((await stat(file)).isDirectory()) {
    throw new InputError(file, 'is a folder: --input must name a CSV file');
  }
}

/**
 * Fail early when `--output` names the `--input` file (the same file by
 * another path too): the finished forecast replaced the series it was
 * read from, and the data was gone.
 *
 * @param input - the CSV read
 * @param output - the file to write
 * @throws InputError naming both
 * @example
 * await assertNotInput('in.csv', 'out.csv');
 */
export async function assertNotInput(
  input: string,
  output: string,
): Promise<void> {
  const [read, written] = await Promise.all(
    [input, output].map((f) => stat(f).catch(() => undefined)),
  );
  // Regular files only: /dev/stdin and /dev/stdout may be one terminal.
  if (!read?.isFile() || !written?.isFile()) return;
  if (read.dev === written.dev && read.ino === written.ino) {
    throw new InputError(
      output,
      `is the --input file (${input}): the forecast would replace the ` +
        'series it reads; name another --output',
    );
  }
}
