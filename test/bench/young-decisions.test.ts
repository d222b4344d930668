import { describe, expect, it } from 'vitest';
import { runBench as bench } from '../helpers/run-bench.ts';

describe('bench/young-decisions.ts usage', () => {
  it.each([
    [['--days', '2-7'], /^young-decisions\.ts: --data DIR is needed\n/],
    [
      ['--data', 'x', '--days', '1-3'],
      /^young-decisions\.ts: --days must be N-M days with 2 <= N <= M, or N: got "1-3"\n/,
    ],
    [['--data', 'x', '--days', '7-3'], /--days must be N-M days.*got "7-3"/],
  ])(
    'refuses %j before any work (exit 2)',
    async (args, message) => {
      // Act
      const { stdout, stderr, code } = await bench(
        'bench/young-decisions.ts',
        ...args,
      );

      // Assess
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    },
    60_000,
  );
});
