import { describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import { useBacktestLambda } from './backtest-lambda-fixture.ts';
import { runBacktestMachine } from './backtest-machine.ts';
import { midRollup } from './backtest-mid-rollup.ts';

const aws = useBacktestLambda();
const lake = () => new S3ObjectStore(aws.s3().client, 'lake');

describe("backtest state machine and the lake's lock", () => {
  it('waits for a rollup writing days of its range again, then scores the lake as the rollup left it', async () => {
    // Prepare: the backtest of the lake at rest, then a rollup midway
    await runBacktestMachine(aws.s3().client, {}, 'at-rest');
    const { generatedAt: _g, seconds: _s, ...atRest } = await aws.written();
    const finish = await midRollup(aws.s3());

    // Act: the rollup ends 5 s after the backtest starts (its plan has
    // unloaded the batches' rows by then, unless it waits)
    const finished = new Promise((done) => setTimeout(done, 5000)).then(finish);
    await runBacktestMachine(aws.s3().client, {}, 'beside-a-rollup');
    await finished;

    // Assess: the same cases as at rest, and the lake's lock released;
    // it read the days' old rows beside the new, the old last, and
    // judged a true positive (the crossing on CROSSING) a false positive
    const { generatedAt, seconds, ...beside } = await aws.written();
    expect(beside).toEqual(atRest);
    expect(await lake().get(ROLLUP_LOCK_KEY)).toBeUndefined();
  }, 120_000);
});
