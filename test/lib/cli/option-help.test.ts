import { describe, expect, it } from 'vitest';
import { backtestCommand } from '#lib/cli/backtest';
import { forecastCommand } from '#lib/cli/forecast';
import { sampleCommand } from '#lib/cli/sample';

/** The help's line of an option, its description joined onto one line. */
function optionHelp(help: string, flag: string): string {
  const lines = help.split('\n');
  const start = lines.findIndex((l) => l.trimStart().startsWith(flag));
  if (start < 0) throw new Error(`no ${flag} in the help:\n${help}`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^\s{2}-/.test(l));
  return [lines[start], ...rest.slice(0, end)].join(' ').replace(/\s+/g, ' ');
}

describe('the help of the commands with required options', () => {
  // Commander names one missing option at a time: a newcomer typing
  // `headroom forecast --input in.csv` learnt of --horizon, then of
  // --output, from two failed runs, the help marking none of them.
  it.each([
    [
      'forecast',
      forecastCommand,
      ['--input', '--horizon', '--output'],
      '--levels',
    ],
    ['backtest', backtestCommand, ['--lake', '--inventory'], '--config'],
  ])(
    'headroom %s --help marks each required option, and no other',
    (_name, make, flags, optional) => {
      const help = make().helpInformation();
      for (const flag of flags) {
        expect(optionHelp(help, flag)).toContain('(required)');
      }
      expect(optionHelp(help, optional)).not.toContain('(required)');
    },
  );

  it('headroom forecast --help says --horizon is 1 to 3650 days', () => {
    const help = forecastCommand().helpInformation();
    expect(optionHelp(help, '--horizon')).toContain('1 to 3650');
  });

  it('headroom forecast --help names every first character --spreadsheet-safe quotes, tab and CR too', () => {
    const help = forecastCommand().helpInformation();
    expect(optionHelp(help, '--spreadsheet-safe')).toContain(
      '(=, +, -, @, a tab or a carriage return first)',
    );
  });

  it('headroom sample --help gives the bounds of --links and --days, which it refuses past', () => {
    const help = sampleCommand().helpInformation();
    expect(optionHelp(help, '--links')).toContain('1 to 10000');
    expect(optionHelp(help, '--days')).toContain('1 to 3660');
  });
});
