import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { PublishCommand } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { lambdaContext } from './lambda-env.ts';
import {
  AS_OF,
  LOCK,
  lambdas,
  REPORTS,
  s3,
  sns,
  useStateMachine,
} from './state-machine-fixture.ts';
import { start } from './state-machine-start.ts';

useStateMachine();

describe('the run state machine, locally: failed tasks', () => {
  it.each([
    ['a task error', 'StoreError', 'shard input missing'],
    ['a timeout', 'Sandbox.Timedout', 'Task timed out after 900.00 seconds'],
  ])(
    'fails the run on %s in one shard: no retry, no publish, lock released',
    async (_, name, message) => {
      // Prepare
      await s3.client.send(
        new DeleteObjectCommand({ Bucket: REPORTS, Key: LOCK }),
      );
      const attempts: string[] = [];
      let published = 0;
      const tasks = {
        ...lambdas,
        Shard: async (event: { shard: string }) => {
          attempts.push(event.shard);
          if (event.shard === 's0003') {
            throw Object.assign(new Error(message), { name });
          }
          return lambdas.Shard!(event as never);
        },
        Publish: async (event: unknown) => {
          published++;
          return lambdas.Publish!(event as never);
        },
      };
      // Act
      const run = start({ asOf: AS_OF }, tasks).result;
      // Assess
      await expect(run).rejects.toThrow(
        new RegExp(`shard s0003 of run ${AS_OF}T\\d{6} failed: ${message}`),
      );
      expect(attempts.filter((s) => s === 's0003')).toHaveLength(1);
      expect(published).toBe(0);
      expect(await new S3ObjectStore(s3.client, REPORTS).get(LOCK)).toBe(
        undefined,
      );
    },
    600_000,
  );

  it('re-runs a date whose publish died while notifying without sending any alert twice', async () => {
    // Prepare: the notification state starts empty, so the run has
    // its two messages to send; the first run's publish hangs in its
    // second SNS call until the Lambda times out.
    const store = new S3ObjectStore(s3.client, REPORTS);
    await store.delete([LOCK, 'state/notifications.json']);
    const accepted: string[] = [];
    let calls = 0;
    let timedOut!: () => void;
    sns.reset();
    sns.on(PublishCommand).callsFake((input) => {
      calls++;
      if (calls === 2) {
        timedOut();
        return new Promise(() => {});
      }
      accepted.push(`${input.Subject}\n${input.Message}`);
      return Promise.resolve({ MessageId: `sns-${calls}` });
    });
    // Its invocation ends when it times out (ten seconds from now: one
    // second ran out before the second call on a loaded machine), and the
    // report store's lock it holds expires then (`publishExclusive`).
    const { handler: publish } = await import('../../functions/publish.ts');
    const ending = lambdaContext('headroom-test', 10_000);
    const dying = {
      ...lambdas,
      Publish: (event: unknown) =>
        new Promise((resolve, reject) => {
          timedOut = () =>
            reject(
              Object.assign(new Error('Task timed out after 900.00 seconds'), {
                name: 'Sandbox.Timedout',
              }),
            );
          publish(event, ending).then(resolve, reject);
        }),
    };
    // Act
    const first = start({ asOf: AS_OF }, dying).result;
    await expect(first).rejects.toThrow(/timed out/);
    const afterFirst = accepted.length;
    const second = await start({ asOf: AS_OF }).result;
    // Assess
    expect(afterFirst).toBe(1);
    expect(second.published).toMatchObject({ sent: 1, failed: 0 });
    expect(accepted).toHaveLength(2);
    expect(new Set(accepted).size).toBe(2);
  }, 600_000);
});
