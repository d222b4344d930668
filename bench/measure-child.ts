import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** What `measureChild` saw. */
export interface ChildMeasure {
  readonly seconds: number;
  /** Peak resident memory of the child (VmHWM, threads included), MB. */
  readonly peakMb: number;
  /** CPU time of the child (user + system, all threads), seconds. */
  readonly cpuSeconds: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command and samples its peak resident memory from
 * `/proc/<pid>/status` (VmHWM: the high-water mark of the whole process,
 * worker threads included) and its CPU time (`/proc/<pid>/stat`) every
 * 100 ms until it exits.
 *
 * @example
 * const m = await measureChild(process.execPath, ['bin/headroom.js', 'run']);
 */
export async function measureChild(
  command: string,
  args: readonly string[],
): Promise<ChildMeasure> {
  const began = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  let peakMb = 0;
  let cpuSeconds = 0;
  const timer = setInterval(async () => {
    try {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
      peakMb = Math.max(peakMb, kb / 1024);
      // utime and stime, fields 14 and 15, in clock ticks of 10 ms.
      const stat = await readFile(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuSeconds = (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // The process has exited between two samples.
    }
  }, 100);
  const status = await new Promise<number | null>((done) =>
    child.on('close', done),
  );
  clearInterval(timer);
  const seconds = (performance.now() - began) / 1000;
  return { seconds, peakMb, cpuSeconds, status, stdout, stderr };
}
