import { describe, expect, it } from 'vitest';
import { parseConfig } from '#lib/config';

describe('parseConfig on a key that looks like the one meant', () => {
  it.each([
    [
      '{"horizonDays\u200b": 400}',
      // Shown as its escape: it read as horizonDays
      'horizonDays\\u200b',
      'it holds a zero-width space (U+200B): unseen, it makes a name ' +
        'differ from one that looks the same',
    ],
    ['{"horizonDays ": 400}', 'horizonDays ', 'it ends in a space'],
    ['{" horizonDays": 400}', ' horizonDays', 'it starts with a space'],
    // It said only that it ends in one.
    [
      '{" horizonDays ": 400}',
      ' horizonDays ',
      'it starts and ends with a space',
    ],
  ])(
    'says what differs in an unknown key %j that looks like the key meant',
    (text, key, what) => {
      // Act / Assess: it said the key is 'horizonDays', which it looked
      // like already
      expect(() => parseConfig(text, 'c.json')).toThrow(
        `c.json, line 1: field '${key}' is unknown (the ` +
          `key is 'horizonDays': keys match exactly; ${what}) (got 400)`,
      );
    },
  );

  it.each([
    ['{\n  "horizondays": 400\n}', 2, 'horizondays', 'horizonDays', 400],
    ['{"leadTimeDays": {\n"IX": 30}}', 2, 'leadTimeDays.IX', 'ix', 30],
    ['{"lead_time_days": {"pni": 120}}', 1, 'lead_time_days', 'leadTimeDays'],
  ])(
    'names the key meant for an unknown key %s written in another case or punctuation',
    (text, line, field, meant, value?: number) => {
      // Act / Assess: the key was named alone, with no word of the one
      // meant, as a column or a required key written so is
      const got = value === undefined ? '' : ` (got ${value})`;
      expect(() => parseConfig(text, 'c.json')).toThrow(
        `c.json, line ${line}: field '${field}' is unknown (the key is '${meant}': keys match exactly)${got}`,
      );
    },
  );
});
