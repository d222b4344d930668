import { constants, createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse/sync';
import { InputError } from '#lib/errors';
import {
  type LongSeries,
  parseDay,
  parseValue,
  toSeries,
} from '#lib/forecast/long-series';

const COLUMNS = ['series_id', 'ds', 'y'] as const;

/**
 * Read a long CSV `series_id,ds,y` line by line and yield each series as
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
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let index: number[] | undefined;
  let current: { id: string; seen: Map<number, number> } | undefined;
  const done = new Set<string>();
  let line = 0;
  for await (const raw of lines) {
    line += 1;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    const row = splitLine(text, file, line);
    if (index === undefined) {
      index = columns(row, file);
      continue;
    }
    const [id, ds, y] = index.map((i) => (row[i] ?? '').trim()) as [
      string,
      string,
      string,
    ];
    if (current?.id !== id) {
      if (current) yield finish(current, done);
      if (done.has(id)) throw split(file, line, id);
      current = { id, seen: new Map() };
    }
    add(current.seen, { id, ds, y, file, line });
  }
  if (index === undefined) {
    throw new InputError(file, 'empty file: expected a header series_id,ds,y');
  }
  if (current) yield finish(current, done);
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

function finish(
  current: { id: string; seen: Map<number, number> },
  done: Set<string>,
): LongSeries {
  done.add(current.id);
  return toSeries(current.id, current.seen);
}

function add(
  seen: Map<number, number>,
  r: { id: string; ds: string; y: string; file: string; line: number },
) {
  const where = { line: r.line, series: r.id };
  const day = parseDay(r.ds, r.file, where);
  if (seen.has(day)) {
    throw new InputError(r.file, `series '${r.id}': duplicate day`, {
      line: r.line,
      field: 'ds',
      value: r.ds,
    });
  }
  seen.set(day, parseValue(r.y, r.file, where));
}

function split(file: string, line: number, id: string): InputError {
  return new InputError(
    file,
    `series '${id}': its rows are not contiguous (sort the file by series_id)`,
    { line, field: 'series_id', value: id },
  );
}

/** Fields of one line: a plain split unless it holds quotes. */
function splitLine(text: string, file: string, line: number): string[] {
  if (!text.includes('"')) return text.split(',');
  try {
    return (parse(text, { relax_column_count: true }) as string[][])[0] ?? [];
  } catch (error) {
    throw new InputError(file, `not a CSV: ${(error as Error).message}`, {
      line,
    });
  }
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
