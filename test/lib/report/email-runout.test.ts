import { describe, expect, it } from 'vitest';
import { runoutRows } from '#lib/report/email-runout';
import { LHR1_PNI } from '../../fixtures/rules/email-evaluations.ts';
import { emailProse } from '../../helpers/email-prose.ts';

describe('runoutRows', () => {
  it('names both bounds where neither reaches a threshold within the horizon, as where one does', () => {
    // Prepare: LHR1 reaches critical on both bounds, 100 % on the upper
    // bound alone; a variant reaches neither on either
    const neither = {
      ...LHR1_PNI,
      criticalDateUpper: undefined,
      criticalDate: undefined,
      fullDateUpper: undefined,
      fullDate: undefined,
    };

    // Act
    const [critical, , full] = runoutRows(LHR1_PNI, 80, '2026-11-26');
    const [noCritical, , noFull] = runoutRows(neither, 80, '2026-11-26');

    // Assess: before, a bare 'not within the horizon' for neither, read
    // as either date's
    expect(
      [critical, full, noCritical, noFull].map((row) => emailProse(row ?? '')),
    ).toEqual([
      '   Critical 85.0%:   2027-02-18 at the earliest (80% bound), expected 2027-03-15',
      '   Full 100%:        2027-08-30 at the earliest (80% bound), expected not within the horizon',
      '   Critical 85.0%:   not within the horizon, at the earliest (80% bound) or expected',
      '   Full 100%:        not within the horizon, at the earliest (80% bound) or expected',
    ]);
  });
});
