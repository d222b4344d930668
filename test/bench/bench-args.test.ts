import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs a benchmark script with `args`; its output and exit code. */
async function bench(script: string, ...args: string[]) {
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

describe("a benchmark script's command line", () => {
  it('prints what it measures and how to run it for --help, measuring nothing', async () => {
    // Act
    const { stdout, stderr, code } = await bench('bench/sample.ts', '--help');

    // Assess
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Sample-generation benchmark: generates a sample/);
    expect(stdout).toContain('--links N --days D');
    expect(stdout).not.toMatch(/^\s*\*/m);
    expect(stderr).toBe('');
  }, 60_000);

  it('names an unknown option in one line, not a stack trace, and exits 2', async () => {
    // Act
    const { stdout, stderr, code } = await bench('bench/rollup.ts', '--bogus');

    // Assess
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "rollup.ts: Unknown option '--bogus'\n(--help for its options)\n",
    );
  }, 60_000);
});
