import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { augmentRows, groupRow } from '#lib/report/group-rows';
import { LHR1_PNI } from '../../fixtures/rules/email-evaluations.ts';

// As of 2026-11-30, LHR1's upper bound reaches critical on 2027-02-18;
// its augment CHG-4711 lands on 2027-03-01, 11 days after.
const AS_OF = '2026-11-30';

describe('augmentRows: the rows of augments.csv', () => {
  it("gives an augment the group's critical date on the upper bound as the date it is needed by", () => {
    // Act
    const [row] = augmentRows(LHR1_PNI, AS_OF);

    // Assess
    expect([row!.needed_by_date, row!.late_by_days, row!.in_time]).toEqual([
      '2027-02-18',
      11,
      false,
    ]);
  });

  it('says an augment of a bundle over critical now is needed today, the date groups.csv gives', () => {
    // Prepare: 88 % now, over critical; the upper bound's first day over
    // 85 % a busier weekday ahead
    const reached: Evaluation = {
      ...LHR1_PNI,
      lastPeakBps: 352 * 1e9,
      utilization: 0.88,
      criticalDateUpper: '2026-12-03',
      orderByDate: '2026-09-04',
    };

    // Act
    const [row] = augmentRows(reached, AS_OF);
    const group = groupRow(reached, AS_OF);

    // Assess: before, 2026-12-03, the forecast's day, where groups.csv's
    // critical_date_upper read today
    expect([row!.needed_by_date, group.critical_date_upper]).toEqual([
      AS_OF,
      AS_OF,
    ]);
  });

  it('leaves the date empty for a bundle that stays below critical', () => {
    // Act
    const [row] = augmentRows(
      { ...LHR1_PNI, criticalDateUpper: undefined, orderByDate: undefined },
      AS_OF,
    );

    // Assess
    expect(row!.needed_by_date).toBeNull();
  });
});
