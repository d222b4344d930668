import { PublishCommand } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { PLAN_LAKE_RETRY } from '#lib/domain/lake-lock-retry';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import type { LocalTask } from '../helpers/local-state-machine.ts';
import { heldBy } from './lake-held-by.ts';
import { lambdaContext } from './lambda-env.ts';
import { metricLines } from './metric-lines.ts';
import {
  AS_OF,
  FILES,
  LOCK,
  lambdas,
  localText,
  reportText,
  s3,
  sns,
  useStateMachine,
} from './state-machine-fixture.ts';
import { freeDate, reports } from './state-machine-lock-tasks.ts';
import { start } from './state-machine-start.ts';

useStateMachine();

/**
 * The tasks: the rollup, after which another execution's rollup takes the
 * lake (`held.release` frees it); the plan handler given `remainingMs(n)`
 * for its n-th attempt (2 s: it waits 1 s for the lake, then gives up),
 * each attempt's end in `attempts`, `after` each failed one; publish,
 * each call in `attempts`.
 */
function tasks(
  attempts: string[],
  remainingMs: (attempt: number) => number,
  after: (held: () => Promise<void>) => Promise<unknown>,
) {
  let release = async () => {};
  const Rollup = async (event: never) => {
    const rolled = await lambdas.Rollup!(event);
    release = await heldBy('rollup');
    return rolled;
  };
  const Plan = async (event: never) => {
    const { handler } = await import('../../functions/plan.ts');
    const n = attempts.filter((a) => a !== 'published').length;
    const context = lambdaContext('headroom-test-plan', remainingMs(n));
    try {
      const planned = await handler(event, context);
      attempts.push('planned');
      return planned;
    } catch (error) {
      attempts.push(`failed: ${(error as Error).name}`);
      await after(() => release());
      throw error;
    }
  };
  const Publish = async (event: never) => {
    attempts.push('published');
    return lambdas.Publish!(event);
  };
  return { ...lambdas, Rollup, Plan, Publish } as Record<string, LocalTask>;
}

/** Each message SNS was given, as sent. */
const sent = () =>
  sns.commandCalls(PublishCommand).map((c) => JSON.stringify(c.args[0].input));

describe("the run state machine, locally: a plan that could not get the lake's lock", () => {
  it('is tried again once the rollup holding the lake is done, and publishes each message once', async () => {
    // Prepare: the first attempt gives up after 1 s; the other
    // execution's rollup ends after it
    await freeDate();
    sns.resetHistory();
    const attempts: string[] = [];
    const run = tasks(
      attempts,
      (n) => (n === 0 ? 2_000 : 900_000),
      (r) => r(),
    );

    // Act
    const output = await start({ asOf: AS_OF }, run).result;

    // Assess: planned and published once, each message sent once, the
    // report the local CLI's, the lake's lock free
    expect(attempts).toEqual([
      'failed: LakeLockedError',
      'planned',
      'published',
    ]);
    const { sent: count } = output.published as unknown as { sent: number };
    expect(count).toBeGreaterThan(0);
    expect(sent()).toHaveLength(count);
    expect(new Set(sent()).size).toBe(count);
    expect(await reportText(`reports/latest/${FILES[0]}`)).toBe(
      await localText(FILES[0]!),
    );
    const lake = new S3ObjectStore(s3.client, 'lake');
    expect(await lake.get(ROLLUP_LOCK_KEY)).toBeUndefined();
  }, 600_000);

  it("fails the run naming the rollup, sending nothing and releasing the date's lock, when the rollup holds the lake past the retries", async () => {
    // Prepare: the other execution's rollup holds the lake throughout
    await freeDate();
    sns.resetHistory();
    const attempts: string[] = [];
    let release = async () => {};
    const run = tasks(
      attempts,
      () => 2_000,
      async (r) => {
        release = r;
      },
    );

    // Act
    let result!: Promise<unknown>;
    const lines = await metricLines(async () => {
      result = start({ asOf: AS_OF }, run).result;
      await result;
    });

    // Assess: the first attempt and the Retry's, each counted for the
    // errors alarm to leave out; the execution's error says what held
    // the lake and how long the plan was tried
    await expect(result).rejects.toMatchObject({
      cause: {
        name: 'LakeLockedError',
        message: expect.stringMatching(
          /^the run's plan could not get the lake's lock \(the run's state machine tries the plan again, for 32 minutes at most, then fails the run\): another run's rollup holds the lake's lock/,
        ),
      },
    });
    const tried = 1 + PLAN_LAKE_RETRY.maxAttempts;
    expect(attempts).toEqual(Array(tried).fill('failed: LakeLockedError'));
    expect(lines.flatMap((line) => line.RunPlansLakeLocked ?? [])).toEqual(
      Array(tried).fill(1),
    );
    expect(sent()).toEqual([]);
    expect(await reports().get(LOCK)).toBeUndefined();
    await release();
  }, 600_000);
});
