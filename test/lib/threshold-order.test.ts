import { describe, expect, it } from 'vitest';
import { parseConfig } from '#lib/config';

describe('checkThresholdOrder, through parseConfig', () => {
  it.each([
    [
      'default thresholds in the wrong order',
      '{\n "thresholds": {\n  "default": {"warning": 0.9,\n   "critical": 0.8}\n }\n}',
      "c.json, line 3: field 'thresholds.default.warning' must be below " +
        'critical, 0.8 (thresholds.default.critical) (got 0.9)',
    ],
    [
      'a default critical under the default warning left as it is',
      '{\n "thresholds": {\n  "default": {\n   "critical": 0.6}\n }\n}',
      "c.json, line 4: field 'thresholds.default.critical' must be above " +
        'warning, 0.7 (thresholds.default.warning) (got 0.6)',
    ],
    [
      "a link type's warning over the default critical",
      '{"thresholds": {\n "ix": {"warning": 0.9}}}',
      "c.json, line 2: field 'thresholds.ix.warning' must be below " +
        'critical, 0.85 (thresholds.default.critical) (got 0.9)',
    ],
    [
      "a link type's critical under the default warning",
      '{"thresholds": {"default": {"warning": 0.75},\n "pni": {"critical": 0.6}}}',
      "c.json, line 2: field 'thresholds.pni.critical' must be above " +
        'warning, 0.75 (thresholds.default.warning) (got 0.6)',
    ],
    [
      "a link type's own thresholds in the wrong order",
      '{"thresholds": {"cache": {"critical": 0.5, "warning": 0.5}}}',
      "c.json, line 1: field 'thresholds.cache.warning' must be below " +
        'critical, 0.5 (thresholds.cache.critical) (got 0.5)',
    ],
  ])(
    'rejects %s, naming the threshold written and the one it meets',
    (_, text, message) => {
      // Act / Assess
      expect(() => parseConfig(text, 'c.json')).toThrow(message);
    },
  );

  it("takes a default critical over the built-in warning, and a type's pair in order", () => {
    // Prepare
    const text =
      '{"thresholds": {"default": {"critical": 0.75},' +
      ' "ix": {"warning": 0.5, "critical": 0.6}}}';

    // Act
    const config = parseConfig(text, 'c.json');

    // Assess
    expect(config.thresholds.default).toEqual({ warning: 0.7, critical: 0.75 });
    expect(config.thresholds.ix).toEqual({ warning: 0.5, critical: 0.6 });
  });
});
