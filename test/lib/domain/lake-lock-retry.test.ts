import { describe, expect, it } from 'vitest';
import {
  LAKE_READ_RETRY,
  PLAN_LAKE_RETRY,
  retryWaitMinutes,
} from '#lib/domain/lake-lock-retry';

describe('retryWaitMinutes', () => {
  it('adds up the doubling waits, held at the largest delay', () => {
    // Prepare: 30, 60, 120, 240, 240, 240 s.
    const waits = [30, 60, 120, 240, 240, 240];
    // Act
    const minutes = retryWaitMinutes(LAKE_READ_RETRY);
    // Assert
    expect(LAKE_READ_RETRY.maxAttempts).toBe(waits.length);
    expect(minutes).toBe(waits.reduce((a, b) => a + b) / 60);
    expect(minutes).toBe(15.5);
  });

  it("adds up a plan's waits (the run's, the backtest's), 60, 120, 240, then 300 s five times: longer than a reader's lease and a rollup's lock after it", () => {
    // Act
    const minutes = retryWaitMinutes(PLAN_LAKE_RETRY);
    // Assert: two Lambdas' 15 minutes and 10 s of clock skew each
    expect(PLAN_LAKE_RETRY.maxAttempts).toBe(8);
    expect(minutes).toBe(32);
    expect(minutes * 60).toBeGreaterThan(2 * (15 * 60 + 10));
  });
});
