import { describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { PLAN_LAKE_RETRY } from '#lib/domain/lake-lock-retry';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import { useBacktestLambda } from './backtest-lambda-fixture.ts';
import { runBacktestMachine } from './backtest-machine.ts';
import { midRollup } from './backtest-mid-rollup.ts';
import { lambdaContext } from './lambda-env.ts';
import { metricLines } from './metric-lines.ts';

const aws = useBacktestLambda();
const lake = () => new S3ObjectStore(aws.s3().client, 'lake');

/**
 * The Plan state's task: the backtest handler, given `remainingMs(n)` for
 * its n-th attempt (2 s: it waits 1 s for the lake's lock, then gives
 * up), each attempt's end in `attempts`, `after` each failed one.
 */
function plan(
  attempts: string[],
  remainingMs: (attempt: number) => number,
  after: () => Promise<unknown> = async () => {},
) {
  return async (event: never) => {
    const { handler } = await import('../../functions/backtest.ts');
    const context = lambdaContext(
      'headroom-test-backtest',
      remainingMs(attempts.length),
    );
    try {
      const planned = await handler(event, context);
      attempts.push('planned');
      return planned;
    } catch (error) {
      attempts.push(`failed: ${(error as Error).name}`);
      await after();
      throw error;
    }
  };
}

describe("backtest state machine: a plan that could not get the lake's lock", () => {
  it('is tried again once the rollup holding the lake is done, and scores the lake as the rollup left it', async () => {
    // Prepare: the backtest of the lake at rest, then a rollup midway
    await runBacktestMachine(aws.s3().client, {}, 'at-rest');
    const { generatedAt: _g, seconds: _s, ...atRest } = await aws.written();
    const finish = await midRollup(aws.s3());
    const attempts: string[] = [];
    // The first attempt gives up after 1 s; the rollup ends after it
    const Plan = plan(attempts, (n) => (n === 0 ? 2_000 : 900_000), finish);

    // Act
    await runBacktestMachine(aws.s3().client, {}, 'after-a-rollup', { Plan });

    // Assess: the retried plan read the lake as the rollup left it (the
    // same cases as at rest), and released the lake's lock
    expect(attempts).toEqual(['failed: LakeLockedError', 'planned']);
    const { generatedAt, seconds, ...after } = await aws.written();
    expect(after).toEqual(atRest);
    expect(await lake().get(ROLLUP_LOCK_KEY)).toBeUndefined();
  }, 120_000);

  it('fails the backtest naming the rollup, writing nothing, when the rollup holds the lake past the retries', async () => {
    // Prepare: a rollup that holds the lake through every attempt
    const finish = await midRollup(aws.s3());
    const attempts: string[] = [];
    const Plan = plan(attempts, () => 2_000);

    // Act
    let run!: Promise<unknown>;
    const lines = await metricLines(async () => {
      run = runBacktestMachine(aws.s3().client, {}, 'held', { Plan });
      await run;
    });

    // Assess: the first attempt and the Retry's, then the failure,
    // whose message says what held the lake and how long it was tried;
    // each attempt counted, for the errors alarm to leave out
    await expect(run).rejects.toMatchObject({
      cause: {
        name: 'LakeLockedError',
        message: expect.stringMatching(
          /^the backtest's plan could not get the lake's lock .*for 32 minutes at most, then fails the backtest\): another run's rollup holds the lake's lock/,
        ),
      },
    });
    expect(attempts).toEqual(
      Array(1 + PLAN_LAKE_RETRY.maxAttempts).fill('failed: LakeLockedError'),
    );
    expect(lines.map((line) => line.BacktestPlansLakeLocked)).toEqual(
      Array(1 + PLAN_LAKE_RETRY.maxAttempts).fill(1),
    );
    expect(aws.athenaCalls()).toBe(0);
    expect(await aws.reports().get('state/backtest.json')).toBeUndefined();
    await finish();
  }, 120_000);

  it('fails at once on any other error of the plan', async () => {
    // Prepare
    const attempts: string[] = [];
    const Plan = plan(attempts, () => 900_000);

    // Act
    const run = runBacktestMachine(
      aws.s3().client,
      { from: '2026-02-30' },
      'bad-input',
      { Plan },
    );

    // Assess: tried once
    await expect(run).rejects.toMatchObject({
      cause: { name: 'InputError' },
    });
    expect(attempts).toEqual(['failed: InputError']);
  }, 120_000);
});
