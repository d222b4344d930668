import type { SeriesForecast } from '#lib/domain/forecast';
import { isoDay } from '#lib/forecast/long-series';

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

const days = new Map<number, string>();

/** ISO date of a day number, cached: every series repeats the same days. */
function dayText(day: number): string {
  let text = days.get(day);
  if (text === undefined) {
    text = isoDay(day);
    if (days.size > 100_000) days.clear();
    days.set(day, text);
  }
  return text;
}

/**
 * CSV rows of one series' forecast (one per day after its last one), as
 * one string; an id holding a comma, quote or newline is quoted; numbers
 * as {@link num} writes them.
 *
 * @param id - series id
 * @param lastDay - day number of the last observation
 * @param f - the forecast
 * @param levels - levels in percent, in column order
 * @returns the rows, each ending with a newline
 * @example
 * formatForecast('a', 19723, f, [80]);
 */
export function formatForecast(
  id: string,
  lastDay: number,
  f: Pick<SeriesForecast, 'mean' | 'lower' | 'upper'>,
  levels: readonly number[],
): string {
  const name = /[",\r\n]/.test(id) ? `"${id.replaceAll('"', '""')}"` : id;
  const bounds = levels.map((l) => [f.lower[l]!, f.upper[l]!] as const);
  let out = '';
  for (let i = 0; i < f.mean.length; i += 1) {
    out += `${name},${dayText(lastDay + i + 1)},${num(f.mean[i]!)}`;
    for (const [lo, hi] of bounds) out += `,${num(lo[i]!)},${num(hi[i]!)}`;
    out += '\n';
  }
  return out;
}

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
