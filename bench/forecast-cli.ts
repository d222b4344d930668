/**
 * `npx tsx bench/forecast-cli.ts [--series N] [--workers W]`: end-to-end
 * speed of `headroom forecast` (the streaming command, CSV reading and
 * writing included) on N (default 2,000) synthetic series × 730 days,
 * horizon 365, levels 80/95, beside the engine alone on the same series in
 * memory. Writes the input CSV (traffic in whole units, as counters give
 * it) to a temporary folder first. The engine forecasts the very
 * values the command reads (rounded as in the CSV, season 7), generated
 * before its clock starts. Prints series per second (wall clock and per
 * core of CPU time: user + system of the whole process) and the ratio,
 * after a warm-up that both share (the command on 100 other series), each
 * the mean of two runs in the order command, engine, engine, command,
 * with the load average before and after.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamForecast } from '#lib/cli/stream-forecast';
import { forecastSeries } from '#lib/forecast/index';
import { isoDay } from '#lib/forecast/long-series';
import { synthetic } from './synthetic.ts';

const LENGTH = 730;
const HORIZON = 365;
const LEVELS = [80, 95];
const WARM_UP = 100;
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

/** Series from seed `first` on as the CSV holds them: whole units, NaN for a gap. */
function inputSeries(first: number, count: number): number[][] {
  return Array.from({ length: count }, (_, i) =>
    synthetic(first + i, LENGTH).map((v) =>
      Number.isNaN(v) ? v : Math.round(v),
    ),
  );
}

async function writeInput(file: string, series: readonly number[][]) {
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

interface Measure {
  readonly wall: number;
  readonly cpu: number;
}

/** Mean of two measurements of the same work. */
function mean(a: Measure, b: Measure): Measure {
  return { wall: (a.wall + b.wall) / 2, cpu: (a.cpu + b.cpu) / 2 };
}

function measure<T>(f: () => Promise<T>) {
  return async () => {
    const cpu = process.cpuUsage();
    const t = performance.now();
    await f();
    const used = process.cpuUsage(cpu);
    return {
      wall: (performance.now() - t) / 1000,
      cpu: (used.user + used.system) / 1e6,
    };
  };
}

async function run(): Promise<void> {
  const count = arg('--series', 2000);
  const workers = arg('--workers', 1);
  const dir = await mkdtemp(join(tmpdir(), 'headroom-cli-bench-'));
  const input = join(dir, 'in.csv');
  const output = join(dir, 'out.csv');
  const series = inputSeries(1, count);
  await writeInput(input, series);
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
  const cliOnce = measure(() => command(input));
  const engineOnce = measure(async () => {
    for (const y of series) {
      forecastSeries(y, { horizon: HORIZON, season: 7, levels: LEVELS });
    }
  });
  // Command, engine, engine, command: a drift in load or heap over the
  // run weighs on both alike.
  const first = await cliOnce();
  const engine = mean(await engineOnce(), await engineOnce());
  const cli = mean(first, await cliOnce());
  const size = (await stat(output)).size / 1e6;
  const rate = (m: Measure) =>
    `${(count / m.wall).toFixed(1)} series/s wall-clock (${m.wall.toFixed(1)} s), ${(count / m.cpu).toFixed(1)} per core of CPU time (${m.cpu.toFixed(1)} CPU-s)`;
  console.log(
    `headroom forecast, ${count} series × ${LENGTH} days, horizon ${HORIZON}, levels 80/95, ${workers} worker(s), CSV in and out (${size.toFixed(0)} MB written): ${rate(cli)}`,
  );
  console.log(`engine alone on the same series: ${rate(engine)}`);
  console.log(
    `command / engine (CPU time per series): ${((100 * engine.cpu) / cli.cpu).toFixed(0)} %`,
  );
  const show = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
  console.log(
    `load average ${show(load)} before, ${show(loadavg())} after (${availableParallelism()} cores)`,
  );
  await rm(dir, { recursive: true });
}

await run();
