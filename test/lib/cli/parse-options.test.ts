import { describe, expect, it } from 'vitest';
import { parseWhole } from '#lib/cli/parse-options';
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
