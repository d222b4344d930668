/** The input of `bench/forecast-cli.ts`: synthetic series as a CSV holds them. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isoDay } from '#lib/forecast/parse-day';
import { synthetic } from './synthetic.ts';

/** Days of each series. */
export const LENGTH = 730;

/** Series from seed `first` on as the CSV holds them: whole units, NaN for a gap. */
export function inputSeries(first: number, count: number): number[][] {
  return Array.from({ length: count }, (_, i) =>
    synthetic(first + i, LENGTH).map((v) =>
      Number.isNaN(v) ? v : Math.round(v),
    ),
  );
}

/** Writes `series` as the command's input CSV (`link-<i>`, days from 2024-01-01). */
export async function writeInput(file: string, series: readonly number[][]) {
  const first = 19723; // 2024-01-01
  const days = Array.from({ length: LENGTH }, (_, t) => isoDay(first + t));
  const parts = ['series_id,ds,y\n'];
  series.forEach((y, i) => {
    let chunk = '';
    for (let t = 0; t < LENGTH; t += 1) {
      chunk += `link-${i},${days[t]},${Number.isNaN(y[t]!) ? '' : y[t]}\n`;
    }
    parts.push(chunk);
  });
  await writeFile(file, parts.join(''));
}

/** One input file of the benchmark, and the series it holds. */
export interface InputBlock {
  readonly input: string;
  readonly series: readonly number[][];
}

/**
 * Writes `count` series (seeds 1 on, all generated first) to `blocks`
 * files `in-<k>.csv` of `dir`, an equal share in each but the last.
 */
export async function writeBlocks(
  dir: string,
  count: number,
  blocks: number,
): Promise<InputBlock[]> {
  const series = inputSeries(1, count);
  const size = Math.ceil(count / blocks);
  const parts = Array.from({ length: blocks }, (_, k) => ({
    input: join(dir, `in-${k}.csv`),
    series: series.slice(k * size, (k + 1) * size),
  }));
  for (const p of parts) await writeInput(p.input, p.series);
  return parts;
}
