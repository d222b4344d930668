import { AthenaClient } from '@aws-sdk/client-athena';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { type LocalS3, startS3rver } from '../helpers/s3rver.ts';
import { runBacktestMachine } from './backtest-machine.ts';
import { lambdaContext, lambdaEnv } from './lambda-env.ts';

const context = lambdaContext('headroom-test-backtest');
const athena = mockClient(AthenaClient);
let s3: LocalS3;
let reports: S3ObjectStore;

beforeAll(async () => {
  // A new deployment: an inventory, nothing rolled up yet.
  s3 = await startS3rver(['lake', 'reports']);
  await new S3ObjectStore(s3.client, 'lake').put(
    'inventory/links/links.csv',
    Buffer.from(
      'link_id,isp,asn,site,region,link_type,capacity_bps\n' +
        'l1,Acme,64512,LHR1,EMEA,pni,100000000000\n',
    ),
  );
  reports = new S3ObjectStore(s3.client, 'reports');
  // WARN, not the tests' SILENT: the skip is logged once, as a warning.
  Object.assign(process.env, lambdaEnv(s3.endpoint), {
    POWERTOOLS_LOG_LEVEL: 'WARN',
  });
}, 60_000);

afterAll(async () => {
  athena.restore();
  await s3?.stop();
});

describe('backtest state machine on a lake with nothing rolled up', () => {
  it("succeeds for the schedule's {} with the reason it skipped, without an error (so no alarm) or a write", async () => {
    // Prepare: the Lambda's log lines (JSON, warnings on stderr)
    const written = vi
      .spyOn(process.stderr, 'write')
      .mockImplementation(() => true);
    // Act
    const output = await runBacktestMachine(s3.client, {});
    // Assess: the reason in the output, and once in the log, as a warning
    const skips = written.mock.calls
      .map(([chunk]) => String(chunk))
      .filter((line) => line.includes('backtest skipped'));
    written.mockRestore();
    expect(skips).toHaveLength(1);
    expect(skips[0]).toMatch(/"level":"WARN".*series_daily is empty/);
    expect(output.plan).toEqual({
      skipped:
        'the lake has no rolled-up daily series (series_daily is empty): ' +
        "roll the traffic up first with the daily run's rollup",
    });
    expect(output.backtest).toBeUndefined();
    expect(athena.calls()).toHaveLength(0);
    expect(await reports.list('')).toEqual([]);
  });

  it('fails a given range, naming the rollup of AWS, not the command', async () => {
    // Prepare
    const { handler } = await import('../../functions/backtest.ts');
    // Act
    const act = handler(
      {
        step: 'plan',
        execution: 'manual',
        input: { from: '2026-11-01', to: '2026-11-20' },
      },
      context,
    );
    // Assess
    await expect(act).rejects.toThrow(
      "series_daily is empty): roll the traffic up first with the daily run's rollup",
    );
    expect(await reports.get('state/backtest.json')).toBeUndefined();
  });
});
