import { describe, expect, it } from 'vitest';
import { parseConfig } from '#lib/config';
import { ConfigError, InputError } from '#lib/errors';
import { parseJsonText } from '#lib/json-text';
import { parseScenario } from '#lib/rules/scenario';

const asInput = (file: string, problem: string, location = {}) =>
  new InputError(file, problem, location);

/** The message `act` throws. */
function messageOf(act: () => unknown): string {
  try {
    act();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('did not throw');
}

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
    // Pasted from a word processor, an email or a chat: it gave only
    // JSON.parse's "Expected property name or '}'"
    [
      'typographic quotes',
      '{\n  “horizonDays”: 365\n}',
      'line 2: is not valid JSON at column 3 (“ is a typographic quote: JSON strings take straight double quotes, "): ',
    ],
    [
      'an indent of no-break spaces',
      '{\n\u00a0\u00a0"horizonDays": 365\n}',
      'line 2: is not valid JSON at column 1 (a no-break space (U+00A0): JSON takes plain spaces): ',
    ],
    [
      'nothing',
      '',
      'line 1: is not valid JSON at column 1 (the file is empty): ',
    ],
    [
      'blank lines',
      ' \n\n',
      'line 1: is not valid JSON at column 1 (the file is empty): ',
    ],
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

  // Node 20's JSON.parse says `Unexpected token 'x', "…" is not valid
  // JSON` for these, with no position: they were put on the file's last line.
  it.each([
    [
      'a value in single quotes',
      '{\n  "horizonDays": 90,\n  "decisionLevel": \'group\'\n}\n',
      'line 3: is not valid JSON at column 20 (JSON strings take double quotes): ',
    ],
    [
      "Python's True",
      '{\n  "horizonDays": 90,\n  "x": True\n}\n',
      'line 3: is not valid JSON at column 8 (JSON writes true, false and null in lower case): ',
    ],
    [
      'NaN',
      '{\n"horizonDays": NaN}\n',
      'line 2: is not valid JSON at column 16 (JSON has no NaN or Infinity): ',
    ],
    [
      "a comma before an array's end",
      '{\n  "horizonDays": 90,\n  "a": [1,\n 2,\n ]\n}\n',
      "line 5: is not valid JSON at column 2 (a comma before ']': JSON allows none after the last item): Unexpected token ']'",
    ],
  ])(
    'names the line, column and slip of %s, JSON.parse giving no position',
    (_, text, where) => {
      // Act
      const act = () => parseConfig(text, 'c.json');

      // Assess: JSON.parse's words on one line, its excerpt's line breaks
      // as spaces
      expect(act).toThrow(ConfigError);
      expect(act).toThrow(`c.json, ${where}`);
      expect(messageOf(act)).not.toMatch(/[\r\n]/);
    },
  );

  it('names the place of a capitalised null in a scenario', () => {
    // Prepare
    const text = '{"name": "x",\r\n "events": None}';

    // Act
    const act = () => parseScenario(text, 'what-if.json');

    // Assess
    expect(messageOf(act)).toMatch(
      /^what-if\.json, line 2: is not valid JSON at column 12 \(JSON writes true, false and null in lower case\): Unexpected token 'N', .*"events": None}" is not valid JSON$/,
    );
  });
});
