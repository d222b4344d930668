import type { SeriesForecast } from '#lib/domain/forecast';
import { isoDay } from '#lib/forecast/long-series';
import type { AsciiWriter } from './ascii-writer.ts';

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

const days = new Map<number, Uint8Array>();
const ENCODER = new TextEncoder();

/** ISO date of a day number as bytes, cached: every series repeats them. */
function dayBytes(day: number): Uint8Array {
  let bytes = days.get(day);
  if (bytes === undefined) {
    bytes = ENCODER.encode(isoDay(day));
    if (days.size > 100_000) days.clear();
    days.set(day, bytes);
  }
  return bytes;
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
  const bounds = levels.map((l) => [f.lower[l]!, f.upper[l]!] as const);
  // Readable form: `${name},${isoDay(day)},${num(mean)}` then
  // `,${num(lo)},${num(hi)}` per level and a newline, per day.
  for (let i = 0; i < f.mean.length; i += 1) {
    w.bytes(prefix);
    w.bytes(dayBytes(lastDay + i + 1));
    w.byte(COMMA);
    w.num(f.mean[i]!);
    for (const [lo, hi] of bounds) {
      w.byte(COMMA);
      w.num(lo[i]!);
      w.byte(COMMA);
      w.num(hi[i]!);
    }
    w.byte(NEWLINE);
  }
}

const COMMA = 44;
const NEWLINE = 10;

/**
 * A number as CSV text: rounded to an integer from 1e5 on (a relative
 * change below 5e-6, far inside any forecast's error; integers print
 * several times faster than the shortest round-trip decimal), as is below.
 *
 * @param x - the number
 * @returns its text
 * @example
 * num(123456.7); // '123457'
 */
export function num(x: number): string {
  return Math.abs(x) >= 1e5 ? String(Math.round(x)) : String(x);
}
