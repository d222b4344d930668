/**
 * The measurements of `bench/forecast-cli.ts`: the command and the
 * engine on each input file in turn, each after a full garbage collection.
 */
import { stat } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { InputBlock } from './forecast-input.ts';
import { addSpent, clock, NONE, type Spent } from './step-times.ts';

// A full collection before each measurement, so that none pays for the
// garbage of what ran before it (the input written, the other runs).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function measure<T>(f: () => Promise<T>) {
  return async () => {
    collect();
    const stop = clock();
    await f();
    return stop();
  };
}

/** The command's and the engine's times, and the megabytes written. */
export interface Measured {
  readonly cli: Spent;
  readonly engine: Spent;
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
  let cli = NONE;
  let engine = NONE;
  let written = 0;
  for (const [k, p] of parts.entries()) {
    const byCommand = measure(() => run.command(p.input));
    const byEngine = measure(async () => {
      for (const y of p.series) run.engine(y);
    });
    if (k % 2 === 0) cli = addSpent(cli, await byCommand());
    engine = addSpent(engine, await byEngine());
    if (k % 2 === 1) cli = addSpent(cli, await byCommand());
    written += (await stat(output)).size / 1e6;
  }
  return { cli, engine, written };
}
