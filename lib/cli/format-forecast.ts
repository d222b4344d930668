import type { SeriesForecast } from '#lib/domain/forecast';
import { isoDay } from '#lib/forecast/parse-day';
import { MAX_NUM_BYTES, putNum } from './ascii-number.ts';
import { type AsciiWriter, putBytes } from './ascii-writer.ts';

/**
 * Header of the forecast CSV: `series_id,ds,mean,lo80,hi80,…`.
 *
 * @param levels - levels in percent
 * @returns the header line with its newline
 * @example
 * forecastHeader([80]); // 'series_id,ds,mean,lo80,hi80\n'
 */
export function forecastHeader(levels: readonly number[]): string {
  const cols = levels.flatMap((l) => [`lo${l}`, `hi${l}`]);
  return `${['series_id', 'ds', 'mean', ...cols].join(',')}\n`;
}

const ENCODER = new TextEncoder();

/** Bytes of one ISO date (`isoDay` gives 10 characters). */
const DATE_BYTES = 10;

/** The last date block made: consecutive series mostly share it. */
let dates = { first: 0, bytes: new Uint8Array(0) };

/**
 * ISO dates of `count` days from `first` on, 10 bytes each, end to end;
 * the last block is kept, since series that end on the same day (the
 * usual case) need the same dates. Readable form: `isoDay(first + i)` per
 * row, which made and encoded a string per row.
 */
function dateBlock(first: number, count: number): Uint8Array {
  if (dates.first !== first || dates.bytes.length < count * DATE_BYTES) {
    const text = Array.from({ length: count }, (_, i) => isoDay(first + i));
    dates = { first, bytes: ENCODER.encode(text.join('')) };
  }
  return dates.bytes;
}

/**
 * Write the CSV rows of one series' forecast (one per day after its last
 * one); an id holding a comma, quote or newline is quoted; numbers as
 * {@link num} writes them.
 *
 * @param w - the output buffer
 * @param id - series id
 * @param lastDay - day number of the last observation
 * @param f - the forecast
 * @param levels - levels in percent, in column order
 * @example
 * writeForecast(new AsciiWriter(), 'a', 19723, f, [80]);
 */
export function writeForecast(
  w: AsciiWriter,
  id: string,
  lastDay: number,
  f: Pick<SeriesForecast, 'mean' | 'lower' | 'upper'>,
  levels: readonly number[],
): void {
  const name = /[",\r\n]/.test(id) ? `"${id.replaceAll('"', '""')}"` : id;
  const prefix = ENCODER.encode(`${name},`);
  const columns = [
    f.mean,
    ...levels.flatMap((l) => [f.lower[l]!, f.upper[l]!]),
  ];
  const days = dateBlock(lastDay + 1, f.mean.length);
  // A comma before each number, a line feed.
  const most =
    prefix.length + DATE_BYTES + columns.length * (1 + MAX_NUM_BYTES) + 1;
  // Readable form: `${name},${isoDay(day)},${num(mean)}` then
  // `,${num(lo)},${num(hi)}` per level and a newline, per day.
  for (let i = 0; i < f.mean.length; i += 1) {
    const buf = w.reserve(most);
    let p = putBytes(buf, w.length, prefix);
    for (let k = i * DATE_BYTES; k < (i + 1) * DATE_BYTES; k += 1) {
      buf[p++] = days[k]!;
    }
    for (const column of columns) {
      buf[p++] = COMMA;
      p = putNum(buf, p, column[i]!);
    }
    buf[p++] = NEWLINE;
    w.commit(p);
  }
}

const COMMA = 44;
const NEWLINE = 10;
