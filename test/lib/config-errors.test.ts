import { describe, expect, it } from 'vitest';
import { parseConfig } from '#lib/config';

describe('parseConfig', () => {
  it.each([
    ['{"horizonDay": 10}', /c\.json, line 1: field 'horizonDay'.*\(got 10\)/],
    ['{"horizonDays": "10"}', /c\.json, line 1: field 'horizonDays'.*number/],
    [
      '{"thresholds": {"pni": {"warnin": 1}}}',
      /'thresholds\.pni\.warnin'.*warnin/,
    ],
    ['{"decisionLevel": 120}', /field 'decisionLevel'/],
    ['{"notify": {"by": "team"}}', /field 'notify\.by'/],
    ['{ nope', /c\.json, line 1: is not valid JSON at column 3/],
    [
      '{"thresholds": {"default": {"warning": 7, "critical": 8.5}}}',
      /'thresholds\.default\.warning'.*ratio between 0 and 1: write 0\.07 for 7%/,
    ],
  ])('rejects %s naming the file and field', (text, message) => {
    // Act / Assess
    expect(() => parseConfig(text, 'c.json')).toThrow(message);
  });

  it.each([
    [
      '{\n  "horizonDays": -5\n}',
      "c.json, line 2: field 'horizonDays' must be at least 30 (got -5)",
    ],
    [
      '{\n  "thresholds": {\n    "pni": {\n      "critical": "0.9"\n    }\n  }\n}',
      'c.json, line 4: field \'thresholds.pni.critical\' must be a number, not text: write 0.9 without quotes (got "0.9")',
    ],
    [
      // A threshold as a spreadsheet shows it, and a figure with separators
      '{"thresholds": {"default": {"critical": "85%"}}}',
      'c.json, line 1: field \'thresholds.default.critical\' must be a number, not text: write 0.85 for 85% (got "85%")',
    ],
    [
      '{"horizonDays": "1,000"}',
      'c.json, line 1: field \'horizonDays\' must be a number, not text: write 1000 or 1: the comma may separate thousands or decimals (got "1,000")',
    ],
    [
      '{"notify": {"by": "team"}}',
      "c.json, line 1: field 'notify.by' must be one of 'isp' or 'owner' (got \"team\")",
    ],
    [
      '{\n "leadTimeDays": {\n  "pni": 1000000000\n }\n}',
      "c.json, line 3: field 'leadTimeDays.pni' must be at most 1000 (got 1000000000)",
    ],
    ['[]', 'c.json, line 1: must hold one JSON object, {…}, not an array'],
    ['\n\nnull\n', 'c.json, line 3: must hold one JSON object, {…}, not null'],
    ['"x"', 'c.json, line 1: must hold one JSON object, {…}, not a string'],
    [
      '{"notify": {"reportBaseUrl": "reports.example.com"}}',
      "c.json, line 1: field 'notify.reportBaseUrl' must be an absolute " +
        'http(s) or file URL, e.g. https://reports.example.com/, or empty ' +
        '(got "reports.example.com")',
    ],
    [
      '{"owners": {"default": "ops\\nBcc: x@evil.example"}}',
      "c.json, line 1: field 'owners.default' must not contain control " +
        'characters (tab, line break, …) (got "ops\\nBcc: x@evil.example")',
    ],
    [
      '{"owners": {"regions": {"EMEA": "emea\\u00a0peering"}}}',
      "c.json, line 1: field 'owners.regions.EMEA' must not contain a " +
        'no-break space (U+00A0)',
    ],
    [
      '{"owners": {"regions": {"EMEA": "emea-peering "}}}',
      "c.json, line 1: field 'owners.regions.EMEA' must not start or end " +
        "with a space: links.csv's fields are read without them, and " +
        'messages are filtered by owner exactly (got "emea-peering ")',
    ],
    [
      '{"owners": {"regions": {"EMEA": "a@example.com; b@example.com"}}}',
      "c.json, line 1: field 'owners.regions.EMEA' holds 2 addresses: a " +
        'group has one owner, the value its messages are filtered by, so ' +
        'no subscription to one of them would match; name one owner (a ' +
        'team whose subscription reaches both, or one address) (got ' +
        '"a@example.com; b@example.com")',
    ],
    [
      '{"owners": {"default": "   "}}',
      'c.json, line 1: field \'owners.default\' must not be blank (got "   ")',
    ],
    [
      '{"notify": {"reportBaseUrl": "javascript:alert(1)"}}',
      "c.json, line 1: field 'notify.reportBaseUrl' must be an absolute " +
        'http(s) or file URL, e.g. https://reports.example.com/, or empty ' +
        '(got "javascript:alert(1)")',
    ],
  ])(
    'names the line and the value the schema refuses in %s',
    (text, message) => {
      // Act / Assess
      expect(() => parseConfig(text, 'c.json')).toThrow(message);
    },
  );

  it('names an unknown field by its own path, line and value, and the key it begins', () => {
    // Prepare
    const text = '{"notify": {\n"by": "owner",\n"renotify": 3}}';

    // Act / Assess
    expect(() => parseConfig(text, 'c.json')).toThrow(
      /^c\.json, line 3: field 'notify\.renotify' is unknown \(did you mean 'renotifyDays'\?\) \(got 3\)$/,
    );
  });

  it('names an unknown top-level field with its line, not as (root), and the key one letter away', () => {
    // Prepare
    const text = '{\n  "horizonDay": 400\n}';

    // Act / Assess
    expect(() => parseConfig(text, 'c.json')).toThrow(
      /^c\.json, line 2: field 'horizonDay' is unknown \(did you mean 'horizonDays'\?\) \(got 400\)$/,
    );
  });

  it.each([
    ['{"colour": "red"}', `field 'colour' is unknown (got "red")`],
    ['{"thresholds": {"pix": {}}}', `field 'thresholds.pix' is unknown`],
  ])('guesses no key for %s, near none it takes or near two', (text, words) => {
    // Act
    const error = (() => {
      try {
        parseConfig(text, 'c.json');
      } catch (thrown) {
        return thrown as Error;
      }
    })();

    // Assess: 'pix', under four letters, could be 'pni' or 'ix': no guess
    expect(error?.message).toBe(`c.json, line 1: ${words}`);
  });
});
