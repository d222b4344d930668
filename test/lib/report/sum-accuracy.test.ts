import { describe, expect, it } from 'vitest';
import type { AccuracyRow } from '#lib/report/accuracy-row';
import { sumAccuracy } from '#lib/report/sum-accuracy';
import { ACCURACY_ROW } from '../../fixtures/report/accuracy-row.ts';
import { ACME_30 as sums } from '../../fixtures/report/accuracy-sums.ts';

const row = ACCURACY_ROW;

describe('sumAccuracy', () => {
  it('adds up count, absolute and signed errors, points inside and points above, per series and horizon, ISPs first', () => {
    // Prepare
    const rows: AccuracyRow[] = [
      { ...row, level: 'group', key: 'Acme Telecom/LHR1/pni', errorPct: 2 },
      row,
      {
        ...row,
        forecastAsOf: '2026-08-08',
        errorPct: -30,
        inInterval: false,
        aboveUpper: true,
      },
      { ...row, horizonDays: 60, errorPct: 5 },
    ];

    // Act
    const out = sumAccuracy(rows, 80);

    // Assess
    expect(out).toEqual([
      {
        ...sums,
        count: 2,
        absErrorPct: 40,
        errorPct: -20,
        bounded: 2,
        inside: 1,
        above: 1,
      },
      {
        ...sums,
        horizonDays: 60,
        count: 1,
        absErrorPct: 5,
        errorPct: 5,
        bounded: 1,
        inside: 1,
        above: 0,
      },
      {
        ...sums,
        level: 'group',
        key: 'Acme Telecom/LHR1/pni',
        count: 1,
        absErrorPct: 2,
        errorPct: 2,
        bounded: 1,
        inside: 1,
        above: 0,
      },
    ]);
  });

  it("counts inside and above only of runs whose bounds were at today's level", () => {
    // Prepare: a run made at 80% (inside), two at 95% (one above).
    const rows: AccuracyRow[] = [
      { ...row, forecastAsOf: '2026-07-01', errorPct: 4 },
      {
        ...row,
        forecastAsOf: '2026-08-01',
        boundLevel: 95,
        errorPct: -30,
        inInterval: false,
        aboveUpper: true,
      },
      { ...row, forecastAsOf: '2026-08-08', boundLevel: 95, errorPct: 2 },
    ];

    // Act
    const [at95] = sumAccuracy(rows, 95);
    const [at80] = sumAccuracy(rows, 80);

    // Assess: the errors of all three, the interval of the runs at the level.
    expect(at95).toMatchObject({
      count: 3,
      absErrorPct: 36,
      errorPct: -24,
      bounded: 2,
      inside: 1,
      above: 1,
    });
    expect(at80).toMatchObject({ count: 3, bounded: 1, inside: 1, above: 0 });
  });
});
