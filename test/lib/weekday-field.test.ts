import { describe, expect, it } from 'vitest';
import { parseConfig } from '#lib/config';

const RANGE = 'the day of the week from 0 (Sunday) to 6 (Saturday)';

describe('weekdayField, as notify.digestWeekday reads', () => {
  it.each([
    ['"Monday"', `must be a number, ${RANGE}: write 1 for Monday`],
    ['"mon"', `must be a number, ${RANGE}: write 1 for Monday`],
    ['"Thurs."', `must be a number, ${RANGE}: write 4 for Thursday`],
    ['"t"', `must be a number, ${RANGE}`],
    ['7', `must be ${RANGE}: write 0 for Sunday (7 in ISO 8601 and cron)`],
    ['-1', `must be ${RANGE}`],
    ['"1"', 'must be a number, not text: write 1 without quotes'],
  ])('names the day meant for %s', (value, problem) => {
    // Prepare
    const text = `{"notify": {"digestWeekday": ${value}}}`;

    // Act / Assess: "Monday" read 'must be a number, not text', 7 'must
    // be at most 6'
    expect(() => parseConfig(text, 'c.json')).toThrow(
      `c.json, line 1: field 'notify.digestWeekday' ${problem} (got ${value})`,
    );
  });

  it('takes a day by its number', () => {
    // Act
    const config = parseConfig('{"notify": {"digestWeekday": 0}}', 'c.json');

    // Assess
    expect(config.notify.digestWeekday).toBe(0);
  });
});
