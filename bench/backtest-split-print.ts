/** What `bench/backtest-split.ts` prints of each step and of the result. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { BACKTEST_KEY } from '#lib/domain/backtest';
import type { ChildMeasure } from './measure-child.ts';

/** Prints the plan's unload: the megabytes of Parquet under `unloaded`. */
export async function printUnload(unloaded: string) {
  const files = await readdir(unloaded, { recursive: true });
  let bytes = 0;
  for (const f of files.filter((name) => name.endsWith('.parquet'))) {
    bytes += (await stat(join(unloaded, f))).size;
  }
  console.log(
    `plan's unload (one scan for every batch): ${(bytes / 1e6).toFixed(1)} MB of Parquet`,
  );
}

/** Prints the batches' times in all, the slowest and the peak memory. */
export function printBatches(batches: readonly ChildMeasure[], of: number) {
  // A plan of no batches (a lake without groups) has no slowest.
  if (batches.length === 0) {
    console.log(`batches: none of ${of}`);
    return;
  }
  const sum = (f: (m: ChildMeasure) => number) =>
    batches.reduce((a, m) => a + f(m), 0);
  const slowest = batches.reduce((a, m) => (m.seconds > a.seconds ? m : a));
  console.log(
    `batches: ${batches.length} of ${of}, ${sum((m) => m.seconds).toFixed(1)} s wall ` +
      `and ${sum((m) => m.cpuSeconds).toFixed(1)} CPU-s in all; slowest ` +
      `${slowest.seconds.toFixed(1)} s / ${slowest.cpuSeconds.toFixed(1)} CPU-s; ` +
      `peak RSS up to ${Math.max(...batches.map((m) => m.peakMb)).toFixed(0)} MB`,
  );
}

/** Prints the merged result's size, dates, cases and F1 (`file`). */
export async function printResult(file: string) {
  const result = JSON.parse(await readFile(file, 'utf8'));
  console.log(
    `${BACKTEST_KEY}: ${((await stat(file)).size / 1e6).toFixed(1)} MB, ` +
      `${result.asOfDates.length} dates, ${result.cases.length} cases, ` +
      `F1 ${result.totals.f1?.toFixed(3) ?? 'n/a'}; load ${load()}`,
  );
}

/** Prints a step's wall time, CPU time and peak resident memory. */
export function print(name: string, m: ChildMeasure) {
  console.log(
    `${name}: ${m.seconds.toFixed(1)} s wall, ${m.cpuSeconds.toFixed(1)} ` +
      `CPU-s, peak RSS ${m.peakMb.toFixed(0)} MB`,
  );
}

/** The load average, e.g. `3.4 3.9 4.2`. */
export function load() {
  return loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
}
