import { describe, expect, it } from 'vitest';
import { runStateMachine } from './run-state-machine-fixture.ts';

const { states } = runStateMachine();

describe('RunStateMachine lock', () => {
  it('locks the as-of date with a create-only S3 write', () => {
    // Assess
    expect(states.LockRun).toMatchObject({
      Resource: expect.stringMatching(/:states:::aws-sdk:s3:putObject$/),
      Parameters: {
        'Key.$': "States.Format('locks/run-{}.lock', $.asOf)",
        IfNoneMatch: '*',
      },
    });
    expect(states.TodayUtc).toMatchObject({
      Parameters: {
        'asOf.$': expect.stringContaining('$$.Execution.StartTime'),
      },
    });
  });

  it('reads the lock on any failure to take it and decides by its holder', () => {
    // Assess
    expect(states.LockRun?.Catch).toEqual([
      {
        ErrorEquals: ['States.ALL'],
        ResultPath: '$.lockError',
        Next: 'ReadLock',
      },
    ]);
    expect(states.ReadLock).toMatchObject({
      Resource: expect.stringMatching(/:states:::aws-sdk:s3:getObject$/),
      Parameters: { 'Key.$': "States.Format('locks/run-{}.lock', $.asOf)" },
      ResultSelector: { 'holder.$': '$.Body' },
      ResultPath: '$.lock',
      Next: 'LockSelf',
      Catch: [
        { ErrorEquals: ['States.ALL'], ResultPath: null, Next: 'LockFailed' },
      ],
    });
    // The execution's id comes in through a Pass's Parameters, so that
    // the Choice compares two paths of the state.
    expect(states.LockSelf).toEqual({
      Type: 'Pass',
      Parameters: { 'id.$': '$$.Execution.Id' },
      ResultPath: '$.lockSelf',
      Next: 'LockHolder',
    });
    expect(states.LockHolder).toEqual({
      Type: 'Choice',
      Choices: [
        {
          Variable: '$.lock.holder',
          StringEqualsPath: '$.lockSelf.id',
          Next: 'Rollup',
        },
      ],
      Default: 'SkipDuplicate',
    });
    expect(states.SkipDuplicate).toMatchObject({
      Type: 'Pass',
      Parameters: {
        'skipped.$': expect.stringContaining(
          "States.Format('locks/run-{}.lock is held by {}: this date has run",
        ),
      },
      Next: 'Skipped',
    });
    expect(states.Skipped).toEqual({ Type: 'Succeed' });
    // No lock of its own: nothing to release, the write's error stands.
    expect(states.LockFailed).toEqual({
      Type: 'Fail',
      ErrorPath: '$.lockError.Error',
      CausePath: '$.lockError.Cause',
    });
  });

  it('releases the lock and fails when a stage fails', () => {
    // Assess
    for (const name of ['Rollup', 'Plan', 'Shards', 'Publish']) {
      expect(states[name]?.Catch).toEqual([
        expect.objectContaining({
          ErrorEquals: ['States.ALL'],
          Next: 'ReleaseLock',
        }),
      ]);
    }
    expect(states.ReleaseLock).toMatchObject({
      Resource: expect.stringMatching(/:states:::aws-sdk:s3:deleteObject$/),
      Next: 'RunFailed',
    });
    expect(states.RunFailed).toMatchObject({
      Type: 'Fail',
      ErrorPath: '$.failure.Error',
    });
  });
});
