import { describe, expect, it } from 'vitest';
import { parseDay, parseWhole } from '#lib/cli/parse-options';
import { UsageError } from '#lib/errors';

describe('parseWhole', () => {
  it.each([
    ['0', 0],
    ['4', 4],
    ['256', 256],
  ])('reads %j as %d', (value, expected) => {
    // Act / Assess
    expect(parseWhole('--workers', 0, 256)(value)).toBe(expected);
  });

  it.each(['', ' ', 'x', '2.5', '0x2', '1e2', '-1', '257'])(
    'rejects %j with the flag, the range and the value',
    (value) => {
      // Act / Assess
      expect(() => parseWhole('--workers', 0, 256)(value)).toThrow(
        new UsageError(
          `--workers must be a whole number from 0 to 256 (got "${value}")`,
        ),
      );
    },
  );
});

describe('parseWhole without an upper bound', () => {
  it('reads a whole number of any size a number holds exactly', () => {
    // Act / Assess
    expect(parseWhole('--links', 1, Infinity)('9007199254740991')).toBe(
      9_007_199_254_740_991,
    );
  });

  it.each([
    ['0', '1 or more'],
    ['abc', '1 or more'],
    // Past 2^53 − 1 the number read is not the one typed (1e20 here).
    ['99999999999999999999', 'from 1 to 9007199254740991'],
    ['9007199254740992', 'from 1 to 9007199254740991'],
  ])('rejects %j, saying it must be %s', (value, range) => {
    // Act / Assess
    expect(() => parseWhole('--links', 1, Infinity)(value)).toThrow(
      new UsageError(
        `--links must be a whole number ${range} (got "${value}")`,
      ),
    );
  });
});

describe('parseDay', () => {
  it.each([
    ['2026-12-03', undefined],
    ['1970-01-01', undefined],
    ['9899-12-31', undefined],
    [
      '2026-02-30',
      'must be a date YYYY-MM-DD: February 2026 has days 01 to 28',
    ],
    ['9999-12-31', 'is out of range: dates run from 1970-01-01 to 9899-12-31'],
    ['0000-01-01', 'is out of range: dates run from 1970-01-01 to 9899-12-31'],
  ])('reads %j, or says why not', (value, problem) => {
    // Act
    const act = () => parseDay('--as-of')(value);

    // Assess
    if (problem === undefined) expect(act()).toBe(value);
    else
      expect(act).toThrow(
        new UsageError(`--as-of ${problem} (got "${value}")`),
      );
  });
});
