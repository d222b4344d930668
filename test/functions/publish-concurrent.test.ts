import { PublishCommand } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { addDays } from '#lib/domain/dates';
import {
  AS_OF,
  lambdas,
  REPORTS,
  s3,
  sns,
  useStateMachine,
} from './state-machine-fixture.ts';

useStateMachine();

/** The Plan and Shard Lambdas for `asOf`, as the Distributed Map runs them. */
async function planAndShard(asOf: string): Promise<string> {
  const plan = (await lambdas.Plan!({ asOf } as never)) as {
    runId: string;
    shardCount: number;
  };
  for (let i = 1; i <= plan.shardCount; i++) {
    const shard = `s${String(i).padStart(4, '0')}`;
    await lambdas.Shard!({ runId: plan.runId, shard } as never);
  }
  return plan.runId;
}

/** Resolves when `happened` is called, or after `ms` at the latest. */
function signal(ms: number) {
  let happened!: () => void;
  const done = new Promise<void>((resolve) => {
    happened = resolve;
    setTimeout(resolve, ms);
  });
  return { happened, done };
}

describe('two executions of different dates publishing at once', () => {
  it('alert each ISP once and both succeed', async () => {
    // Prepare: yesterday's date run again by hand while today's
    // scheduled run is under way (the per-date locks let both run).
    // Yesterday's publish sends its first alert; its second waits until
    // today's publish sends one (5 s at most), so the two notify at once.
    const earlier = addDays(AS_OF, -1);
    await lambdas.Rollup!({ asOf: AS_OF } as never);
    const runs = [await planAndShard(earlier), await planAndShard(AS_OF)];
    const accepted: { isp: string; subject: string }[] = [];
    const todayStarted = signal(60_000);
    const todaySent = signal(5_000);
    sns.reset();
    sns.on(PublishCommand).callsFake(async (input) => {
      const isp = input.MessageAttributes.isp.StringValue;
      const subject = String(input.Subject);
      const body = String(input.Message);
      if (body.includes(`as of ${AS_OF}`)) todaySent.happened();
      if (body.includes(`as of ${earlier}`)) {
        if (accepted.length === 0) todayStarted.happened();
        else await todaySent.done;
      }
      accepted.push({ isp, subject });
      return { MessageId: `sns-${accepted.length}` };
    });
    // Act
    const yesterday = lambdas.Publish!({ runId: runs[0] } as never);
    await todayStarted.done;
    const today = lambdas.Publish!({ runId: runs[1] } as never);
    const results = await Promise.allSettled([yesterday, today]);
    // Assess
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    const isps = accepted.map((m) => m.isp);
    expect(isps.length).toBeGreaterThan(1);
    expect(new Set(isps).size).toBe(isps.length);
    const latest = await new S3ObjectStore(s3.client, REPORTS).get(
      'reports/latest.json',
    );
    expect(JSON.parse(new TextDecoder().decode(latest))).toMatchObject({
      asOf: AS_OF,
    });
  }, 600_000);
});
