/**
 * `npx tsx bench/forecast-cli.ts [--series N] [--workers W] [--blocks B]`:
 * end-to-end speed of `headroom forecast` (the streaming command, CSV
 * reading and writing included) on N (default 2,000) synthetic series ×
 * 730 days, horizon 365, levels 80/95, beside the engine alone on the same
 * series in memory. Writes the input CSV (traffic in whole units, as
 * counters give it) to a temporary folder first, in B (default 4) files;
 * the engine forecasts the very values the command reads (rounded as in
 * the CSV, season 7), generated before its clock starts.
 *
 * Measured file by file, the command and the engine on the same series in
 * turn first, each after a full garbage collection and after a warm-up
 * that both share (the command on 100 other series), so that neither pays
 * for the other's garbage, a cold start or a drift in the machine's load.
 * Prints series per second (wall clock, and per core of CPU time: user +
 * system of the whole process) for each, their ratio and the load average
 * before and after.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamForecast } from '#lib/cli/stream-forecast';
import { forecastSeries } from '#lib/forecast/index';
import { benchArgs, wholeOption } from './bench-args.ts';
import {
  inputSeries,
  LENGTH,
  writeBlocks,
  writeInput,
} from './forecast-input.ts';
import { type Measured, measureBlocks } from './forecast-measure.ts';
import type { Spent } from './step-times.ts';

const HORIZON = 365;
const LEVELS = [80, 95];
const WARM_UP = 100;
const { values } = benchArgs(import.meta.url, {
  options: {
    series: { type: 'string', default: '2000' },
    workers: { type: 'string', default: '1' },
    blocks: { type: 'string', default: '4' },
  },
});
const url = import.meta.url;
const count = wholeOption(url, '--series', values.series, { min: 1 });
// At least one, as `headroom forecast --workers`.
const workers = wholeOption(url, '--workers', values.workers, { min: 1 });
const blocks = wholeOption(url, '--blocks', values.blocks, { min: 1 });

async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'headroom-cli-bench-'));
  const output = join(dir, 'out.csv');
  const parts = await writeBlocks(dir, count, blocks);
  const warm = join(dir, 'warm.csv');
  await writeInput(warm, inputSeries(count + 1, WARM_UP));
  const load = loadavg();
  const command = (file: string) =>
    streamForecast({
      input: file,
      output,
      horizon: HORIZON,
      season: 7,
      levels: LEVELS,
      workers,
      warn: () => {},
    });
  // Both measurements start warm: the first forecasts (and the first rows
  // read and written) run unoptimised code, which would otherwise be
  // charged to whichever runs first. The command on other series warms both.
  await command(warm);
  const engine = (y: readonly number[]) =>
    forecastSeries(y, { horizon: HORIZON, season: 7, levels: LEVELS });
  const measured = await measureBlocks(parts, { command, engine }, output);
  printRates({ count, workers, blocks, load, ...measured });
  await rm(dir, { recursive: true });
}

/** Prints both rates, their ratio and the load average before and after. */
function printRates(
  o: Measured & {
    count: number;
    workers: number;
    blocks: number;
    load: number[];
  },
): void {
  const { count, cli, engine } = o;
  const rate = (m: Spent) =>
    `${(count / m.wall).toFixed(1)} series/s wall-clock (${m.wall.toFixed(1)} s), ${(count / m.cpu).toFixed(1)} per core of CPU time (${m.cpu.toFixed(1)} CPU-s)`;
  console.log(
    `headroom forecast, ${count} series × ${LENGTH} days, horizon ${HORIZON}, levels 80/95, ${o.workers} worker(s), CSV in and out (${o.written.toFixed(0)} MB written, ${o.blocks} file(s)): ${rate(cli)}`,
  );
  console.log(`engine alone on the same series: ${rate(engine)}`);
  console.log(
    `command / engine (CPU time per series): ${((100 * engine.cpu) / cli.cpu).toFixed(0)} %`,
  );
  const show = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
  console.log(
    `load average ${show(o.load)} before, ${show(loadavg())} after (${availableParallelism()} cores)`,
  );
}

await run();
