import { describe, expect, it } from 'vitest';
import { summarizeAccuracy, summarizeSums } from '#lib/report/accuracy-summary';
import { mergeAccuracySums } from '#lib/report/sum-accuracy';
import {
  ACCURACY_ROW,
  ACCURACY_ROWS,
} from '../../fixtures/report/accuracy-row.ts';
import {
  ACME_30_SUMS as a,
  ACME_30 as sums,
} from '../../fixtures/report/accuracy-sums.ts';

const row = ACCURACY_ROW;
const rows = ACCURACY_ROWS;

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
  it('aggregates MAPE, signed error, coverage and the share above per series and horizon, ISPs first', () => {
    // Prepare / Act
    const out = summarizeAccuracy(rows, 80);
    // Assess
    expect(
      out.map((s) => [
        s.key,
        s.horizonDays,
        s.count,
        s.mape,
        s.biasPct,
        s.coverage,
        s.aboveShare,
      ]),
    ).toEqual([
      ['Acme Telecom', 30, 2, 20, -10, 0.5, 0.5],
      ['Acme Telecom', 60, 1, 5, 5, 1, 0],
      ['Gone/LHR1/pni', 30, 1, 2, 2, 1, 0],
    ]);
  });

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
