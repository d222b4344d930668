import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import {
  CROSSING,
  FLAT,
  GROWING,
  START,
  TOLERANCE_DAYS,
  useBacktest,
} from './run-backtest-fixture.ts';

const backtest = useBacktest();
const caseOf = (asOf: string, group: string) =>
  backtest().cases.find((c) => c.asOf === asOf && c.group === group);

describe('runBacktest', () => {
  it('finds the growing group as a true positive at the right date', () => {
    // Prepare
    const asOf = addDays(START, 340);

    // Act
    const hit = caseOf(asOf, GROWING);

    // Assess
    expect(hit).toMatchObject({
      outcome: 'true-positive',
      orderNow: true,
      actualCrossing: CROSSING,
    });
    expect(Math.abs(hit!.errorDays!)).toBeLessThanOrEqual(TOLERANCE_DAYS);
    expect(hit!.errorDaysUpper!).toBeLessThanOrEqual(0);
  });

  it('raises no alert before the crossing is within reach', () => {
    // Prepare
    const asOf = addDays(START, 200);

    // Act
    const early = caseOf(asOf, GROWING);

    // Assess
    expect(early).toMatchObject({ outcome: 'true-negative', orderNow: false });
    expect(early!.actualCrossing).toBeUndefined();
  });

  it('raises no false positive on the flat group', () => {
    // Prepare
    const flatCases = backtest().cases.filter((c) => c.group === FLAT);

    // Act
    const outcomes = flatCases.map((c) => c.outcome);

    // Assess
    expect(outcomes).toEqual(['true-negative', 'true-negative']);
  });
});
