import { describe, expect, it } from 'vitest';
import { parseConfig } from '#lib/config';
import { ConfigError, InputError } from '#lib/errors';
import { parseJsonText } from '#lib/json-text';
import { parseScenario } from '#lib/rules/scenario';

const asInput = (file: string, problem: string, location = {}) =>
  new InputError(file, problem, location);

describe('parseJsonText', () => {
  it('rejects a key given twice, naming the line of the second and its path', () => {
    // Prepare: JSON.parse would keep 0.95 without a word
    const text = [
      '{',
      '  "thresholds": {',
      '    "pni": {',
      '      "critical": 0.9,',
      '      "critical": 0.95',
      '    }',
      '  }',
      '}',
    ].join('\n');

    // Act
    const act = () => parseConfig(text, 'headroom.json');

    // Assess
    expect(act).toThrow(ConfigError);
    expect(act).toThrow(
      "headroom.json, line 5: field 'thresholds.pni.critical' is given twice, first on line 4 (only the last would count, without a word: keep one)",
    );
  });

  it('names an element of an array by its index, in a scenario', () => {
    // Prepare
    const text =
      '{"name": "x", "events": [\n' +
      '  {"kind": "event-surge", "date": "2026-12-01", "factor": 2},\n' +
      '  {"kind": "event-surge", "date": "2026-12-02",\n' +
      '   "factor": 2, "date": "2026-12-03"}\n' +
      ']}\n';

    // Act
    const act = () => parseScenario(text, 'what-if.json');

    // Assess
    expect(act).toThrow(
      "what-if.json, line 4: field 'events.1.date' is given twice, first on line 3",
    );
  });

  it('tells keys apart as JSON.parse does: by their value, escapes decoded', () => {
    // Act
    const act = () =>
      parseJsonText('{"a": 1, "\\u0061": 2}', 'a.json', asInput);

    // Assess
    expect(act).toThrow("a.json, line 1: field 'a' is given twice");
    expect(
      parseJsonText(
        '{"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}]}',
        'a.json',
        asInput,
      ),
    ).toEqual({
      a: { a: 1 },
      b: [{ a: 2 }, { a: 3 }],
    });
  });

  it.each([
    [
      '{"horizonDays":\n 1e400}',
      'horizonDays',
      '1e400',
      'beyond the largest number a double holds',
    ],
    [
      '{"thresholds": {"default": {"warning": 1e-400}}}',
      'thresholds.default.warning',
      '1e-400',
      'too close to 0 for a double',
    ],
  ])(
    'says a number out of range is so, not a wrong type: %s',
    (text, field, raw, why) => {
      // Act
      const act = () => parseConfig(text, 'c.json');

      // Assess
      expect(act).toThrow(
        new RegExp(
          `^c\\.json, line \\d: field '${field}' is out of range: ${why}.*\\(got "${raw}"\\)$`,
        ),
      );
    },
  );

  it('reads a zero written as zero and keeps the last parse error of invalid JSON', () => {
    // Act / Assess
    expect(parseJsonText('{"a": 0e400, "b": -0.0}', 'a.json', asInput)).toEqual(
      { a: 0, b: -0 },
    );
    expect(() => parseJsonText('{"a": 1 "b"}', 'a.json', asInput)).toThrow(
      /^a\.json, line 1: is not valid JSON at column 9: .*JSON/,
    );
  });

  it('reports a file nested too deeply for the syntax tree as an input error', () => {
    // Prepare
    const text = `{"a": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`;

    // Act
    const act = () => parseJsonText(text, 'deep.json', asInput);

    // Assess
    expect(act).toThrow(InputError);
    expect(act).toThrow(
      'deep.json: nests arrays or objects too deeply to be read',
    );
  });
});
