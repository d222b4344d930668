import { describe, expect, it } from 'vitest';
import { UsageError } from '#lib/errors';
import { BENCHES, chooseBenches } from '../../bench/choose-benches.ts';

describe('chooseBenches', () => {
  it('runs every benchmark when none is named, the named ones otherwise', () => {
    // Act
    const all = chooseBenches([]);
    const some = chooseBenches(['start', 'sample']);

    // Assess
    expect(all).toEqual(BENCHES);
    expect(some).toEqual(['start', 'sample']);
  });

  it('rejects a name that is not a benchmark instead of running them all', () => {
    // Act
    let error: unknown;
    try {
      chooseBenches(['sample', 'smaple']);
    } catch (caught) {
      error = caught;
    }

    // Assess
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      'not a benchmark: smaple (name some of sample, rollup, speed, ' +
        'forecast-cli, accuracy, backtest, report, aws-sizes, start, or ' +
        'none for all)',
    );
  });
});
