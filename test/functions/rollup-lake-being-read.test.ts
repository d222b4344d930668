import { AthenaClient } from '@aws-sdk/client-athena';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import { putHeldLock } from '../helpers/held-lock.ts';
import { type LocalS3, startS3rver } from '../helpers/s3rver.ts';
import { lambdaContext, lambdaEnv } from './lambda-env.ts';
import { metricLines } from './metric-lines.ts';

const athena = mockClient(AthenaClient);
let s3: LocalS3;

beforeAll(async () => {
  s3 = await startS3rver(['lake', 'reports']);
  const lake = new S3ObjectStore(s3.client, 'lake');
  await lake.put(
    'inventory/links/links.csv',
    Buffer.from(
      'link_id,isp,asn,site,region,link_type,capacity_bps\n' +
        'l1,Acme,64512,LHR1,EMEA,pni,100000000000\n',
    ),
  );
  // Another execution's plan reads the lake.
  const owner = '169.254.76.1 pid 8 lock 5eed0ff5';
  await putHeldLock(lake, ROLLUP_LOCK_KEY, owner, Date.now(), 'plan');
  Object.assign(
    process.env,
    lambdaEnv(s3.endpoint, {
      AWS_LAMBDA_FUNCTION_NAME: 'headroom-test-rollup',
    }),
  );
}, 60_000);

afterAll(async () => {
  await s3?.stop();
});

describe("rollup Lambda meeting a plan's hold of the lake", () => {
  it('stops with LakeBeingReadError and counts it, which the errors alarm leaves out, as the state machine retries it', async () => {
    // Prepare
    const { handler } = await import('../../functions/rollup.ts');
    const context = lambdaContext('headroom-test-rollup');
    const event = { asOf: '2026-11-27', execution: 'arn:exec:replay' };

    // Act
    const act = () => handler(event, context);
    const before = Date.now();
    const lines = await metricLines(act);
    const after = Date.now();

    // Assess: the name Step Functions' Retry matches, and one count of
    // RollupsLakeBeingRead (it paged 'rollup failed' on every retry)
    await expect(act()).rejects.toMatchObject({ name: 'LakeBeingReadError' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      RollupsLakeBeingRead: 1,
      service: 'headroom',
      // The alarm's: another stage's stops are not this one's.
      FunctionName: 'headroom-test-rollup',
      _aws: {
        CloudWatchMetrics: [expect.objectContaining({ Namespace: 'Headroom' })],
      },
    });
    const [set] = (
      lines[0] as { _aws: { CloudWatchMetrics: [{ Dimensions: string[][] }] } }
    )._aws.CloudWatchMetrics[0].Dimensions;
    expect([...set!].sort()).toEqual(['FunctionName', 'service']);
    // Stamped with the invocation's start (countRetried), as Errors is.
    const stamp = (lines[0] as { _aws: { Timestamp: number } })._aws.Timestamp;
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(stamp).toBeLessThanOrEqual(after);
    expect(athena.calls()).toHaveLength(0);
  });
});
