import { describe, expect, it } from 'vitest';
import { AMS1_CACHE, FRA2_IX } from '../../fixtures/rules/email-evaluations.ts';
import { bodyOf, named, WIDEST } from './email-digest-columns-fixture.ts';
import { bundleLinesOf } from './render-email-fixture.ts';

describe('renderDigest: lines within 78 characters (RFC 5322)', () => {
  it('writes each bundle on a line of its own, its figures beneath in the columns of the legend', () => {
    // Act
    const body = bodyOf([named('Acme LHR1 east'), FRA2_IX, ...WIDEST]);

    // Assess: the columns' header at the top of the part, every row
    // under it, the widest 75 characters
    expect(body).toContain(
      '\n  BUNDLE\n' +
        '    SEVERITY  ORDER BY       ASK FOR         NOW     CRITICAL\n',
    );
    expect(bundleLinesOf(body)).toEqual([
      '  LHR2 pni',
      '    critical  OVERDUE 320 d  12 × 10.0 Gbps  78.1%   2027-02-18',
      '  FRA3 ix',
      '    critical  needed now     1 × 100 Gbps    104.2%  reached',
      '  LHR1 pni "Acme LHR1 east"',
      '    watch     OVERDUE 10 d   2 × 100 Gbps    78.1%   2027-02-18',
      '  FRA2 ix',
      '    warning   2026-12-15     1 × 100 Gbps    61.8%   2027-02-13',
      '  AMS1 cache',
      '    watch     —              none            40.0%   — (warning 2027-04-24)',
    ]);
  });

  it('says beneath the figures of a bundle reaching neither threshold within the horizon that it does', () => {
    // Prepare: AMS1 at watch, reaching warning on neither bound either
    // (a what-if's bundle down, or a severity held from an earlier run)
    const neither = {
      ...AMS1_CACHE,
      warningDateUpper: undefined,
      warningDate: undefined,
    };

    // Act
    const lines = bundleLinesOf(bodyOf([neither]));

    // Assess: before, 'critical —' alone, read as a date missing
    expect(lines).toEqual([
      '  AMS1 cache',
      '    watch     —         none     40.0%  —',
      '    critical and warning: not within the horizon',
    ]);
  });
});
