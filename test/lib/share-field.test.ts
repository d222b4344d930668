import { describe, expect, it } from 'vitest';
import { parseConfig } from '#lib/config';

describe('shareField, as a configuration error reads', () => {
  it.each([
    [
      'a threshold in percent',
      '{"thresholds": {"default": {"critical": 85}}}',
      "field 'thresholds.default.critical' must be a ratio between 0 and 1: write 0.85 for 85% (got 85)",
    ],
    [
      'a threshold in percent, in quotes',
      '{"thresholds": {"pni": {"warning": "80"}}}',
      'field \'thresholds.pni.warning\' must be a number, not text: write 0.8 for 80% (got "80")',
    ],
    [
      'a threshold with a decimal comma',
      '{"thresholds": {"pni": {"warning": "0,85"}}}',
      'field \'thresholds.pni.warning\' must be a number, not text: write 0.85, with a decimal point (got "0,85")',
    ],
    [
      'a threshold in percent with a decimal comma',
      '{"thresholds": {"pni": {"critical": "85,5"}}}',
      'field \'thresholds.pni.critical\' must be a number, not text: write 0.855 for 85.5% (got "85,5")',
    ],
    [
      'a threshold beyond any share',
      '{"thresholds": {"ix": {"critical": 150}}}',
      "field 'thresholds.ix.critical' must be a ratio between 0 and 1 (0.7 for 70%) (got 150)",
    ],
    [
      'a decision level as a ratio',
      '{"decisionLevel": 0.8}',
      "field 'decisionLevel' must be a percentage between 50 and 100: write 80 for 80% (got 0.8)",
    ],
    [
      'a decision level as a ratio with a decimal comma',
      '{"decisionLevel": "0,95"}',
      'field \'decisionLevel\' must be a number, not text: write 95 for 95% (got "0,95")',
    ],
    [
      // It was told "write 0.85 for 85%", which it then refused.
      'a decision level as a spreadsheet shows a percentage',
      '{"decisionLevel": "85%"}',
      'field \'decisionLevel\' must be a number, not text: write 85 for 85% (got "85%")',
    ],
    [
      'a decision level below any it takes',
      '{"decisionLevel": 0.3}',
      "field 'decisionLevel' must be a percentage between 50 and 100 (80 for 80%) (got 0.3)",
    ],
  ])('names the number meant for %s', (_, text, problem) => {
    // Act / Assess
    expect(() => parseConfig(text, 'c.json')).toThrow(
      `c.json, line 1: ${problem}`,
    );
  });

  it('takes a share written in its own unit', () => {
    // Prepare
    const text =
      '{"decisionLevel": 90, "thresholds": {"pni": {"warning": 0.6}}}';

    // Act
    const config = parseConfig(text, 'c.json');

    // Assess
    expect([config.decisionLevel, config.thresholds.pni.warning]).toEqual([
      90, 0.6,
    ]);
  });
});
