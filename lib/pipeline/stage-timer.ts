import type { Logger } from '#lib/ports/logger';

/**
 * Logs each stage's wall time, this process's CPU time (worker threads
 * included) and peak memory when it ends: the figures of the README's
 * scale benchmark come from these lines.
 *
 * @param log - where the `stage done` lines go
 * @returns a function running one named stage
 * @example
 * const stage = stageTimer(deps.log);
 * await stage('plan', () => planRun(deps, { asOf }));
 */
export function stageTimer(log: Logger) {
  return async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const began = performance.now();
    const cpu = process.cpuUsage();
    const result = await work();
    const used = process.cpuUsage(cpu);
    log.info('stage done', {
      stage: name,
      seconds: round((performance.now() - began) / 1000),
      cpuSeconds: round((used.user + used.system) / 1e6),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    });
    return result;
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
