import { expect } from 'vitest';
import { LAKE_LOCKED_ERROR } from '#lib/domain/lake-lock-retry';
import { LAMBDA_SERVICE_ERRORS } from '../../infra/constructs/invoke-lambda.ts';
import { type Retrier, waits } from './retrier-waits.ts';

/**
 * Asserts a plan state's Retry (the run's, the backtest's) on the lake's
 * lock: `LakeLockedError` alone, beside the Lambda service's errors; no
 * jitter (one plan waits); 60 s doubling to 5 minutes, eight times, whose
 * waits alone outlast `holdSeconds`, the longest the plan may be kept out
 * (each attempt waits for the lock again besides).
 *
 * @param retry - the plan state's retriers
 * @param holdSeconds - a reader's lease and a rollup's lock after it
 * @example
 * expectPlanLakeRetry(states.Plan.Retry, reader + rollup);
 */
export function expectPlanLakeRetry(
  retry: readonly Retrier[],
  holdSeconds: number,
): void {
  const locked = retry.find((r) => r.ErrorEquals.includes(LAKE_LOCKED_ERROR));
  expect(retry.map((r) => r.ErrorEquals)).toEqual([
    LAMBDA_SERVICE_ERRORS,
    [LAKE_LOCKED_ERROR],
  ]);
  expect(locked?.JitterStrategy ?? 'NONE').toBe('NONE');
  expect(waits(locked!)).toEqual([60, 120, 240, 300, 300, 300, 300, 300]);
  expect(waits(locked!).reduce((a, b) => a + b)).toBeGreaterThan(holdSeconds);
}
