import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig, thresholdsFor } from '#lib/config';

describe('parseConfig', () => {
  it('fills every default from an empty object', () => {
    // Act
    const config = parseConfig('{}', 'c.json');

    // Assess
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(config.horizonDays).toBe(365);
    expect(config.leadTimeDays.cache).toBe(120);
    expect(config.notify).toMatchObject({ by: 'isp', renotifyDays: 7 });
  });

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    // Prepare: what readFile(path, 'utf8') returns for a file saved "UTF-8 with BOM"
    const text = '\uFEFF{"horizonDays": 180}';

    // Act
    const config = parseConfig(text, 'c.json');

    // Assess
    expect(config).toEqual({ ...DEFAULT_CONFIG, horizonDays: 180 });
  });

  it('overrides link-type thresholds field by field', () => {
    // Prepare
    const text = '{"thresholds": {"ix": {"critical": 0.9}}}';

    // Act
    const config = parseConfig(text, 'c.json');

    // Assess
    expect(thresholdsFor(config, 'ix')).toEqual({
      warning: 0.7,
      critical: 0.9,
    });
    expect(thresholdsFor(config, 'pni')).toEqual({
      warning: 0.7,
      critical: 0.85,
    });
  });

  it.each([
    ['{"horizonDay": 10}', /c\.json: field '\(root\)'.*horizonDay/],
    ['{"horizonDays": "10"}', /c\.json: field 'horizonDays'.*number/],
    ['{"thresholds": {"pni": {"warnin": 1}}}', /'thresholds\.pni'.*warnin/],
    ['{"decisionLevel": 120}', /field 'decisionLevel'/],
    ['{"notify": {"by": "team"}}', /field 'notify\.by'/],
    ['{"thresholds": {"ix": {"warning": 0.9}}}', /'thresholds\.ix'.*below/],
    ['{ nope', /c\.json: is not valid JSON/],
    [
      '{"thresholds": {"default": {"warning": 7, "critical": 8.5}}}',
      /'thresholds\.default\.warning'.*ratio between 0 and 1 \(0\.7 for 70 %\)/,
    ],
  ])('rejects %s naming the file and field', (text, message) => {
    // Act / Assess
    expect(() => parseConfig(text, 'c.json')).toThrow(message);
  });

  it('names an unknown field once, as zod words it', () => {
    // Prepare
    const text = '{"notify": {"by": "owner", "renotify": 3}}';

    // Act / Assess
    expect(() => parseConfig(text, 'c.json')).toThrow(
      /^c\.json: field 'notify' Unrecognized key: "renotify"$/,
    );
  });
});
