import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
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
import { start } from './state-machine-start.ts';

useStateMachine();

describe("the run state machine, locally: the date's lock", () => {
  it('ends a second start for the same date as a success that runs nothing while one runs', async () => {
    // Prepare: the first execution waits in its rollup, holding the lock.
    await s3.client.send(
      new DeleteObjectCommand({ Bucket: REPORTS, Key: LOCK }),
    );
    let entered!: () => void;
    const inRollup = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const first = start(
      { asOf: AS_OF },
      {
        ...lambdas,
        Rollup: () => {
          entered();
          return new Promise(() => {});
        },
      },
      'exec-first',
    );
    await inRollup;
    let rollups = 0;
    const counted = {
      ...lambdas,
      Rollup: (event: never) => {
        rollups++;
        return lambdas.Rollup!(event);
      },
    };
    // Act
    const second: unknown = await start({ asOf: AS_OF }, counted).result;
    // Assess
    expect(second).toEqual({ asOf: AS_OF, skipped: skipped('exec-first') });
    expect(rollups).toBe(0);
    expect(await reportText(LOCK)).toBe('exec-first');
    first.abort();
    await expect(first.result).rejects.toThrow();
    expect(await reportText(LOCK)).toBe('exec-first');
  }, 120_000);

  it('runs on when the lock already holds its own id (a write whose answer was lost)', async () => {
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

  it("fails with the lock write's own error when no lock exists, releasing nothing", async () => {
    // Prepare: the write fails for another reason than a held lock.
    await s3.client.send(
      new DeleteObjectCommand({ Bucket: REPORTS, Key: LOCK }),
    );
    const { getObject, deleteObject } = s3Tasks(s3.client);
    const calls: string[] = [];
    const record =
      (name: string, task: LocalTask): LocalTask =>
      (input) => {
        calls.push(name);
        return task(input);
      };
    const tasks = {
      ...lambdas,
      LockRun: record('LockRun', async () => {
        throw Object.assign(new Error('Access Denied'), {
          name: 'S3.AccessDenied',
        });
      }),
      ReadLock: record('ReadLock', getObject as LocalTask),
      ReleaseLock: record('ReleaseLock', deleteObject as LocalTask),
      Rollup: record('Rollup', lambdas.Rollup!),
    };
    // Act
    const run = start({ asOf: AS_OF }, tasks).result;
    // Assess
    await expect(run).rejects.toMatchObject({
      cause: { name: 'S3.AccessDenied', message: 'Access Denied' },
    });
    expect(calls).toEqual(['LockRun', 'ReadLock']);
    expect(await new S3ObjectStore(s3.client, REPORTS).get(LOCK)).toBe(
      undefined,
    );
  }, 120_000);
});
