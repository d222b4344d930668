import { PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { StoreError } from '#lib/errors';
import { claimRunDate } from '#lib/pipeline/run-date-lock';
import { type LocalTask, s3Tasks } from '../helpers/local-state-machine.ts';
import {
  AS_OF,
  FILES,
  LOCK,
  lambdas,
  localText,
  REPORTS,
  reportText,
  s3,
  skipped,
  useStateMachine,
} from './state-machine-fixture.ts';
import {
  freeDate,
  holding,
  type RollupEvent,
  recorded,
  reports,
} from './state-machine-lock-tasks.ts';
import { start } from './state-machine-start.ts';

useStateMachine();

describe("the run state machine, locally: the date's lock", () => {
  it('ends a second start for the same date as a success that runs nothing while one runs', async () => {
    // Prepare: the first execution holds the date and is running
    const first = await holding('exec-first');
    const calls: string[] = [];
    // Act: the real rollup Lambda, the real state machine
    const second: unknown = await start(
      { asOf: AS_OF },
      recorded(lambdas, calls),
    ).result;
    // Assess
    expect(second).toEqual({ asOf: AS_OF, skipped: skipped('exec-first') });
    expect(calls).toEqual(['Rollup']);
    expect(await reportText(LOCK)).toBe('exec-first');
    first.abort();
    await expect(first.result).rejects.toThrow();
    expect(await reportText(LOCK)).toBe('exec-first');
  }, 120_000);

  it('runs on when the lock already holds its own id (a write whose answer was lost, a redrive)', async () => {
    // Prepare: S3 made the lock, but its answer did not reach the
    // execution, so the write fails as a repeated one would.
    await s3.client.send(
      new PutObjectCommand({ Bucket: REPORTS, Key: LOCK, Body: 'exec-own' }),
    );
    // Act
    const output = await start({ asOf: AS_OF }, lambdas, 'exec-own').result;
    // Assess
    expect(output.published).toMatchObject({ asOf: AS_OF, failed: 0 });
    expect(await reportText(`reports/latest/${FILES[0]}`)).toBe(
      await localText(FILES[0]!),
    );
    expect(await reportText(LOCK)).toBe('exec-own');
  }, 600_000);

  it("fails with the lock write's own error, releasing the lock only if S3 made it", async () => {
    // Prepare: two writes that fail for another reason than a held lock,
    // one of which S3 carried out before its answer was lost
    const results = [];
    for (const madeIt of [false, true]) {
      await freeDate();
      const failing = Object.assign(reports(), {
        putIf: async (key: string, body: string) => {
          if (madeIt) await reports().put(key, body);
          throw new StoreError(`put ${LOCK}: Access Denied`);
        },
      });
      const calls: string[] = [];
      const { getObject, deleteObject } = s3Tasks(s3.client);
      const tasks = recorded(
        {
          ...lambdas,
          Rollup: (async (event: RollupEvent) =>
            claimRunDate(failing, event.asOf, event.execution)) as LocalTask,
          ReadLock: getObject as LocalTask,
          ReleaseLock: deleteObject as LocalTask,
        },
        calls,
      );
      // Act
      const run = start({ asOf: AS_OF }, tasks).result;
      // Assess
      await expect(run).rejects.toMatchObject({
        cause: {
          name: 'RunDateLockError',
          message: `could not take ${LOCK}: put ${LOCK}: Access Denied`,
        },
      });
      results.push({ calls, lock: await reports().get(LOCK) });
    }
    // A missing lock is an answer, read once: nothing to release
    expect(results).toEqual([
      { calls: ['Rollup', 'ReadLock'], lock: undefined },
      { calls: ['Rollup', 'ReadLock', 'ReleaseLock'], lock: undefined },
    ]);
  }, 120_000);
});
