import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { PublishCommand } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import {
  AS_OF,
  FILES,
  LOCK,
  lambdas,
  localText,
  REPORTS,
  reportText,
  s3,
  sns,
  useStateMachine,
} from './state-machine-fixture.ts';
import { start } from './state-machine-start.ts';

useStateMachine();

describe('the run state machine, locally: a run', () => {
  it('runs four shards and publishes what the local CLI does', async () => {
    // Prepare
    const shards: string[] = [];
    const tasks = {
      ...lambdas,
      Shard: (event: { shard: string }) => {
        shards.push(event.shard);
        return lambdas.Shard!(event as never);
      },
    };
    // Act
    const output = await start({ asOf: AS_OF }, tasks).result;
    // Assess
    expect(output.plan.shardCount).toBe(4);
    expect(shards.sort()).toEqual(['s0001', 's0002', 's0003', 's0004']);
    expect(output.published).toMatchObject({ asOf: AS_OF, failed: 0 });
    for (const name of FILES) {
      expect(await reportText(`reports/${AS_OF}/${name}`)).toBe(
        await localText(name),
      );
      expect(await reportText(`reports/latest/${name}`)).toBe(
        await localText(name),
      );
    }
    expect(sns.commandCalls(PublishCommand).length).toBeGreaterThan(0);
  }, 600_000);

  it('retries a shard that fails once and publishes the same outputs', async () => {
    // Prepare: an aborted run leaves its lock; the lifecycle rule (here
    // the test) removes it. The shard's first attempt does its work, then
    // the Lambda service fails the invocation.
    await s3.client.send(
      new DeleteObjectCommand({ Bucket: REPORTS, Key: LOCK }),
    );
    const before = await Promise.all(
      FILES.map((name) => reportText(`reports/${AS_OF}/${name}`)),
    );
    const attempts: string[] = [];
    const tasks = {
      ...lambdas,
      Shard: async (event: { shard: string }) => {
        attempts.push(event.shard);
        const result = await lambdas.Shard!(event as never);
        if (
          event.shard === 's0002' &&
          attempts.filter((s) => s === 's0002').length === 1
        ) {
          throw Object.assign(new Error('Service error'), {
            name: 'Lambda.ServiceException',
          });
        }
        return result;
      },
    };
    // Act
    const output = await start({ asOf: AS_OF }, tasks).result;
    // Assess
    expect(attempts.filter((s) => s === 's0002')).toHaveLength(2);
    expect(output.published.asOf).toBe(AS_OF);
    const after = await Promise.all(
      FILES.map((name) => reportText(`reports/${AS_OF}/${name}`)),
    );
    expect(after).toEqual(before);
    expect(after[0]).toBe(await localText(FILES[0]!));
  }, 600_000);
});
