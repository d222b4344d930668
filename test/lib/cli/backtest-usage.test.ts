import { describe, expect, it } from 'vitest';
import { backtestCommand } from '#lib/cli/backtest';
import { runBacktestCommand, useBacktestLake } from './backtest-fixture.ts';

const { lakeArgs } = useBacktestLake();

describe('headroom backtest usage errors', () => {
  it.each([
    [
      'dates out of order',
      ['--from', '2026-03-01', '--to', '2026-02-01'],
      '--from 2026-03-01 is after --to 2026-02-01',
    ],
    [
      '--every 0',
      ['--from', '2026-02-01', '--to', '2026-03-01', '--every', '0'],
      '--every must be a whole number from 1 to 3660 (got "0")',
    ],
    [
      'a negative --every',
      ['--from', '2026-02-01', '--to', '2026-03-01', '--every', '-7'],
      '--every must be a whole number from 1 to 3660 (got "-7")',
    ],
    [
      'a fractional --every',
      ['--from', '2026-02-01', '--to', '2026-03-01', '--every', '2.5'],
      '--every must be a whole number from 1 to 3660 (got "2.5")',
    ],
    [
      'a range after the data',
      ['--from', '2026-02-01', '--to', '2026-08-01'],
      '--to 2026-08-01 is outside the data: series_daily runs from ' +
        '2026-01-01 to 2026-07-19',
    ],
    [
      'a range before the data',
      ['--from', '2025-06-01', '--to', '2026-03-01'],
      '--from 2025-06-01 is outside the data: series_daily runs from ' +
        '2026-01-01 to 2026-07-19',
    ],
  ])('rejects %s as a usage error', async (_, args, message) => {
    // Act
    const { code, output } = await runBacktestCommand(...lakeArgs(), ...args);

    // Assess
    expect(code).toBe(2);
    expect(output).toContain(message);
  });

  it('says in its help that it writes --out and one file beside it, the summary', () => {
    // Act
    const help = backtestCommand().helpInformation().replace(/\s+/g, ' ');

    // Assess
    expect(help).toContain(
      'Writes nothing but --out and its summary beside it.',
    );
  });

  it("gives --from's default in its help as the command applies it, the first day with 28 days of data on a short lake", () => {
    // Act
    const help = backtestCommand().helpInformation().replace(/\s+/g, ' ');

    // Assess
    expect(help).toContain(
      '--from <date> first as-of date to replay (default: 270 days before ' +
        '--to, or the first day with 28 days of data before it)',
    );
  });
});
