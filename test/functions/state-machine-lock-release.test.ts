import { describe, expect, it } from 'vitest';
import { ConfigError, QueryError } from '#lib/errors';
import { claimRunDate } from '#lib/pipeline/run-date-lock';
import type { LocalTask } from '../helpers/local-state-machine.ts';
import {
  AS_OF,
  LOCK,
  lambdas,
  reportText,
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

  it('releases its own lock when its rollup fails after taking the date, so the date can run again', async () => {
    // Prepare
    await freeDate();
    const failing = {
      ...lambdas,
      Rollup: async (event: RollupEvent) => {
        await claimRunDate(reports(), event.asOf, event.execution);
        throw new QueryError('UNLOAD series_daily failed: out of memory');
      },
    } as Record<string, LocalTask>;
    // Act
    const run = start({ asOf: AS_OF }, failing, 'exec-failing').result;
    // Assess
    await expect(run).rejects.toMatchObject({
      cause: {
        name: 'QueryError',
        message: 'UNLOAD series_daily failed: out of memory',
      },
    });
    expect(await reports().get(LOCK)).toBe(undefined);
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
