import { describe, expect, it } from 'vitest';
import { ConfigError } from '#lib/errors';
import { claimRunDate } from '#lib/pipeline/run-date-lock';
import { QueryError } from '#lib/query-error';
import { type LocalTask, s3Tasks } from '../helpers/local-state-machine.ts';
import {
  AS_OF,
  LOCK,
  lambdas,
  reportText,
  s3,
  skipped,
  useStateMachine,
} from './state-machine-fixture.ts';
import {
  freeDate,
  holding,
  type RollupEvent,
  reports,
} from './state-machine-lock-tasks.ts';
import { start } from './state-machine-start.ts';

useStateMachine();

const OUT_OF_MEMORY = {
  name: 'QueryError',
  message: 'UNLOAD series_daily failed: out of memory',
};
/** The run's tasks, with a rollup that takes the date's lock, then fails. */
const claimsThenFails = (s3Faults: Record<string, LocalTask> = {}) =>
  ({
    ...lambdas,
    Rollup: async (event: RollupEvent) => {
      await claimRunDate(reports(), event.asOf, event.execution);
      throw new QueryError(OUT_OF_MEMORY.message);
    },
    ...s3Faults,
  }) as Record<string, LocalTask>;

/** The S3 call, after S3 has refused it `times` times with a SlowDown. */
function flaky(call: 'getObject' | 'deleteObject', times = 1): LocalTask {
  let left = times;
  return (async (input: never) => {
    if (left-- > 0) {
      throw Object.assign(new Error('Please reduce your request rate.'), {
        name: 'S3.SlowDownException',
      });
    }
    return s3Tasks(s3.client)[call](input);
  }) as LocalTask;
}

describe("the run state machine, locally: releasing the date's lock", () => {
  it.each([
    [
      'is throttled past its retries',
      Object.assign(new Error('Rate Exceeded.'), {
        name: 'Lambda.TooManyRequestsException',
      }),
    ],
    [
      'finds a bad configuration at cold start',
      new ConfigError('config/headroom.json', 'shards.maxSeries must be > 0'),
    ],
  ])(
    "leaves another execution's lock alone when its rollup %s before taking the date",
    async (_, error) => {
      // Prepare: the first execution holds the date and is running.
      const first = await holding('exec-first');
      // Act
      const second = start(
        { asOf: AS_OF },
        {
          ...lambdas,
          Rollup: async () => {
            throw error;
          },
        },
        'exec-second',
      ).result;
      // Assess: the second fails with its own error; the date stays the
      // first's, so a third start runs nothing
      await expect(second).rejects.toMatchObject({
        cause: { name: error.name, message: error.message },
      });
      expect(await reportText(LOCK)).toBe('exec-first');
      const third = await start({ asOf: AS_OF }, lambdas, 'exec-third').result;
      expect(third).toEqual({ asOf: AS_OF, skipped: skipped('exec-first') });
      first.abort();
      await expect(first.result).rejects.toThrow();
    },
    120_000,
  );

  it.each([
    ['', {}],
    [', though S3 fails the read once', { ReadLock: flaky('getObject') }],
    [
      ', though S3 fails the delete once',
      { ReleaseLock: flaky('deleteObject') },
    ],
  ])(
    'releases its own lock when its rollup fails after taking the date, so the date can run again%s',
    async (_, s3Faults: Record<string, LocalTask>) => {
      // Prepare
      await freeDate();
      // Act
      const run = start({ asOf: AS_OF }, claimsThenFails(s3Faults));
      // Assess
      await expect(run.result).rejects.toMatchObject({ cause: OUT_OF_MEMORY });
      expect(await reports().get(LOCK)).toBe(undefined);
    },
    120_000,
  );

  it("fails with the stage's error, not S3's, when its lock cannot be deleted", async () => {
    // Prepare
    await freeDate();
    const tasks = claimsThenFails({ ReleaseLock: flaky('deleteObject', 9) });
    // Act
    const run = start({ asOf: AS_OF }, tasks, 'exec-stuck').result;
    // Assess: no stop at ReleaseLock, where a redrive would delete blindly
    await expect(run).rejects.toMatchObject({ cause: OUT_OF_MEMORY });
    expect(await reportText(LOCK)).toBe('exec-stuck');
  }, 120_000);

  it("fails with the rollup's own error, releasing nothing, when no execution holds the date", async () => {
    // Prepare: the rollup fails at cold start, before any lock exists
    await freeDate();
    const error = new ConfigError('config/headroom.json', 'not JSON');
    // Act
    const run = start(
      { asOf: AS_OF },
      {
        ...lambdas,
        Rollup: async () => {
          throw error;
        },
      },
    ).result;
    // Assess: the failed read of the missing lock does not hide the error
    await expect(run).rejects.toMatchObject({
      cause: { name: 'ConfigError', message: error.message },
    });
    expect(await reports().get(LOCK)).toBe(undefined);
  }, 120_000);
});
