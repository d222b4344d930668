import { describe, expect, it } from 'vitest';
import {
  BACKTEST_PLAN_RETRY,
  LAKE_READ_RETRY,
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

  it("adds up the backtest plan's waits: 60, 120, 240, 300, 300 s", () => {
    // Act
    const minutes = retryWaitMinutes(BACKTEST_PLAN_RETRY);
    // Assert
    expect(BACKTEST_PLAN_RETRY.maxAttempts).toBe(5);
    expect(minutes).toBe(17);
  });
});
