import { describe, expect, it } from 'vitest';
import {
  LAKE_BEING_READ_ERROR,
  LAKE_LOCKED_ERROR,
} from '#lib/domain/lake-lock-retry';
import { CLOCK_SKEW_MS } from '#lib/pipeline/with-run-lock';
import { LAMBDA_SERVICE_ERRORS } from '../../../infra/constructs/invoke-lambda.ts';
import { FUNCTION_SIZING } from '../../../infra/stacks/function-sizing.ts';
import { expectPlanLakeRetry } from '../plan-lake-retry.ts';
import { type Retrier, waits } from '../retrier-waits.ts';
import { runStateMachine } from './run-state-machine-fixture.ts';

const { states } = runStateMachine();

describe("RunStateMachine and the lake's lock", () => {
  it("retries a rollup that met a plan's lock until that plan's invocation must have ended", () => {
    // Act
    const retry = states.Rollup?.Retry as Retrier[];
    const planRead = retry.find((r) =>
      r.ErrorEquals.includes(LAKE_BEING_READ_ERROR),
    )!;

    // Assess: only that error, no jitter, and waits longer in all than a
    // plan holds the lock at most (its timeout and 10 s of clock skew)
    expect(retry.map((r) => r.ErrorEquals)).toEqual([
      LAMBDA_SERVICE_ERRORS,
      [LAKE_BEING_READ_ERROR],
    ]);
    expect(planRead.JitterStrategy ?? 'NONE').toBe('NONE');
    expect(waits(planRead)).toEqual([30, 60, 120, 240, 240, 240]);
    // (or a backtest's plan: the backtest function's timeout)
    const readers = [FUNCTION_SIZING.plan, FUNCTION_SIZING.backtest];
    const planHold =
      Math.max(...readers.map((f) => f.timeout.toSeconds())) + 10;
    expect(waits(planRead).reduce((a, b) => a + b)).toBeGreaterThan(planHold);
  });

  it("retries a plan that could not get the lake's lock until a reader's lease and a rollup's lock after it must have expired", () => {
    // Act
    const retry = states.Plan?.Retry as Retrier[];
    // The longest the plan may be kept out: a reader's lease (the
    // backtest function's timeout, the longer) that a rollup waits for,
    // holding off new readers, then that rollup's lock (its timeout),
    // each with the clock skew its lock adds
    const skew = CLOCK_SKEW_MS / 1000;
    const reader = FUNCTION_SIZING.backtest.timeout.toSeconds() + skew;
    const rollup = FUNCTION_SIZING.rollup.timeout.toSeconds() + skew;

    // Assess: that error alone; its waits alone outlast the two holds
    expectPlanLakeRetry(retry, reader + rollup);
  });

  it("retries no other stage on the lake's lock, nor the rollup on another rollup's", () => {
    // Act
    const on = (error: string) =>
      Object.entries(states)
        .filter(([, s]) => JSON.stringify(s.Retry ?? []).includes(error))
        .map(([name]) => name);

    // Assess: RunLockedError (another rollup's lock) fails the run
    expect(on('RunLocked')).toEqual([]);
    expect(on(LAKE_BEING_READ_ERROR)).toEqual(['Rollup']);
    expect(on(LAKE_LOCKED_ERROR)).toEqual(['Plan']);
  });

  it("passes the plan its execution's id, whose own rollup summary it reports", () => {
    // Assess: another execution's rollup (a replay's) may run between
    // this one's rollup and plan (runRollupKey)
    expect(states.Plan?.Parameters).toEqual({
      'asOf.$': '$.asOf',
      'execution.$': '$$.Execution.Id',
    });
  });
});
