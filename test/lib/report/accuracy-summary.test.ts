import { describe, expect, it } from 'vitest';
import type { AccuracyRow } from '#lib/report/accuracy-row';
import { summarizeAccuracy, summarizeSums } from '#lib/report/accuracy-summary';
import {
  mergeAccuracySums,
  overallAccuracySums,
  sumAccuracy,
} from '#lib/report/sum-accuracy';
import { ACCURACY_ROW } from '../../fixtures/report/accuracy-row.ts';

const row = ACCURACY_ROW;
const sums = {
  level: 'isp' as const,
  key: 'Acme Telecom',
  isp: 'Acme Telecom',
  horizonDays: 30,
};

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

const a = {
  ...sums,
  count: 2,
  absErrorPct: 40,
  errorPct: -20,
  bounded: 2,
  inside: 1,
  above: 1,
};

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

describe('summarizeSums', () => {
  it('gives the shares inside the interval and above its upper bound of merged sums', () => {
    // Prepare: two shards' sums of one series, 3 of 10 points above.
    const b = { ...a, count: 8, bounded: 8, inside: 6, above: 2 };

    // Act
    const out = summarizeSums(mergeAccuracySums([[a], [b]]));

    // Assess
    expect(out).toEqual([
      {
        ...sums,
        count: 10,
        mape: 8,
        biasPct: -4,
        bounded: 10,
        coverage: 0.7,
        aboveShare: 0.3,
      },
    ]);
  });

  it("gives the shares of the points at today's level, the errors of all", () => {
    // Prepare: 10 points, 4 of them at today's level, 1 of those above.
    const b = { ...a, count: 10, bounded: 4, inside: 3, above: 1 };

    // Act
    const [out] = summarizeSums([b]);

    // Assess
    expect(out).toMatchObject({
      count: 10,
      mape: 4,
      bounded: 4,
      coverage: 0.75,
      aboveShare: 0.25,
    });
  });
});

describe('summarizeAccuracy', () => {
  it('summarizes a series of many runs in time linear in its rows', () => {
    // Prepare: 50,000 rows of one series and horizon (copying the list
    // on every row took 25 s).
    const rows = Array.from({ length: 50_000 }, (_, i) => ({
      ...row,
      errorPct: (i % 3) - 1,
      inInterval: i % 2 === 0,
      aboveUpper: i % 4 === 1,
    }));

    // Act
    const [out] = summarizeAccuracy(rows, 80);

    // Assess
    expect(out).toMatchObject({
      count: 50_000,
      coverage: 0.5,
      aboveShare: 0.25,
    });
    expect(out?.mape).toBeCloseTo(2 / 3, 4);
  }, 5_000);
});
