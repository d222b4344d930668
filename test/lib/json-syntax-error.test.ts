import { describe, expect, it } from 'vitest';
import { InputError } from '#lib/errors';
import { parseJsonText } from '#lib/json-text';

const asInput = (file: string, problem: string, location = {}) =>
  new InputError(file, problem, location);

describe('jsonSyntaxError', () => {
  it.each([
    [
      'a comma after the last field',
      '{\n  "horizonDays": 365,\n  "decisionLevel": 80,\n}\n',
      "line 4: is not valid JSON at column 1 (a comma before '}': JSON allows none after the last item): ",
    ],
    [
      'a comment',
      '{\n  "horizonDays": 365\n  // a year\n}',
      'line 3: is not valid JSON at column 3 (JSON has no comments): ',
    ],
    [
      'a string in single quotes',
      "{\n  'horizonDays': 365\n}",
      'line 2: is not valid JSON at column 3 (JSON strings take double quotes): ',
    ],
    ['nothing', '', 'line 1: is not valid JSON at column 1: '],
    [
      'a file cut short, at its end',
      '{\n  "a": [1,\n  2',
      'line 3: is not valid JSON at column 4: ',
    ],
  ])(
    'names the line and column of %s, JSON.parse giving a position only',
    (_, text, where) => {
      // Act
      const act = () => parseJsonText(text, 'c.json', asInput);

      // Assess: JSON.parse's own words follow, which differ by Node version
      expect(act).toThrow(InputError);
      expect(act).toThrow(`c.json, ${where}`);
    },
  );
});
