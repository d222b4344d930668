import { AthenaClient } from '@aws-sdk/client-athena';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalS3, startS3rver } from '../helpers/s3rver.ts';
import { lambdaContext, lambdaEnv } from './lambda-env.ts';

const athena = mockClient(AthenaClient);
const context = lambdaContext('headroom-test-rollup');
let s3: LocalS3;

beforeAll(async () => {
  // The report bucket the Lambda is given does not exist: every write
  // there fails, and not because a lock is held.
  s3 = await startS3rver(['lake']);
  Object.assign(
    process.env,
    lambdaEnv(s3.endpoint, { HEADROOM_REPORT_BUCKET: 'reports-gone' }),
  );
}, 60_000);

afterAll(async () => {
  await s3?.stop();
});

describe('rollup Lambda: a date lock it cannot take', () => {
  it('fails with RunDateLockError as its error name, naming the lock, before touching the lake', async () => {
    // Prepare
    const { handler } = await import('../../functions/rollup.ts');
    // Act: through the handler's middy and Powertools wrapper, whose
    // error's name is the errorType Step Functions matches on
    const act = handler(
      { asOf: '2026-11-27', execution: 'arn:exec:1' },
      context,
    );
    // Assess
    await expect(act).rejects.toMatchObject({
      name: 'RunDateLockError',
      message: expect.stringMatching(
        /^could not take locks\/run-2026-11-27\.lock: cannot write s3:\/\/reports-gone\/locks\/run-2026-11-27\.lock: /,
      ),
    });
    expect(athena.calls()).toHaveLength(0);
  });
});
