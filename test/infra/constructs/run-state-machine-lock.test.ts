import { describe, expect, it } from 'vitest';
import { runStateMachine } from './run-state-machine-fixture.ts';

const { states } = runStateMachine();
/** The retry of the S3 calls on the lock: a passing fault. */
const S3_RETRY = expect.objectContaining({
  ErrorEquals: ['States.ALL'],
  MaxAttempts: 4,
});

describe('RunStateMachine lock', () => {
  it("has the rollup Lambda take the date's lock with the execution's id", () => {
    // Assess: no S3 write of the machine's own, whose SDK integration
    // might not pass If-None-Match on
    expect(states.Rollup).toMatchObject({
      Type: 'Task',
      Resource: expect.stringContaining(':function:RollupFunction'),
      Parameters: { 'asOf.$': '$.asOf', 'execution.$': '$$.Execution.Id' },
      ResultPath: '$.rollup',
      Next: 'DateHeld',
    });
    expect(
      Object.values(states).filter((state) =>
        String(state.Resource).includes(':s3:putObject'),
      ),
    ).toEqual([]);
    expect(states.TodayUtc).toMatchObject({
      Parameters: {
        'asOf.$': expect.stringContaining('$$.Execution.StartTime'),
      },
    });
  });

  it('has publish check the lock again with the same id, since a redrive may come after it expired', () => {
    // Assess
    expect(states.Publish).toMatchObject({
      Resource: expect.stringContaining(':function:PublishFunction'),
      Parameters: {
        'runId.$': '$.plan.runId',
        lock: { 'asOf.$': '$.asOf', 'execution.$': '$$.Execution.Id' },
      },
    });
  });

  it('ends as a success that runs nothing when the rollup says another execution holds the date', () => {
    // Assess
    expect(states.DateHeld).toEqual({
      Type: 'Choice',
      Choices: [
        {
          Variable: '$.rollup.skipped',
          IsPresent: true,
          Next: 'SkipDuplicate',
        },
      ],
      Default: 'Plan',
    });
    expect(states.SkipDuplicate).toEqual({
      Type: 'Pass',
      Parameters: { 'asOf.$': '$.asOf', 'skipped.$': '$.rollup.skipped' },
      Next: 'Skipped',
    });
    expect(states.Skipped).toEqual({ Type: 'Succeed' });
  });

  it("goes to the guarded release on any failure, the lock's own included", () => {
    // Assess
    expect(states.Rollup?.Catch).toEqual([
      {
        ErrorEquals: ['States.ALL'],
        ResultPath: '$.failure',
        Next: 'ReadLock',
      },
    ]);
    for (const name of ['Plan', 'Shards', 'Publish']) {
      expect(states[name]?.Catch).toEqual([
        expect.objectContaining({
          ErrorEquals: ['States.ALL'],
          Next: 'ReadLock',
        }),
      ]);
    }
  });

  it("releases the date's lock only when it holds this execution's id, failing with the stage's error", () => {
    // Assess: a rollup that failed before taking the date (throttled, a
    // bad configuration) must not delete the lock of the execution running it
    expect(states.ReadLock).toMatchObject({
      Resource: expect.stringMatching(/:states:::aws-sdk:s3:getObject$/),
      Parameters: { 'Key.$': "States.Format('locks/run-{}.lock', $.asOf)" },
      ResultSelector: { 'holder.$': '$.Body' },
      ResultPath: '$.lock',
      Next: 'LockSelf',
      // No lock is an answer, not waited out; other faults are retried
      Retry: [
        {
          ErrorEquals: ['S3.NoSuchKeyException', 'S3.AccessDeniedException'],
          MaxAttempts: 0,
        },
        S3_RETRY,
      ],
      // No lock to read: nothing to release, and $.failure kept
      Catch: [
        { ErrorEquals: ['States.ALL'], ResultPath: null, Next: 'RunFailed' },
      ],
    });
    expect(states.LockSelf).toEqual({
      Type: 'Pass',
      Parameters: { 'id.$': '$$.Execution.Id' },
      ResultPath: '$.lockSelf',
      Next: 'LockOwned',
    });
    expect(states.LockOwned).toEqual({
      Type: 'Choice',
      Choices: [
        {
          Variable: '$.lock.holder',
          StringEqualsPath: '$.lockSelf.id',
          Next: 'ReleaseLock',
        },
      ],
      Default: 'RunFailed',
    });
    expect(states.ReleaseLock).toMatchObject({
      Resource: expect.stringMatching(/:states:::aws-sdk:s3:deleteObject$/),
      Parameters: { 'Key.$': "States.Format('locks/run-{}.lock', $.asOf)" },
      ResultPath: null,
      Next: 'RunFailed',
      // A passing S3 fault is retried; a lasting one ends in RunFailed,
      // not here, where a redrive days later would delete blindly
      Retry: [S3_RETRY],
      Catch: [
        { ErrorEquals: ['States.ALL'], ResultPath: null, Next: 'RunFailed' },
      ],
    });
    expect(states.RunFailed).toEqual({
      Type: 'Fail',
      ErrorPath: '$.failure.Error',
      CausePath: '$.failure.Cause',
    });
  });
});
