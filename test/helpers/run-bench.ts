import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs a benchmark script (`bench/….ts`) with `args` in a child process,
 * as a person runs it with tsx: its output and exit code.
 *
 * @param script - the script's path from the repository's root
 * @param args - its command line
 * @returns stdout, stderr and the exit code
 * @example
 * const { stdout, code } = await runBench('bench/sample.ts', '--help');
 */
export async function runBench(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [
      '--import',
      'tsx',
      script,
      ...args,
    ]);
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const { stdout, stderr, code } = error as {
      stdout: string;
      stderr: string;
      code: number;
    };
    return { stdout, stderr, code };
  }
}
