/**
 * The measurements of `bench/forecast-cli.ts`: the command and the
 * engine on each input file in turn, each after a full garbage collection.
 */
import { stat } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { InputBlock } from './forecast-input.ts';

/** Seconds of wall clock and of CPU (user + system). */
export interface Measure {
  readonly wall: number;
  readonly cpu: number;
}

function add(a: Measure, b: Measure): Measure {
  return { wall: a.wall + b.wall, cpu: a.cpu + b.cpu };
}

// A full collection before each measurement, so that none pays for the
// garbage of what ran before it (the input written, the other runs).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function measure<T>(f: () => Promise<T>) {
  return async () => {
    collect();
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

/** The command's and the engine's times, and the megabytes written. */
export interface Measured {
  readonly cli: Measure;
  readonly engine: Measure;
  readonly written: number;
}

/**
 * Block by block, command and engine on the same series, in turn first:
 * a drift in the machine's load weighs on both alike.
 */
export async function measureBlocks(
  parts: readonly InputBlock[],
  run: {
    readonly command: (file: string) => Promise<unknown>;
    readonly engine: (series: readonly number[]) => unknown;
  },
  output: string,
): Promise<Measured> {
  let cli: Measure = { wall: 0, cpu: 0 };
  let engine: Measure = { wall: 0, cpu: 0 };
  let written = 0;
  for (const [k, p] of parts.entries()) {
    const byCommand = measure(() => run.command(p.input));
    const byEngine = measure(async () => {
      for (const y of p.series) run.engine(y);
    });
    if (k % 2 === 0) cli = add(cli, await byCommand());
    engine = add(engine, await byEngine());
    if (k % 2 === 1) cli = add(cli, await byCommand());
    written += (await stat(output)).size / 1e6;
  }
  return { cli, engine, written };
}
