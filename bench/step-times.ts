/**
 * Wall and CPU time of a piece of work, and summed per step, for the
 * benchmarks that time their steps (`bench/rollup-steps.ts`,
 * `bench/forecast-cli.ts`).
 */

/** Seconds of wall clock and of CPU (user + sys). */
export interface Spent {
  readonly wall: number;
  readonly cpu: number;
}

/** The two times added. */
export function addSpent(a: Spent, b: Spent): Spent {
  return { wall: a.wall + b.wall, cpu: a.cpu + b.cpu };
}

/** Starts a clock; calling what it returns gives the time spent since. */
export function clock() {
  const began = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return {
      wall: (performance.now() - began) / 1000,
      cpu: (used.user + used.system) / 1e6,
    };
  };
}

/** No time spent. */
export const NONE: Spent = { wall: 0, cpu: 0 };

/** The time of each step, summed over its runs, the first step the reference. */
export class StepTimes {
  private readonly steps = new Map<string, Spent>();

  /** Adds `spent` to `step`. */
  add(step: string, spent: Spent): void {
    this.steps.set(step, addSpent(this.steps.get(step) ?? NONE, spent));
  }

  /** Runs `run`, adding its time to `step`. */
  async timed<T>(step: string, run: () => Promise<T>): Promise<T> {
    const stop = clock();
    const result = await run();
    this.add(step, stop());
    return result;
  }

  /**
   * A Markdown table: each step against the first (the reference), then
   * the sum of all steps but the reference.
   */
  table(): string[] {
    const [reference, ...rest] = [...this.steps];
    const ref = reference![1];
    const total = rest.reduce((t, [, s]) => addSpent(t, s), NONE);
    const line = (step: string, s: Spent) =>
      `| ${step} | ${s.wall.toFixed(2)} | ${s.cpu.toFixed(2)} | ` +
      `${(s.wall / ref.wall).toFixed(2)}× | ${(s.cpu / ref.cpu).toFixed(2)}× |`;
    return [
      '| step | wall s | CPU s | wall × reference | CPU × reference |',
      '| --- | --- | --- | --- | --- |',
      line(reference![0], ref),
      ...rest.map(([step, s]) => line(step, s)),
      line('rollup, all steps', total),
    ];
  }
}
