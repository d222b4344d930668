/** Wall and CPU time summed per step, for `bench/rollup-steps.ts`. */

/** Seconds of wall clock and of CPU (user + sys). */
export interface Spent {
  readonly wall: number;
  readonly cpu: number;
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

/** The time of each step, summed over its runs, the first step the reference. */
export class StepTimes {
  private readonly steps = new Map<string, Spent>();

  /** Adds `spent` to `step`. */
  add(step: string, spent: Spent): void {
    const sum = this.steps.get(step) ?? { wall: 0, cpu: 0 };
    this.steps.set(step, {
      wall: sum.wall + spent.wall,
      cpu: sum.cpu + spent.cpu,
    });
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
    const total = rest.reduce(
      (t, [, s]) => ({ wall: t.wall + s.wall, cpu: t.cpu + s.cpu }),
      { wall: 0, cpu: 0 },
    );
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
