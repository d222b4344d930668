/**
 * The child processes of the quality benches (`bench/shard-quality.ts`,
 * `bench/publish-quality.ts`): each variant read in a fresh process,
 * node's `--expose-gc` passed so that the heap held is measured after a
 * collection, and the figures of the one step a child measures.
 */
import { spawnSync } from 'node:child_process';

const MB = 1024 * 1024;
const mb = (bytes: number) => +(bytes / MB).toFixed(1);

/** What `measureStep` saw of a step, in ms and MB. */
export interface StepFigures<T> {
  readonly value: T;
  readonly ms: number;
  /** Heap held once the step is done, collected before and after. */
  readonly heldMb: number;
  /** Peak heap over the start, sampled every 5 ms. */
  readonly peakHeapOverMb: number;
  /** The process's peak RSS over its RSS at the step's start. */
  readonly peakRssOverMb: number;
}

/**
 * Runs one step in a child started by `runChildren` and measures it.
 *
 * @param step - the step
 * @returns its value and figures
 * @example
 * const { value, ms, heldMb } = await measureStep(() => readRunQuality(store, plan));
 */
export async function measureStep<T>(
  step: () => Promise<T>,
): Promise<StepFigures<T>> {
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  let peakHeap = heapBefore;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 5);
  const began = performance.now();
  const value = await step();
  const ms = Math.round(performance.now() - began);
  clearInterval(sampler);
  gc();
  const held = process.memoryUsage().heapUsed - heapBefore;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  return {
    value,
    ms,
    heldMb: mb(held),
    peakHeapOverMb: mb(peakHeap - heapBefore),
    peakRssOverMb: mb(peakRss - rssBefore),
  };
}

/**
 * Runs this bench's script once per variant, `runs` times alternated,
 * each in a fresh process (`--read <variant> --store <dir>` and `args`),
 * printing what each prints.
 *
 * @param dir - the store the parent wrote
 * @param variants - the variants, in order
 * @param runs - how many times each
 * @param args - more arguments for each child
 * @example
 * runChildren(dir, ['whole', 'parts'], 3);
 */
export function runChildren(
  dir: string,
  variants: readonly string[],
  runs: number,
  args: readonly string[] = [],
): void {
  for (let run = 0; run < runs; run += 1) {
    for (const variant of variants) {
      const child = spawnSync(
        process.execPath,
        [
          ...['--expose-gc', '--import', 'tsx', process.argv[1]!],
          ...['--read', variant, '--store', dir, ...args],
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
      );
      process.stdout.write(child.stdout);
    }
  }
}
