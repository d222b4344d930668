import { describe, expect, it } from 'vitest';
import {
  LAKE_READ_RETRY,
  lakeReadRetryMinutes,
} from '#lib/domain/lake-read-retry';

describe('lakeReadRetryMinutes', () => {
  it('adds up the doubling waits, held at the largest delay', () => {
    // Prepare: 30, 60, 120, 240, 240, 240 s.
    const waits = [30, 60, 120, 240, 240, 240];
    // Act
    const minutes = lakeReadRetryMinutes();
    // Assert
    expect(LAKE_READ_RETRY.maxAttempts).toBe(waits.length);
    expect(minutes).toBe(waits.reduce((a, b) => a + b) / 60);
    expect(minutes).toBe(15.5);
  });
});
