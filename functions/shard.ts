import { z } from 'zod';
import { runShard } from '#lib/pipeline/run-shard';
import { lambdaStage } from '#lib/wiring/lambda-stage';

/** One item of the Distributed Map. */
const ShardEvent = z.strictObject({
  runId: z.string().min(1),
  shard: z.string().regex(/^[\w-]+$/, 'expected a shard name like s0001'),
});

/** Forecasts and evaluates one shard of a run (idempotent). */
export const handler = lambdaStage(ShardEvent, (deps, input) =>
  runShard(deps, input),
);
