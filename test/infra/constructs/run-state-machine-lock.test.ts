import { describe, expect, it } from 'vitest';
import { runStateMachine } from './run-state-machine-fixture.ts';

const { states } = runStateMachine();

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

  it('fails without releasing anything when the lock could not be taken, and releases it on any other failure', () => {
    // Assess: the first matching catch wins
    expect(states.Rollup?.Catch).toEqual([
      {
        ErrorEquals: ['RunDateLockError'],
        ResultPath: '$.lockError',
        Next: 'LockFailed',
      },
      {
        ErrorEquals: ['States.ALL'],
        ResultPath: '$.failure',
        Next: 'ReleaseLock',
      },
    ]);
    expect(states.LockFailed).toEqual({
      Type: 'Fail',
      ErrorPath: '$.lockError.Error',
      CausePath: '$.lockError.Cause',
    });
    for (const name of ['Plan', 'Shards', 'Publish']) {
      expect(states[name]?.Catch).toEqual([
        expect.objectContaining({
          ErrorEquals: ['States.ALL'],
          Next: 'ReleaseLock',
        }),
      ]);
    }
    expect(states.ReleaseLock).toMatchObject({
      Resource: expect.stringMatching(/:states:::aws-sdk:s3:deleteObject$/),
      Parameters: { 'Key.$': "States.Format('locks/run-{}.lock', $.asOf)" },
      Next: 'RunFailed',
    });
    expect(states.RunFailed).toMatchObject({
      Type: 'Fail',
      ErrorPath: '$.failure.Error',
    });
  });
});
