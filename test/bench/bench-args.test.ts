import { describe, expect, it } from 'vitest';
import { wholeOption } from '../../bench/bench-args.ts';
import { runBench as bench } from '../helpers/run-bench.ts';

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

  // Small sizes beside the bad value: were it accepted, the run is short.
  it.each([
    ['bench/sample.ts', '--links', 'abc', 1, ['--days', '2']],
    ['bench/backtest-split.ts', '--batches', '0', 1, ['--links', '2']],
    ['bench/speed.ts', '--series', '2.5', 1, []],
  ])(
    '%s rejects %s %j in one line before measuring anything, and exits 2',
    async (script, flag, value, min, sizes) => {
      // Act
      const { stdout, stderr, code } = await bench(
        script,
        ...sizes,
        flag,
        value,
      );

      // Assess
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `${script.slice('bench/'.length)}: ${flag} must be a whole number ` +
          `${min} or more (got "${value}")\n(--help for its options)\n`,
      );
    },
    60_000,
  );

  it('bench/kill.ts rejects a number out of its range as the others do', async () => {
    // Act
    const { stdout, stderr, code } = await bench(
      'bench/kill.ts',
      '--kills',
      '0',
    );

    // Assess
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'kill.ts: --kills must be a whole number from 1 to 10000 (got "0")\n' +
        '(--help for its options)\n',
    );
  }, 60_000);

  it('measures with the numbers given', async () => {
    // Act
    const sample = await bench(
      'bench/sample.ts',
      '--links',
      '2',
      '--days',
      '3',
    );
    const speed = await bench('bench/speed.ts', '--series', '2');

    // Assess
    expect(sample.code).toBe(0);
    expect(sample.stdout).toMatch(/^sample: 2 links × 3 days\nrows: \d+\n/);
    expect(speed.code).toBe(0);
    expect(speed.stdout).toMatch(/^2 series × 730 days, horizon 365/);
  }, 60_000);
});

describe('wholeOption', () => {
  it.each([
    ['0', 0, 0],
    ['12', 1, 12],
    ['007', 1, 7],
    [undefined, 1, undefined],
  ])('reads %j (at least %d) as %j', (text, min, expected) => {
    // Act
    const value = wholeOption(import.meta.url, '--n', text, { min });

    // Assess
    expect(value).toBe(expected);
  });
});
