import { describe, expect, it } from 'vitest';
import {
  mergeAccuracySums,
  overallAccuracySums,
} from '#lib/report/sum-accuracy';
import {
  ACME_30_SUMS as a,
  ACME_30 as sums,
} from '../../fixtures/report/accuracy-sums.ts';

describe('mergeAccuracySums', () => {
  it('adds the sums of one series and horizon from several parts', () => {
    // Prepare
    const b = {
      ...a,
      count: 3,
      absErrorPct: 5,
      errorPct: 5,
      bounded: 3,
      above: 2,
    };
    const other = { ...b, key: 'Beta' };

    // Act
    const out = mergeAccuracySums([[a], [other, b]]);

    // Assess
    expect(out).toEqual([
      {
        ...sums,
        count: 5,
        absErrorPct: 45,
        errorPct: -15,
        bounded: 5,
        inside: 2,
        above: 3,
      },
      other,
    ]);
  });
});

describe('overallAccuracySums', () => {
  it("adds every ISP's sums per horizon under 'All ISPs', groups left out", () => {
    // Prepare
    const b = {
      ...a,
      key: 'Beta',
      isp: 'Beta',
      count: 1,
      bounded: 1,
      inside: 0,
    };
    const group = { ...a, level: 'group' as const, key: 'Beta/LHR1/pni' };

    // Act
    const out = overallAccuracySums([a, b, { ...b, horizonDays: 60 }, group]);

    // Assess
    expect(out).toEqual([
      {
        ...a,
        key: 'All ISPs',
        isp: '',
        count: 3,
        absErrorPct: 80,
        errorPct: -40,
        bounded: 3,
        above: 2,
      },
      { ...b, key: 'All ISPs', isp: '', horizonDays: 60 },
    ]);
  });
});
